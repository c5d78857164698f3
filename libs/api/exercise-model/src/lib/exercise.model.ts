import {
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  BODY_REGIONS,
  EXERCISE_CATEGORIES,
  SIDES,
  type BodyRegion,
  type ExerciseCategory,
  type Side,
} from '@rehabit/shared-domain';

/** A GraphQL enum object ({ VALUE: 'VALUE' }) from a domain list of values. */
function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const ExerciseCategoryEnum = enumObject(EXERCISE_CATEGORIES);
export const BodyRegionEnum = enumObject(BODY_REGIONS);
export const SideEnum = enumObject(SIDES);

registerEnumType(ExerciseCategoryEnum, { name: 'ExerciseCategory' });
registerEnumType(BodyRegionEnum, { name: 'BodyRegion' });
registerEnumType(SideEnum, {
  name: 'Side',
  description:
    'EACH_SIDE: both sides, one after the other. BILATERAL: both at once.',
});

@ObjectType({ description: 'A full dose: what is done, how often, how hard.' })
export class Dose {
  @Field(() => Int, {
    nullable: true,
    description: 'Seconds per hold (1–600); null for rep-based items.',
  })
  holdSeconds!: number | null;

  @Field(() => Int, { description: 'Repetitions per set (1–100).' })
  reps!: number;

  @Field(() => Int, { description: 'Sets per session (1–20).' })
  sets!: number;

  @Field(() => SideEnum)
  side!: Side;

  @Field(() => Int, { description: 'Rest between sets in seconds (0–600).' })
  restSeconds!: number;

  @Field(() => Int, { description: 'Sessions per scheduled day (1–6).' })
  timesPerDay!: number;

  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  daysOfWeek!: number[];

  @Field(() => Int, {
    nullable: true,
    description: 'Target effort, Borg CR10 0–10.',
  })
  intensity!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Load in words: "bodyweight", "red band".',
  })
  load!: string | null;
}

@ObjectType({
  description:
    'An exercise of the library: built in (read-only) or the clinic’s own.',
})
export class Exercise {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], {
    description: 'Other names it goes by, e.g. "figure four".',
  })
  aliases!: string[];

  @Field(() => ExerciseCategoryEnum)
  category!: ExerciseCategory;

  @Field(() => BodyRegionEnum)
  bodyRegion!: BodyRegion;

  @Field(() => [String])
  targetMuscles!: string[];

  @Field()
  startingPosition!: string;

  @Field(() => [String], { description: 'The steps, in order.' })
  steps!: string[];

  @Field(() => [String])
  cues!: string[];

  @Field()
  safetyNotes!: string;

  @Field()
  contraindications!: string;

  @Field(() => [String])
  equipment!: string[];

  @Field(() => String, { nullable: true })
  mediaUrl!: string | null;

  @Field({
    description: 'True for Rehabit’s built-in exercises, which are read-only.',
  })
  builtIn!: boolean;

  @Field(() => Dose, { description: 'The dose that prefills a prescription.' })
  defaultDose!: Dose;

  @Field({ description: 'Archived: no longer offered for new routines.' })
  archived!: boolean;
}

@InputType({ description: 'A full dose; bounds as in PRODUCT.md.' })
export class DoseInput {
  @Field(() => Int, { nullable: true, description: '1–600; null: rep-based.' })
  holdSeconds!: number | null;
  @Field(() => Int, { description: '1–100' }) reps!: number;
  @Field(() => Int, { description: '1–20' }) sets!: number;
  @Field(() => SideEnum) side!: Side;
  @Field(() => Int, { description: '0–600' }) restSeconds!: number;
  @Field(() => Int, { description: '1–6' }) timesPerDay!: number;
  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  daysOfWeek!: number[];
  @Field(() => Int, { nullable: true, description: 'Borg CR10, 0–10.' })
  intensity!: number | null;
  @Field(() => String, { nullable: true, description: '≤ 80 characters.' })
  load!: string | null;
  @Field(() => String, { nullable: true, description: '≤ 2,000 characters.' })
  tempo?: string | null;
  @Field(() => String, { nullable: true, description: '≤ 2,000 characters.' })
  cues?: string | null;
  @Field(() => String, { nullable: true, description: '≤ 2,000 characters.' })
  notes?: string | null;
}

@InputType({
  description: 'A clinic exercise: every field of the library, steps in order.',
})
export class ExerciseInput {
  @Field() name!: string;
  @Field(() => [String]) aliases!: string[];
  @Field(() => ExerciseCategoryEnum) category!: ExerciseCategory;
  @Field(() => BodyRegionEnum) bodyRegion!: BodyRegion;
  @Field(() => [String]) targetMuscles!: string[];
  @Field() startingPosition!: string;
  @Field(() => [String], { description: 'In order, 1–20.' }) steps!: string[];
  @Field(() => [String]) cues!: string[];
  @Field() safetyNotes!: string;
  @Field() contraindications!: string;
  @Field(() => [String]) equipment!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'https:// link to an image or a video.',
  })
  mediaUrl!: string | null;
  @Field(() => DoseInput) defaultDose!: DoseInput;
}
