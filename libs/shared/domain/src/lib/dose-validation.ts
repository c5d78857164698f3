import {
  DOSE_BOUNDS,
  FREE_TEXT_MAX_LENGTH,
  LOAD_MAX_LENGTH,
  type Dose,
} from './dose';
import { SIDES, isOneOf } from './enums';
import { checkIntInRange, checkText, type FieldError } from './field-error';

/** The dose fields as they may arrive from outside, before validation. */
export type DoseInput = { [K in keyof Dose]?: unknown } & {
  tempo?: unknown;
  cues?: unknown;
  notes?: unknown;
};

/**
 * Validates a dose against the PRODUCT.md bounds. Returns every problem, each naming
 * its field (prefixed, e.g. "items.2.sets") and the rule, so a form can show them all.
 */
export function validateDose(dose: DoseInput, prefix = ''): FieldError[] {
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const errors: FieldError[] = [
    ...checkIntInRange(
      at('holdSeconds'),
      dose.holdSeconds,
      DOSE_BOUNDS.holdSeconds,
      true,
    ),
    ...checkIntInRange(at('reps'), dose.reps, DOSE_BOUNDS.reps),
    ...checkIntInRange(at('sets'), dose.sets, DOSE_BOUNDS.sets),
    ...checkIntInRange(
      at('restSeconds'),
      dose.restSeconds,
      DOSE_BOUNDS.restSeconds,
    ),
    ...checkIntInRange(
      at('timesPerDay'),
      dose.timesPerDay,
      DOSE_BOUNDS.timesPerDay,
    ),
    ...checkIntInRange(
      at('intensity'),
      dose.intensity,
      DOSE_BOUNDS.intensity,
      true,
    ),
    ...checkText(at('load'), dose.load, LOAD_MAX_LENGTH),
    ...checkText(at('tempo'), dose.tempo, FREE_TEXT_MAX_LENGTH),
    ...checkText(at('cues'), dose.cues, FREE_TEXT_MAX_LENGTH),
    ...checkText(at('notes'), dose.notes, FREE_TEXT_MAX_LENGTH),
  ];
  if (!isOneOf(SIDES, dose.side)) {
    errors.push({
      field: at('side'),
      message: `must be one of ${SIDES.join(', ')}`,
    });
  }
  errors.push(...checkDaysOfWeek(at('daysOfWeek'), dose.daysOfWeek));
  return errors;
}

function checkDaysOfWeek(field: string, days: unknown): FieldError[] {
  const rule =
    'must be a non-empty set of ISO weekdays (1 = Monday … 7 = Sunday) without repeats';
  if (!Array.isArray(days) || days.length === 0)
    return [{ field, message: rule }];
  const valid = days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7);
  return valid && new Set(days).size === days.length
    ? []
    : [{ field, message: rule }];
}
