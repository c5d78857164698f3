import { EXCUSE_REASONS } from './enums';
import { checkText, type FieldError } from './field-error';
import { daysBetween, isLocalDate, type LocalDate } from './local-date';

/** A report covers at most a year and a day (a leap year). */
export const REPORT_MAX_DAYS = 366;

/** Excused days: how far back and ahead of today a runner or a coach may mark one. */
export const EXCUSE_WINDOW = {
  runner: { back: 7, ahead: 30 },
  staff: { back: 365, ahead: 90 },
} as const;

export const EXCUSE_NOTE_MAX = 200;

const DATE_RULE = 'must be a date written YYYY-MM-DD';

/** A range of local dates: both real dates, to on or after from, at most 366 days. */
export function validateReportRange(
  range: { from: unknown; to: unknown },
  at = 'range',
): FieldError[] {
  const errors: FieldError[] = [];
  if (!isLocalDate(range.from))
    errors.push({ field: `${at}.from`, message: DATE_RULE });
  if (!isLocalDate(range.to))
    errors.push({ field: `${at}.to`, message: DATE_RULE });
  if (errors.length > 0) return errors;
  const days = daysBetween(range.from as LocalDate, range.to as LocalDate) + 1;
  if (days < 1)
    return [{ field: `${at}.to`, message: 'must be on or after from' }];
  if (days > REPORT_MAX_DAYS)
    return [
      {
        field: `${at}.to`,
        message: `must be at most ${REPORT_MAX_DAYS} days after from`,
      },
    ];
  return [];
}

/** An excused day: a real date inside the window of who marks it, a known reason, a short note. */
export function validateExcuse(
  input: { date: unknown; reason: unknown; note?: unknown },
  today: LocalDate,
  markedBy: keyof typeof EXCUSE_WINDOW,
  at = 'input',
): FieldError[] {
  const errors: FieldError[] = [];
  const window = EXCUSE_WINDOW[markedBy];
  if (!isLocalDate(input.date)) {
    errors.push({ field: `${at}.date`, message: DATE_RULE });
  } else {
    const offset = daysBetween(today, input.date);
    if (offset < -window.back || offset > window.ahead)
      errors.push({
        field: `${at}.date`,
        message: `must be from ${window.back} days before today to ${window.ahead} days after it`,
      });
  }
  if (!(EXCUSE_REASONS as readonly unknown[]).includes(input.reason))
    errors.push({
      field: `${at}.reason`,
      message: `must be one of ${EXCUSE_REASONS.join(', ')}`,
    });
  errors.push(...checkText(`${at}.note`, input.note, EXCUSE_NOTE_MAX));
  return errors;
}
