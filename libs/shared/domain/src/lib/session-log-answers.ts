import type { SessionItemLogInput } from './session-log-validation';

/** The fields of an item log that are the runner's answers, in the order they are asked. */
const ITEM_ANSWER_FIELDS = [
  'prescriptionItemId',
  'setsLeft',
  'setsRight',
  'setsDone',
  'holdSecondsAchieved',
  'reps',
  'painDuring',
  'skipped',
  'skipReason',
] as const satisfies readonly (keyof SessionItemLogInput)[];

/**
 * What the runner answered for one exercise of a session, and nothing else of the row it
 * comes from (ids, the log it belongs to): what the API stores and answers, and what the
 * phone sends again when a log is corrected.
 */
export function itemAnswers<T extends SessionItemLogInput>(
  item: T,
): Pick<T, keyof SessionItemLogInput> {
  return Object.fromEntries(
    ITEM_ANSWER_FIELDS.map((field) => [field, item[field]]),
  ) as Pick<T, keyof SessionItemLogInput>;
}
