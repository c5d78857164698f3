import {
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { graphqlEnumOf } from '@rehabit/api-core';
import { EXCUSE_REASONS, type ExcuseReason } from '@rehabit/shared-domain';

@ObjectType({
  description:
    'Adherence over a period by the published formula (docs/adherence.md).',
})
export class AdherenceFigures {
  @Field(() => Int, { description: 'Due sessions (scheduled, not excused).' })
  scheduled!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) prescribedSetSides!: number;
  @Field(() => Int) completedSetSides!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Completed ÷ due sessions; null when nothing was due.',
  })
  sessionAdherence!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Completed ÷ prescribed set-sides.',
  })
  doseAdherence!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Session adherence ≥ 80 %.',
  })
  adherent!: boolean | null;
}

@ObjectType({ description: 'The roster’s signals (no alert inbox).' })
export class RosterSignals {
  @Field(() => Int) missedDaysInARow!: number;
  @Field(() => Int, { nullable: true }) daysSilent!: number | null;
  @Field(() => Int, { nullable: true }) latestPain!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Latest pain minus the first week’s average.',
  })
  painChange!: number | null;
  @Field() painHigh!: boolean;
  @Field() painRising!: boolean;
  @Field() morningWorse!: boolean;
  @Field(() => String, { nullable: true }) stopAndContactOn!: string | null;
  @Field() needsAttention!: boolean;
}

@ObjectType()
export class RosterRow {
  @Field(() => ID) runnerId!: string;
  @Field() name!: string;
  @Field() timeZone!: string;
  @Field(() => ID) coachId!: string;
  @Field() coachName!: string;
  @Field(() => String, { nullable: true }) routine!: string | null;
  @Field(() => String, { nullable: true }) phase!: string | null;
  @Field(() => String, { nullable: true }) lastSessionDate!: string | null;
  @Field(() => AdherenceFigures) last7!: AdherenceFigures;
  @Field(() => AdherenceFigures) last28!: AdherenceFigures;
  @Field(() => AdherenceFigures, { description: 'Over the chosen range.' })
  range!: AdherenceFigures;
  @Field(() => [Float], {
    nullable: 'items',
    description: 'Session adherence of the 4 weeks ending today, oldest first.',
  })
  weeks!: (number | null)[];
  @Field(() => RosterSignals) signals!: RosterSignals;
}

@ObjectType()
export class RosterReport {
  @Field(() => String, {
    nullable: true,
    description: 'The chosen range; null: each runner’s last 28 days.',
  })
  from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => [RosterRow]) rows!: RosterRow[];
}

@InputType()
export class ReportRangeInput {
  @Field({ description: 'First local date (YYYY-MM-DD).' }) from!: string;
  @Field({ description: 'Last local date, at most a year after from.' })
  to!: string;
}

@ObjectType()
export class CoachCompliance {
  @Field(() => ID) coachId!: string;
  @Field() coachName!: string;
  @Field(() => Int) runners!: number;
  @Field(() => Int, { description: 'Runners at ≥ 80 % over the range.' })
  adherentRunners!: number;
  @Field(() => Int) needsAttention!: number;
  @Field(() => AdherenceFigures) figures!: AdherenceFigures;
}

@ObjectType()
export class ClinicReport {
  @Field(() => String, {
    nullable: true,
    description: 'The chosen range; null: each runner’s last 28 days.',
  })
  from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => [CoachCompliance]) coaches!: CoachCompliance[];
  @Field(() => CoachCompliance, { description: 'Every coach together.' })
  overall!: CoachCompliance;
}

export const ExcuseReasonEnum = graphqlEnumOf(EXCUSE_REASONS);
registerEnumType(ExcuseReasonEnum, {
  name: 'ExcuseReason',
  description: 'Why a day leaves the adherence denominator.',
});

@ObjectType({
  description:
    'A day that leaves the adherence denominator once a coach confirms it.',
})
export class ExcusedDay {
  @Field(() => ID) id!: string;
  @Field() date!: string;
  @Field(() => ExcuseReasonEnum) reason!: ExcuseReason;
  @Field() note!: string;
  @Field({ description: 'True when the runner reported it.' })
  reportedByRunner!: boolean;
  @Field() confirmed!: boolean;
}

@ObjectType()
export class ReportDay {
  @Field() date!: string;
  @Field(() => Int) scheduled!: number;
  @Field(() => Int) completed!: number;
  @Field(() => ExcusedDay, { nullable: true }) excused!: ExcusedDay | null;
}

@ObjectType()
export class ExerciseAdherence {
  @Field(() => ID) exerciseId!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'Due sessions holding it.' })
  sessions!: number;
  @Field(() => Int) prescribedSetSides!: number;
  @Field(() => Int) completedSetSides!: number;
  @Field(() => Float, { nullable: true }) doseAdherence!: number | null;
}

@ObjectType({ description: 'One standing log on the pain and effort charts.' })
export class ReportLogPoint {
  @Field(() => ID) logId!: string;
  @Field() date!: string;
  @Field(() => Int) slot!: number;
  @Field(() => Int) painBefore!: number;
  @Field(() => Int) painAfter!: number;
  @Field(() => Int, { nullable: true }) nextMorningPain!: number | null;
  @Field(() => Int) effort!: number;
}

@ObjectType()
export class ReportVersionMark {
  @Field() prescriptionName!: string;
  @Field(() => Int) version!: number;
  @Field() effectiveFrom!: string;
  @Field() changeNote!: string;
}

@ObjectType()
export class RunnerReport {
  @Field(() => ID) runnerId!: string;
  @Field() name!: string;
  @Field() timeZone!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field() today!: string;
  @Field(() => AdherenceFigures) figures!: AdherenceFigures;
  @Field(() => [ReportDay]) days!: ReportDay[];
  @Field(() => [ExerciseAdherence]) exercises!: ExerciseAdherence[];
  @Field(() => [ReportLogPoint]) logs!: ReportLogPoint[];
  @Field(() => [ReportVersionMark]) versions!: ReportVersionMark[];
  @Field(() => [ExcusedDay], {
    description: 'Every excused day in the range, confirmed or awaiting it.',
  })
  excusedDays!: ExcusedDay[];
}

@InputType()
export class ExcuseDayInput {
  @Field() date!: string;
  @Field(() => ExcuseReasonEnum) reason!: ExcuseReason;
  @Field({ nullable: true, description: 'Up to 200 characters.' })
  note?: string;
}
