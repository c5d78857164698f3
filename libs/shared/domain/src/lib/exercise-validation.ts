import { validateDose, type DoseInput } from './dose-validation';
import { checkText, type FieldError } from './field-error';
import { checkRequiredName } from './program-validation';

/** Limits of a clinic exercise's fields. */
export const EXERCISE_LIMITS = {
  name: 120,
  listEntries: 10,
  shortText: 80,
  steps: { min: 1, max: 20 },
  step: 500,
  cue: 300,
  longText: 2000,
  mediaUrl: 2000,
} as const;

export interface ExerciseFieldsInput {
  name: unknown;
  aliases: unknown;
  targetMuscles: unknown;
  startingPosition: unknown;
  steps: unknown;
  cues: unknown;
  safetyNotes: unknown;
  contraindications: unknown;
  equipment: unknown;
  mediaUrl: unknown;
  defaultDose: DoseInput;
}

function checkList(
  field: string,
  value: unknown,
  count: { min: number; max: number },
  entryLength: number,
): FieldError[] {
  if (
    !Array.isArray(value) ||
    value.length < count.min ||
    value.length > count.max
  )
    return [
      {
        field,
        message:
          count.min > 0
            ? `must hold ${count.min} to ${count.max} entries`
            : `must hold at most ${count.max} entries`,
      },
    ];
  return value.flatMap((entry, i) =>
    checkRequiredName(`${field}.${i}`, entry, entryLength),
  );
}

/** https:// (or http:// for a clinic's intranet) links only: never javascript: or data:. */
function checkMediaUrl(field: string, value: unknown): FieldError[] {
  if (value === null || value === undefined || value === '') return [];
  const errors = checkText(field, value, EXERCISE_LIMITS.mediaUrl);
  if (errors.length > 0) return errors;
  try {
    const url = new URL(value as string);
    if (url.protocol === 'https:' || url.protocol === 'http:') return [];
  } catch {
    // falls through to the error below
  }
  return [{ field, message: 'must be a web address starting with https://' }];
}

/** Every field of a clinic exercise, each problem naming its path ("input.steps.2"). */
export function validateExercise(
  input: ExerciseFieldsInput,
  prefix = 'input',
): FieldError[] {
  const L = EXERCISE_LIMITS;
  const list = { min: 0, max: L.listEntries };
  return [
    ...checkRequiredName(`${prefix}.name`, input.name, L.name),
    ...checkList(`${prefix}.aliases`, input.aliases, list, L.shortText),
    ...checkList(
      `${prefix}.targetMuscles`,
      input.targetMuscles,
      list,
      L.shortText,
    ),
    ...checkText(
      `${prefix}.startingPosition`,
      input.startingPosition,
      L.longText,
    ),
    ...checkList(`${prefix}.steps`, input.steps, L.steps, L.step),
    ...checkList(`${prefix}.cues`, input.cues, list, L.cue),
    ...checkText(`${prefix}.safetyNotes`, input.safetyNotes, L.longText),
    ...checkText(
      `${prefix}.contraindications`,
      input.contraindications,
      L.longText,
    ),
    ...checkList(`${prefix}.equipment`, input.equipment, list, L.shortText),
    ...checkMediaUrl(`${prefix}.mediaUrl`, input.mediaUrl),
    ...validateDose(input.defaultDose ?? {}, `${prefix}.defaultDose`),
  ];
}
