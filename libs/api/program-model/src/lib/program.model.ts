import {
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Dose, DoseInput, Exercise } from '@rehabit/api-exercise-model';

@InputType()
export class ProgramItemInput {
  @Field(() => ID) exerciseId!: string;
  @Field(() => DoseInput) dose!: DoseInput;
}

@InputType({ description: 'Weeks count from the start date, week 1 first.' })
export class ProgramPhaseInput {
  @Field() name!: string;
  @Field(() => Int) startWeek!: number;
  @Field(() => Int, { nullable: true, description: 'Null: until the end.' })
  endWeek!: number | null;
  @Field(() => [ProgramItemInput], {
    description: 'In the order they are done.',
  })
  items!: ProgramItemInput[];
}

@InputType()
export class TemplateInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ProgramPhaseInput]) phases!: ProgramPhaseInput[];
}

@ObjectType({ description: 'One exercise of a routine, with its dose.' })
export class ProgramItem {
  @Field(() => ID) id!: string;
  @Field(() => Exercise) exercise!: Exercise;
  @Field(() => Dose) dose!: Dose;
  @Field({ description: 'How fast, in words shown to the runner.' })
  tempo!: string;
  @Field({ description: 'What to feel or watch for, shown to the runner.' })
  cues!: string;
  @Field({ description: 'Anything else the coach wants the runner to know.' })
  notes!: string;
  @Field({
    description: 'The dose in words: "Hold 45 s · 3 sets · each side · …".',
  })
  doseText!: string;
}

@ObjectType()
export class ProgramPhase {
  @Field() name!: string;
  @Field(() => Int) startWeek!: number;
  @Field(() => Int, { nullable: true }) endWeek!: number | null;
  @Field(() => [ProgramItem]) items!: ProgramItem[];
}

@ObjectType({
  description: 'A reusable routine of the clinic, in phases by week.',
})
export class Template {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => [ProgramPhase]) phases!: ProgramPhase[];
  @Field() updatedAt!: Date;
}

export enum PrescriptionStatusEnum {
  UPCOMING = 'UPCOMING',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}
registerEnumType(PrescriptionStatusEnum, { name: 'PrescriptionStatus' });

@ObjectType({
  description: 'One version of a prescription, in force from a local date.',
})
export class PrescriptionVersion {
  @Field(() => Int) version!: number;
  @Field({ description: 'Local date (YYYY-MM-DD) in the runner’s time zone.' })
  effectiveFrom!: string;
  @Field() changeNote!: string;
  @Field(() => [String], {
    description: 'What changed from the version before, in words.',
  })
  changes!: string[];
  @Field() createdAt!: Date;
  @Field() createdByName!: string;
  @Field(() => [ProgramPhase]) phases!: ProgramPhase[];
}

@ObjectType()
export class PrescriptionPause {
  @Field() startDate!: string;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field() reason!: string;
}

@ObjectType({
  description: 'A routine prescribed to one runner, with its versions.',
})
export class Prescription {
  @Field(() => ID) id!: string;
  @Field(() => ID) runnerId!: string;
  @Field() name!: string;
  @Field({ description: 'Local date (YYYY-MM-DD).' }) startDate!: string;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => PrescriptionStatusEnum, {
    description: 'As of today in the runner’s time zone.',
  })
  status!: PrescriptionStatusEnum;
  @Field(() => PrescriptionVersion, {
    description: 'The version in force today (or the first, before the start).',
  })
  current!: PrescriptionVersion;
  @Field(() => [PrescriptionVersion], { description: 'Newest first.' })
  versions!: PrescriptionVersion[];
  @Field(() => [PrescriptionPause]) pauses!: PrescriptionPause[];
}

@InputType()
export class PrescribeInput {
  @Field(() => ID) templateId!: string;
  @Field(() => [ID], { description: '1–100 runners: all get it, or none.' })
  runnerIds!: string[];
  @Field({ description: 'Local date (YYYY-MM-DD) in each runner’s time zone.' })
  startDate!: string;
  @Field(() => String, { nullable: true }) endDate?: string | null;
}

@InputType({
  description:
    'A new version of a prescription; earlier versions stay as they were.',
})
export class RevisePrescriptionInput {
  @Field(() => ID) prescriptionId!: string;
  @Field({
    description: 'Local date from which it is in force: today or later.',
  })
  effectiveFrom!: string;
  @Field(() => [ProgramPhaseInput]) phases!: ProgramPhaseInput[];
  @Field(() => String, { nullable: true }) changeNote?: string | null;
}

@ObjectType({
  description: 'A scheduled session: (prescription, local date, slot).',
})
export class ScheduledSession {
  @Field(() => ID) prescriptionId!: string;
  @Field() prescriptionName!: string;
  @Field() date!: string;
  @Field(() => Int) slot!: number;
  @Field(() => Int) slotsThatDay!: number;
  @Field(() => [ProgramItem]) items!: ProgramItem[];
  @Field({ description: 'What the session asks, e.g. "6 holds, about 6 min".' })
  totalText!: string;
}
