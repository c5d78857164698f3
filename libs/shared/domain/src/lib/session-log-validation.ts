import {
  checkIntInRange,
  checkText,
  checkUuid,
  type FieldError,
} from './field-error';
import { SKIP_REASONS, WARNING_SIGNS } from './enums';
import { isLocalDate } from './local-date';

/** NPRS pain and Borg CR10 effort: whole numbers from 0 to 10. */
export const SCALE_0_10 = { min: 0, max: 10 } as const;
/** How far back a log may be sent (offline sync): PRODUCT.md, 7 days. */
export const LOG_DAYS_BACK = 7;
/** A correction is allowed this long after the log it corrects. */
export const CORRECTION_WINDOW_MS = 24 * 3_600_000;

/** A coach's comment on a log: a short note the runner reads. */
export const COACH_COMMENT_MAX = 500;

export interface SessionItemLogInput {
  prescriptionItemId: unknown;
  setsLeft: unknown;
  setsRight: unknown;
  setsDone: unknown;
  holdSecondsAchieved: unknown;
  reps: unknown;
  painDuring: unknown;
  skipped: unknown;
  skipReason: unknown;
}

export interface SessionLogBody {
  clientId: unknown;
  prescriptionId: unknown;
  localDate: unknown;
  slot: unknown;
  startedAt: unknown;
  completedAt: unknown;
  painBefore: unknown;
  painAfter: unknown;
  effort: unknown;
  warningSigns: unknown;
  note: unknown;
  items: readonly SessionItemLogInput[];
}

function checkItem(item: SessionItemLogInput, at: string): FieldError[] {
  const errors = [
    ...checkUuid(`${at}.prescriptionItemId`, item.prescriptionItemId),
    ...checkIntInRange(`${at}.setsLeft`, item.setsLeft, { min: 0, max: 20 }),
    ...checkIntInRange(`${at}.setsRight`, item.setsRight, { min: 0, max: 20 }),
    ...checkIntInRange(`${at}.setsDone`, item.setsDone, { min: 0, max: 20 }),
    ...checkIntInRange(
      `${at}.holdSecondsAchieved`,
      item.holdSecondsAchieved,
      { min: 0, max: 3600 },
      true,
    ),
    ...checkIntInRange(`${at}.reps`, item.reps, { min: 0, max: 1000 }, true),
    ...checkIntInRange(`${at}.painDuring`, item.painDuring, SCALE_0_10, true),
  ];
  const reasonGiven = item.skipReason !== null && item.skipReason !== undefined;
  if (
    reasonGiven &&
    !(SKIP_REASONS as readonly unknown[]).includes(item.skipReason)
  )
    errors.push({
      field: `${at}.skipReason`,
      message: `must be one of ${SKIP_REASONS.join(', ')}`,
    });
  if (item.skipped === true && !reasonGiven)
    errors.push({
      field: `${at}.skipReason`,
      message: 'is required when skipped',
    });
  if (item.skipped !== true && reasonGiven)
    errors.push({
      field: `${at}.skipReason`,
      message: 'is only for a skipped exercise',
    });
  return errors;
}

/**
 * The shape and ranges of a session log, each problem naming its field
 * ("items.1.painDuring must be an integer from 0 to 10"). Whether the date, slot and
 * items fit the runner's plan is the server's to check.
 */
export function validateSessionLog(
  body: SessionLogBody,
  prefix = 'input',
): FieldError[] {
  const at = (name: string) => `${prefix}.${name}`;
  const errors: FieldError[] = [
    ...checkUuid(at('clientId'), body.clientId),
    ...checkUuid(at('prescriptionId'), body.prescriptionId),
    ...(isLocalDate(body.localDate)
      ? []
      : [
          {
            field: at('localDate'),
            message: 'must be a date written YYYY-MM-DD',
          },
        ]),
    ...checkIntInRange(at('slot'), body.slot, { min: 1, max: 6 }),
    ...checkIntInRange(at('painBefore'), body.painBefore, SCALE_0_10),
    ...checkIntInRange(at('painAfter'), body.painAfter, SCALE_0_10),
    ...checkIntInRange(at('effort'), body.effort, SCALE_0_10),
    ...checkText(at('note'), body.note, 2000),
  ];
  const started = Date.parse(String(body.startedAt));
  const completed = Date.parse(String(body.completedAt));
  if (Number.isNaN(started))
    errors.push({ field: at('startedAt'), message: 'must be a date and time' });
  if (Number.isNaN(completed))
    errors.push({
      field: at('completedAt'),
      message: 'must be a date and time',
    });
  else if (completed < started)
    errors.push({
      field: at('completedAt'),
      message: 'must not be before startedAt',
    });
  const signs = body.warningSigns;
  if (
    !Array.isArray(signs) ||
    signs.some((s) => !(WARNING_SIGNS as readonly unknown[]).includes(s)) ||
    new Set(signs).size !== signs.length
  )
    errors.push({
      field: at('warningSigns'),
      message: `must list distinct signs among ${WARNING_SIGNS.join(', ')}`,
    });
  if (
    !Array.isArray(body.items) ||
    body.items.length < 1 ||
    body.items.length > 30
  )
    errors.push({ field: at('items'), message: 'must hold 1 to 30 exercises' });
  else {
    body.items.forEach((item, i) =>
      errors.push(...checkItem(item, at(`items.${i}`))),
    );
    const ids = body.items.map((item) => item.prescriptionItemId);
    if (new Set(ids).size !== ids.length)
      errors.push({
        field: at('items'),
        message: 'must not name an exercise twice',
      });
  }
  return errors;
}

/**
 * "Stop and contact your clinician" (PRODUCT.md, Safety): any pain answer of 7 or
 * more, or any warning sign.
 */
export function needsClinician(log: {
  painBefore: number;
  painAfter: number;
  warningSigns: readonly string[];
  items: readonly { painDuring: number | null }[];
}): boolean {
  const pains = [
    log.painBefore,
    log.painAfter,
    ...log.items.map((i) => i.painDuring ?? 0),
  ];
  return log.warningSigns.length > 0 || pains.some((p) => p >= 7);
}
