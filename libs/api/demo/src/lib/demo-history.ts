import { createHash } from 'node:crypto';
import {
  addDays,
  daysBetween,
  sessionsOn,
  type LocalDate,
  type Plan,
  type PlanItem,
} from '@rehabit/shared-domain';
import { demoId } from './demo-id';

/**
 * How a demo runner has been doing: the chance of doing a due session (before and
 * after a lapse), a silence or a run of missed days up to yesterday, pain after
 * sessions drifting from a first to a last value, and whether the last next-morning
 * answer is worse than the evening before.
 */
export interface DemoStory {
  adherence: number;
  lapse?: { fromDaysAgo: number; adherence: number };
  /** No session at all in the last n days. */
  silentDays?: number;
  pain: { first: number; last: number };
  morningWorse?: boolean;
}

export interface DemoLog {
  id: string;
  clientId: string;
  runnerId: string;
  prescriptionId: string;
  localDate: Date;
  slot: number;
  startedAt: Date;
  completedAt: Date;
  /** When the server had it: the phone sent it as the session ended. */
  createdAt: Date;
  painBefore: number;
  painAfter: number;
  effort: number;
  nextMorningPain: number | null;
  nextMorningAt: Date | null;
  bodyHash: string;
}

export interface DemoItemLog {
  sessionLogId: string;
  prescriptionItemId: string;
  setsLeft: number;
  setsRight: number;
  setsDone: number;
  holdSecondsAchieved: number | null;
  reps: number | null;
}

/** A number in [0, 1) that is the same for the same words on every machine. */
export function chance(...words: (string | number)[]): number {
  const hex = createHash('sha256').update(words.join('|')).digest('hex');
  return parseInt(hex.slice(0, 8), 16) / 2 ** 32;
}

/** The instant of a wall-clock hour on a local date in a time zone. */
export function atLocalHour(
  date: LocalDate,
  hour: number,
  timeZone: string,
): Date {
  const guess = Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(guess));
  const part = (type: string) =>
    parts.find((p) => p.type === type)?.value ?? '00';
  const shown = Date.parse(
    `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:00Z`,
  );
  return new Date(guess - (shown - guess));
}

/**
 * The logs of a demo runner's story from their start to yesterday, against the plan in
 * force each day: deterministic, so every demo clinic tells the same story.
 */
export function storyLogs(input: {
  runnerKey: string;
  runnerId: string;
  plan: Plan;
  today: LocalDate;
  timeZone: string;
  story: DemoStory;
}): { logs: DemoLog[]; items: DemoItemLog[] } {
  const { runnerKey, plan, today, story } = input;
  const logs: DemoLog[] = [];
  const items: DemoItemLog[] = [];
  const days = daysBetween(plan.startDate, today);
  for (let date = plan.startDate; date < today; date = addDays(date, 1)) {
    const daysAgo = daysBetween(date, today);
    if (story.silentDays !== undefined && daysAgo <= story.silentDays) continue;
    const likely =
      story.lapse && daysAgo <= story.lapse.fromDaysAgo
        ? story.lapse.adherence
        : story.adherence;
    // The last day before now (or before a silence) is always done, so the roster's
    // "missed N days in a row" is the story's N on whatever date the demo is loaded.
    const lastDone = daysAgo === (story.silentDays ?? 0) + 1;
    for (const session of sessionsOn(plan, date)) {
      if (!lastDone && chance(runnerKey, date, session.slot, 'done') >= likely)
        continue;
      const id = demoId(`log:${runnerKey}:${date}:${session.slot}`);
      const progress =
        days <= 1 ? 1 : daysBetween(plan.startDate, date) / (days - 1);
      const trend =
        story.pain.first + (story.pain.last - story.pain.first) * progress;
      const painAfter = clampPain(
        Math.round(trend + (chance(id, 'pain') - 0.5)),
      );
      const completedAt = atLocalHour(date, 18, input.timeZone);
      // The morning after has come (and gone) only for the days before yesterday.
      const asksMorning = daysAgo >= 2 && chance(id, 'morning') < 0.6;
      logs.push({
        id,
        clientId: demoId(`client:${runnerKey}:${date}:${session.slot}`),
        runnerId: input.runnerId,
        prescriptionId: plan.id,
        localDate: new Date(`${date}T00:00:00Z`),
        slot: session.slot,
        startedAt: new Date(completedAt.getTime() - 14 * 60_000),
        completedAt,
        createdAt: completedAt,
        painBefore: clampPain(painAfter + 1),
        painAfter,
        effort: 3 + Math.floor(chance(id, 'effort') * 3),
        nextMorningPain: asksMorning ? clampPain(painAfter - 1) : null,
        nextMorningAt: asksMorning
          ? atLocalHour(addDays(date, 1), 8, input.timeZone)
          : null,
        bodyHash: `demo:${id}`,
      });
      for (const item of session.items)
        items.push(itemLog(id, item, chance(id, item.id, 'partial') < 0.15));
    }
  }
  const lastAnswerable = [...logs]
    .reverse()
    .find((log) => daysBetween(localDateOf(log), today) >= 2);
  if (story.morningWorse && lastAnswerable) {
    lastAnswerable.nextMorningPain = clampPain(lastAnswerable.painAfter + 2);
    lastAnswerable.nextMorningAt = atLocalHour(
      addDays(localDateOf(lastAnswerable), 1),
      8,
      input.timeZone,
    );
  }
  return { logs, items };
}

/** One exercise of a session: done in full, or (partial) one set short on each side. */
function itemLog(
  sessionLogId: string,
  item: PlanItem,
  partial: boolean,
): DemoItemLog {
  const sets = partial ? Math.max(1, item.sets - 1) : item.sets;
  const sided = item.side === 'EACH_SIDE';
  return {
    sessionLogId,
    prescriptionItemId: item.id,
    setsLeft: sided || item.side === 'LEFT' ? sets : 0,
    setsRight: sided || item.side === 'RIGHT' ? sets : 0,
    setsDone: sided || item.side === 'LEFT' || item.side === 'RIGHT' ? 0 : sets,
    holdSecondsAchieved: item.holdSeconds,
    reps: item.holdSeconds === null ? item.reps : null,
  };
}

const clampPain = (n: number) => Math.max(0, Math.min(10, n));
const localDateOf = (log: DemoLog) => log.localDate.toISOString().slice(0, 10);
