import { validateDose, type DoseInput } from './dose-validation';
import {
  checkIntInRange,
  checkText,
  checkUuid,
  type FieldError,
} from './field-error';

/** Limits of a routine (template or prescription): generous for care, bounded for safety. */
export const PROGRAM_LIMITS = {
  name: 120,
  description: 2000,
  phases: { min: 1, max: 10 },
  itemsPerPhase: { min: 1, max: 30 },
  /** Weeks counted from the start date: up to two years. */
  week: { min: 1, max: 104 },
} as const;

export interface ProgramItemInput {
  exerciseId: unknown;
  dose: DoseInput;
}

export interface ProgramPhaseInput {
  name: unknown;
  startWeek: unknown;
  endWeek?: unknown;
  items: readonly ProgramItemInput[];
}

/** A required name of at most `max` characters, not only spaces. */
export function checkRequiredName(
  field: string,
  value: unknown,
  max: number,
): FieldError[] {
  const errors = checkText(field, value, max, false);
  if (errors.length === 0 && (value as string).trim() === '')
    return [{ field, message: 'is required' }];
  return errors;
}

/**
 * The phases of a routine and every item's dose, each problem naming its path
 * ("input.phases.1.items.0.dose.sets"). Whether an exercise exists and is visible is
 * the server's to check.
 */
export function validatePhases(
  phases: readonly ProgramPhaseInput[] | null | undefined,
  field = 'input.phases',
): FieldError[] {
  const { min, max } = PROGRAM_LIMITS.phases;
  if (!Array.isArray(phases) || phases.length < min || phases.length > max)
    return [{ field, message: `must hold ${min} to ${max} phases` }];
  return phases.flatMap((phase, p) => validatePhase(phase, `${field}.${p}`));
}

function validatePhase(phase: ProgramPhaseInput, at: string): FieldError[] {
  const errors = [
    ...checkRequiredName(`${at}.name`, phase.name, PROGRAM_LIMITS.name),
    ...checkIntInRange(`${at}.startWeek`, phase.startWeek, PROGRAM_LIMITS.week),
    ...checkIntInRange(
      `${at}.endWeek`,
      phase.endWeek,
      PROGRAM_LIMITS.week,
      true,
    ),
  ];
  if (
    typeof phase.startWeek === 'number' &&
    typeof phase.endWeek === 'number' &&
    phase.endWeek < phase.startWeek
  )
    errors.push({
      field: `${at}.endWeek`,
      message: 'must be on or after the start week',
    });
  const { min, max } = PROGRAM_LIMITS.itemsPerPhase;
  if (
    !Array.isArray(phase.items) ||
    phase.items.length < min ||
    phase.items.length > max
  ) {
    errors.push({
      field: `${at}.items`,
      message: `must hold ${min} to ${max} exercises`,
    });
    return errors;
  }
  phase.items.forEach((item, i) => {
    errors.push(
      ...checkUuid(`${at}.items.${i}.exerciseId`, item.exerciseId),
      ...validateDose(item.dose ?? {}, `${at}.items.${i}.dose`),
    );
  });
  return errors;
}
