/**
 * The closed vocabularies of Rehabit, shared by the API (GraphQL enums, database
 * enums) and the web app (labels, filters). The string values are the wire and
 * database values; never rename one without a migration.
 */

export const EXERCISE_CATEGORIES = [
  'STRETCH',
  'STRENGTH',
  'MOBILITY',
  'STABILITY',
  'ACTIVATION',
  'CARDIO',
] as const;
export type ExerciseCategory = (typeof EXERCISE_CATEGORIES)[number];

export const BODY_REGIONS = [
  'LOWER_BACK',
  'HIP',
  'GLUTE',
  'THIGH',
  'KNEE',
  'CALF',
  'ANKLE_FOOT',
  'CORE',
  'FULL_BODY',
] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];

/** EACH_SIDE: both sides, one after the other. BILATERAL: both at once. */
export const SIDES = [
  'LEFT',
  'RIGHT',
  'EACH_SIDE',
  'BILATERAL',
  'NONE',
] as const;
export type Side = (typeof SIDES)[number];

export const WARNING_SIGNS = [
  'NUMBNESS',
  'PINS_AND_NEEDLES',
  'WEAKNESS',
  'BLADDER_OR_BOWEL_CHANGES',
] as const;
export type WarningSign = (typeof WARNING_SIGNS)[number];

export const SKIP_REASONS = ['PAIN', 'NO_TIME', 'EQUIPMENT', 'OTHER'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Why a day leaves the adherence denominator. */
export const EXCUSE_REASONS = ['ILLNESS', 'TRAVEL', 'RACE', 'OTHER'] as const;
export type ExcuseReason = (typeof EXCUSE_REASONS)[number];

export const EXCUSE_REASON_LABELS: Readonly<Record<ExcuseReason, string>> = {
  ILLNESS: 'Ill',
  TRAVEL: 'Travelling',
  RACE: 'Race week',
  OTHER: 'Other',
};

export const CATEGORY_LABELS: Readonly<Record<ExerciseCategory, string>> = {
  STRETCH: 'Stretch',
  STRENGTH: 'Strength',
  MOBILITY: 'Mobility',
  STABILITY: 'Stability',
  ACTIVATION: 'Activation',
  CARDIO: 'Cardio',
};

export const BODY_REGION_LABELS: Readonly<Record<BodyRegion, string>> = {
  LOWER_BACK: 'Lower back',
  HIP: 'Hip',
  GLUTE: 'Glutes',
  THIGH: 'Thigh',
  KNEE: 'Knee',
  CALF: 'Calf',
  ANKLE_FOOT: 'Ankle and foot',
  CORE: 'Core',
  FULL_BODY: 'Full body',
};

export const SIDE_LABELS: Readonly<Record<Side, string>> = {
  LEFT: 'left side',
  RIGHT: 'right side',
  EACH_SIDE: 'each side',
  BILATERAL: 'both sides together',
  NONE: '',
};

/** Type guard for values arriving from outside (URL parameters, form fields). */
export function isOneOf<T extends string>(
  values: readonly T[],
  value: unknown,
): value is T {
  return (
    typeof value === 'string' && (values as readonly string[]).includes(value)
  );
}
