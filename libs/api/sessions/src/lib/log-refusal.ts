import {
  type AppError,
  BadUserInputError,
  NotFoundError,
} from '@rehabit/api-core';
import { LOG_DAYS_BACK, type LocalDate } from '@rehabit/shared-domain';
import type { LogSessionInput } from './session.model';

/** Which date rule a log's date broke, if any (the first, in this order). */
export type DateRule = 'future' | 'too-old' | 'outside-routine';

/** Why the database wrote no log: what insertSessionLog's statement found. */
export interface LogRefusal {
  /** The runner already sent a log with this client id. */
  resent: boolean;
  /** The prescription exists and is the runner's own. */
  planFound: boolean;
  startDate: LocalDate | null;
  endDate: LocalDate | null;
  dateRule: DateRule | null;
  /** The input's exercises that are not in the version in force on the log's date. */
  itemsNotInForce: string[];
}

/** The error that tells the runner why the plan refused their log (not a resend). */
export function planRefusalError(
  refusal: LogRefusal,
  input: LogSessionInput,
): AppError {
  if (!refusal.planFound) return new NotFoundError('Prescription');
  if (refusal.dateRule)
    return new BadUserInputError([
      {
        field: 'input.localDate',
        message: dateRuleMessage(refusal.dateRule, refusal),
      },
    ]);
  // The database writes UUIDs in lower case; the input may be in either.
  const notInForce = new Set(refusal.itemsNotInForce);
  const fields = input.items.flatMap((item, i) =>
    notInForce.has(item.prescriptionItemId.toLowerCase())
      ? [
          {
            field: `input.items.${i}.prescriptionItemId`,
            message: 'must be an exercise of the routine in force that day',
          },
        ]
      : [],
  );
  // Every other reason is ruled out above, so the statement named an exercise.
  if (fields.length === 0)
    throw new Error('the database refused a session log without a reason');
  return new BadUserInputError(fields);
}

function dateRuleMessage(
  rule: DateRule,
  { startDate, endDate }: Pick<LogRefusal, 'startDate' | 'endDate'>,
): string {
  switch (rule) {
    case 'future':
      return 'must not be in the future';
    case 'too-old':
      return `must be within the last ${LOG_DAYS_BACK} days`;
    case 'outside-routine':
      return `must be inside the routine's dates (${startDate} to ${endDate ?? 'no end'})`;
  }
}
