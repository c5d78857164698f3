import { setSidesPerSession } from './dose';
import { addDays, daysBetween, type LocalDate } from './local-date';
import {
  expandSchedule,
  type Plan,
  type PlanItem,
  type ScheduledSession,
} from './schedule';

/** What adherence needs of one session log (PRODUCT.md, "Sessions, logs and adherence"). */
export interface LogForAdherence {
  id: string;
  prescriptionId: string;
  localDate: LocalDate;
  slot: number;
  /** The log this one corrects: a corrected log no longer counts, its correction does. */
  correctsId: string | null;
  painBefore: number;
  painAfter: number;
  nextMorningPain: number | null;
  /** Warning signs ticked (numbness, weakness, …): any one is a stop-and-contact answer. */
  warningSignCount: number;
  completedAt: string;
  items: readonly {
    prescriptionItemId: string;
    setsLeft: number;
    setsRight: number;
    setsDone: number;
    skipped: boolean;
  }[];
}

/** A period is adherent at 80 % or more. */
export const ADHERENT_AT = 0.8;

export interface AdherenceInput {
  plans: readonly Plan[];
  logs: readonly LogForAdherence[];
  /** Excused local dates (illness, travel, race week): they leave the denominator. */
  excused?: ReadonlySet<LocalDate>;
  from: LocalDate;
  to: LocalDate;
  /** Today in the runner's time zone: today's sessions count only once done. */
  today: LocalDate;
}

export interface Adherence {
  scheduled: number;
  completed: number;
  /** Completed ÷ scheduled sessions; null when nothing was due. */
  sessionAdherence: number | null;
  prescribedSetSides: number;
  completedSetSides: number;
  /** Completed ÷ prescribed set-sides (partial sessions earn partial credit). */
  doseAdherence: number | null;
  adherent: boolean | null;
}

const keyOf = (prescriptionId: string, date: LocalDate, slot: number) =>
  `${prescriptionId}|${date}|${slot}`;

/** The logs that stand: a log replaced by a correction gives way to it. */
export function standingLogs(
  logs: readonly LogForAdherence[],
): LogForAdherence[] {
  const corrected = new Set(
    logs.flatMap((log) => (log.correctsId ? [log.correctsId] : [])),
  );
  return logs.filter((log) => !corrected.has(log.id));
}

/** Completed (PRODUCT.md): at least one exercise done, not all skipped. */
export function isCompleted(log: LogForAdherence): boolean {
  return log.items.some((item) => !item.skipped);
}

/** Set-sides done of one item, never more than prescribed on each side. */
function setSidesDone(
  item: PlanItem,
  log: LogForAdherence['items'][number] | undefined,
): number {
  if (!log || log.skipped) return 0;
  const capped = (n: number) => Math.max(0, Math.min(n, item.sets));
  switch (item.side) {
    case 'EACH_SIDE':
      return capped(log.setsLeft) + capped(log.setsRight);
    case 'LEFT':
      return capped(log.setsLeft);
    case 'RIGHT':
      return capped(log.setsRight);
    case 'BILATERAL':
    case 'NONE':
      return capped(log.setsDone);
  }
}

/**
 * Sessions that count in a period: scheduled (each against the version in force that
 * day) on days that have ended, plus today's once done; excused and paused days have
 * none.
 */
export function dueSessions(
  input: AdherenceInput,
  completedKeys: ReadonlySet<string>,
): ScheduledSession[] {
  const last = input.to < input.today ? input.to : input.today;
  return input.plans.flatMap((plan) =>
    expandSchedule(plan, input.from, last, input.excused).filter(
      (s) =>
        s.date < input.today ||
        completedKeys.has(keyOf(s.prescriptionId, s.date, s.slot)),
    ),
  );
}

/**
 * Session and dose adherence over a period, by the published formula: completed ÷
 * scheduled sessions (a day counts at most its scheduled sessions: extra logs never
 * push it over 100 %), completed ÷ prescribed set-sides, adherent at ≥ 80 %.
 */
export function computeAdherence(input: AdherenceInput): Adherence {
  const logs = standingLogs(input.logs).filter(isCompleted);
  const bySlot = new Map<string, LogForAdherence>();
  for (const log of logs) {
    const key = keyOf(log.prescriptionId, log.localDate, log.slot);
    // A second log of one slot counts once: the one that did the most (ties: the
    // smaller id, so the SQL reports pick the same one).
    const known = bySlot.get(key);
    if (!known || isBetterLog(log, known)) bySlot.set(key, log);
  }
  const due = dueSessions(input, new Set(bySlot.keys()));
  let completed = 0;
  let prescribed = 0;
  let done = 0;
  for (const session of due) {
    const log = bySlot.get(
      keyOf(session.prescriptionId, session.date, session.slot),
    );
    if (log) completed++;
    for (const item of session.items) {
      prescribed += setSidesPerSession(item);
      done += setSidesDone(
        item,
        log?.items.find((i) => i.prescriptionItemId === item.id),
      );
    }
  }
  const sessionAdherence = due.length === 0 ? null : completed / due.length;
  return {
    scheduled: due.length,
    completed,
    sessionAdherence,
    prescribedSetSides: prescribed,
    completedSetSides: done,
    doseAdherence: prescribed === 0 ? null : done / prescribed,
    adherent:
      sessionAdherence === null ? null : sessionAdherence >= ADHERENT_AT,
  };
}

