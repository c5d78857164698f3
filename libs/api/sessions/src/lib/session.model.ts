import {
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { graphqlEnumOf } from '@rehabit/api-core';
import { ProgramItem } from '@rehabit/api-program-model';
import {
  SKIP_REASONS,
  WARNING_SIGNS,
  type SkipReason,
  type WarningSign,
} from '@rehabit/shared-domain';

export const WarningSignEnum = graphqlEnumOf(WARNING_SIGNS);
export const SkipReasonEnum = graphqlEnumOf(SKIP_REASONS);
registerEnumType(WarningSignEnum, {
  name: 'WarningSign',
  description: 'Warning signs that mean: stop and contact your clinician.',
});
registerEnumType(SkipReasonEnum, { name: 'SkipReason' });

@InputType({ description: 'What was done of one prescribed exercise.' })
export class SessionItemLogInput {
  @Field(() => ID) prescriptionItemId!: string;
  @Field(() => Int, { description: 'Sets done on the left side (0–20).' })
  setsLeft!: number;
  @Field(() => Int, { description: 'Sets done on the right side (0–20).' })
  setsRight!: number;
  @Field(() => Int, { description: 'Sets done without a side (0–20).' })
  setsDone!: number;
  @Field(() => Int, { nullable: true }) holdSecondsAchieved!: number | null;
  @Field(() => Int, { nullable: true }) reps!: number | null;
  @Field(() => Int, { nullable: true, description: 'NPRS 0–10, if given.' })
  painDuring!: number | null;
  @Field() skipped!: boolean;
  @Field(() => SkipReasonEnum, { nullable: true })
  skipReason!: SkipReason | null;
}

@InputType({
  description:
    'A finished session. clientId is made by the phone when the session starts: sending it again returns the original log.',
})
export class LogSessionInput {
  @Field(() => ID) clientId!: string;
  @Field(() => ID) prescriptionId!: string;
  @Field({
    description: 'The local date (YYYY-MM-DD) of the scheduled session.',
  })
  localDate!: string;
  @Field(() => Int) slot!: number;
  @Field() startedAt!: string;
  @Field() completedAt!: string;
  @Field(() => Int, { description: 'NPRS 0–10.' }) painBefore!: number;
  @Field(() => Int, { description: 'NPRS 0–10.' }) painAfter!: number;
  @Field(() => Int, { description: 'Borg CR10 0–10.' }) effort!: number;
  @Field(() => [WarningSignEnum]) warningSigns!: WarningSign[];
  @Field() note!: string;
  @Field(() => [SessionItemLogInput]) items!: SessionItemLogInput[];
}

@ObjectType()
export class SessionItemLog {
  @Field(() => ID) prescriptionItemId!: string;
  @Field(() => Int) setsLeft!: number;
  @Field(() => Int) setsRight!: number;
  @Field(() => Int) setsDone!: number;
  @Field(() => Int, { nullable: true }) holdSecondsAchieved!: number | null;
  @Field(() => Int, { nullable: true }) reps!: number | null;
  @Field(() => Int, { nullable: true }) painDuring!: number | null;
  @Field() skipped!: boolean;
  @Field(() => SkipReasonEnum, { nullable: true })
  skipReason!: SkipReason | null;
}

@ObjectType({ description: 'What a runner did in one scheduled session.' })
export class SessionLog {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => ID) prescriptionId!: string;
  @Field() localDate!: string;
  @Field(() => Int) slot!: number;
  @Field() startedAt!: Date;
  @Field() completedAt!: Date;
  @Field(() => Int) painBefore!: number;
  @Field(() => Int) painAfter!: number;
  @Field(() => Int) effort!: number;
  @Field(() => Int, { nullable: true }) nextMorningPain!: number | null;
  @Field(() => [WarningSignEnum]) warningSigns!: WarningSign[];
  @Field() note!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The log this one corrects.',
  })
  correctsId!: string | null;
  @Field(() => [SessionItemLog]) items!: SessionItemLog[];
  @Field({
    description:
      'A pain of 7 or more, or a warning sign: the runner is told to stop and contact their clinician, and the coach sees a flag.',
  })
  stopAndContact!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The coach’s comment, which the runner sees.',
  })
  coachComment!: string | null;
  @Field(() => Date, { nullable: true }) coachCommentAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType({
  description: 'A scheduled session of today (or next), for the runner.',
})
export class TodaySession {
  @Field(() => ID) prescriptionId!: string;
  @Field() prescriptionName!: string;
  @Field() date!: string;
  @Field(() => Int) slot!: number;
  @Field(() => Int) slotsThatDay!: number;
  @Field(() => [ProgramItem]) items!: ProgramItem[];
  @Field() totalText!: string;
  @Field({ description: 'A log with at least one exercise done exists.' })
  done!: boolean;
}

@ObjectType({ description: 'One day of the week strip.' })
export class DayProgress {
  @Field() date!: string;
  @Field(() => Int) scheduled!: number;
  @Field(() => Int, { description: 'Completed, at most the scheduled number.' })
  completed!: number;
}

@ObjectType({ description: 'The runner’s day, in their own time zone.' })
export class RunnerToday {
  @Field() date!: string;
  @Field() timeZone!: string;
  @Field(() => [TodaySession]) sessions!: TodaySession[];
  @Field(() => TodaySession, {
    nullable: true,
    description: 'The first session after today’s, within two weeks.',
  })
  next!: TodaySession | null;
  @Field(() => [DayProgress], { description: 'The last 7 days, today last.' })
  week!: DayProgress[];
  @Field(() => SessionLog, {
    nullable: true,
    description:
      'Yesterday’s last session, when its next-morning pain is still to be asked.',
  })
  morningCheck!: SessionLog | null;
  @Field(() => [SessionLog], {
    description:
      'Logs saved in the last 24 hours and not corrected yet: these can be corrected.',
  })
  correctable!: SessionLog[];
}

@ObjectType({ description: 'One week of the runner’s progress.' })
export class WeekProgress {
  @Field({ description: 'The first day of the week (local date).' })
  start!: string;
  @Field(() => Int) scheduled!: number;
  @Field(() => Int, {
    description: 'Completed, each day counting at most what was scheduled.',
  })
  completed!: number;
}

@ObjectType()
export class PainPoint {
  @Field() date!: string;
  @Field(() => Int) painAfter!: number;
  @Field(() => Int, { nullable: true }) nextMorningPain!: number | null;
}

@ObjectType({
  description: 'The coach’s comment on one of the runner’s sessions.',
})
export class CoachNote {
  @Field() date!: string;
  @Field(() => Int) slot!: number;
  @Field() comment!: string;
  @Field() at!: Date;
}

@ObjectType({ description: 'The runner’s last 4 weeks.' })
export class RunnerProgress {
  @Field(() => [CoachNote], {
    description: 'The coach’s comments on these weeks’ sessions, newest first.',
  })
  coachNotes!: CoachNote[];
  @Field(() => [WeekProgress], {
    description: 'Oldest first; the last one ends today.',
  })
  weeks!: WeekProgress[];
  @Field(() => Int, {
    description:
      'Days in a row, up to today, with every scheduled session done (rest days do not break it).',
  })
  streak!: number;
  @Field(() => [PainPoint], {
    description: 'Pain after each session, oldest first.',
  })
  pain!: PainPoint[];
}