function isBetterLog(log: LogForAdherence, than: LogForAdherence): boolean {
  const difference = doneCount(log) - doneCount(than);
  return difference > 0 || (difference === 0 && log.id < than.id);
}

function doneCount(log: LogForAdherence): number {
  return log.items.reduce(
    (n, item) =>
      n + (item.skipped ? 0 : item.setsLeft + item.setsRight + item.setsDone),
    0,
  );
}

/** Signals look back this many days, today included (the roster's 28-day window). */
export const SIGNAL_WINDOW_DAYS = 28;

/** A stop-and-contact answer this recent still flags the runner. */
export const SAFETY_FLAG_DAYS = 14;

export interface Signals {
  /** Consecutive days-with-sessions missed, back from yesterday inside the window (2+ is a signal). */
  missedDaysInARow: number;
  /** Days since the last log; null when there never was one. */
  daysSilent: number | null;
  /** painAfter of the most recent log. */
  latestPain: number | null;
  /** Latest pain ≥ 7, or ≥ 2 points above the first week's average. */
  painHigh: boolean;
  painRising: boolean;
  /** Next-morning pain higher than the previous day's last session's pain after. */
  morningWorse: boolean;
  /** The latest day in the last 14 with a stop-and-contact answer (pain ≥ 7 or a warning sign). */
  stopAndContactOn: LocalDate | null;
}

/** Whether a roster row belongs under "needs attention". */
export function needsAttention(signals: Signals): boolean {
  return (
    signals.missedDaysInARow >= 2 ||
    (signals.daysSilent !== null && signals.daysSilent >= 7) ||
    signals.painHigh ||
    signals.painRising ||
    signals.morningWorse ||
    signals.stopAndContactOn !== null
  );
}

/** The roster's signals (PRODUCT.md): missed days, silence, pain, next-morning pain. */
export function computeSignals(
  input: Omit<AdherenceInput, 'from' | 'to'>,
): Signals {
  const logs = standingLogs(input.logs);
  const completedKeys = new Set(
    logs
      .filter(isCompleted)
      .map((l) => keyOf(l.prescriptionId, l.localDate, l.slot)),
  );
  const starts = input.plans.map((p) => p.startDate).sort();
  const from = starts[0] ?? input.today;
  const windowStart = addDays(input.today, -(SIGNAL_WINDOW_DAYS - 1));
  const due = dueSessions(
    {
      ...input,
      from: from > windowStart ? from : windowStart,
      to: addDays(input.today, -1),
    },
    completedKeys,
  );
  const byDay = new Map<LocalDate, { due: number; done: number }>();
  for (const s of due) {
    const day = byDay.get(s.date) ?? { due: 0, done: 0 };
    day.due++;
    if (completedKeys.has(keyOf(s.prescriptionId, s.date, s.slot))) day.done++;
    byDay.set(s.date, day);
  }
  let missedDaysInARow = 0;
  for (const date of [...byDay.keys()].sort().reverse()) {
    const day = byDay.get(date) as { due: number; done: number };
    if (day.done < day.due) missedDaysInARow++;
    else break;
  }
  const ordered = [...logs].sort(
    (a, b) =>
      a.localDate.localeCompare(b.localDate) ||
      a.completedAt.localeCompare(b.completedAt),
  );
  const latest = ordered.at(-1) ?? null;
  const firstWeek = ordered.filter(
    (log) =>
      daysBetween(from, log.localDate) >= 0 &&
      daysBetween(from, log.localDate) < 7,
  );
  const baseline =
    firstWeek.length === 0
      ? null
      : firstWeek.reduce((sum, log) => sum + log.painAfter, 0) /
        firstWeek.length;
  const latestPain = latest?.painAfter ?? null;
  const morning = [...ordered]
    .reverse()
    .find((log) => log.nextMorningPain !== null);
  const lastOfThatDay = morning
    ? ordered.filter((log) => log.localDate === morning.localDate).at(-1)
    : undefined;
  const stopAndContact = ordered.filter(
    (log) =>
      daysBetween(log.localDate, input.today) < SAFETY_FLAG_DAYS &&
      (log.painBefore >= 7 || log.painAfter >= 7 || log.warningSignCount > 0),
  );
  return {
    stopAndContactOn: stopAndContact.at(-1)?.localDate ?? null,
    missedDaysInARow,
    daysSilent: latest ? daysBetween(latest.localDate, input.today) : null,
    latestPain,
    painHigh: latestPain !== null && latestPain >= 7,
    painRising:
      latestPain !== null &&
      baseline !== null &&
      latest !== null &&
      !firstWeek.includes(latest) &&
      latestPain >= baseline + 2,
    morningWorse:
      morning !== undefined &&
      lastOfThatDay !== undefined &&
      (morning.nextMorningPain as number) > lastOfThatDay.painAfter,
  };
}
