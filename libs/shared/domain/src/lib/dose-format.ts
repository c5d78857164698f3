import { SIDE_LABELS } from './enums';
import { setSidesPerSession, type Dose } from './dose';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const TIMES = ['', 'once', 'twice'];

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;

/**
 * The days of a dose in words: "daily" for all seven, else the day names in week
 * order ("Mon Wed Fri").
 */
export function formatDays(daysOfWeek: readonly number[]): string {
  if (daysOfWeek.length === 7) return 'daily';
  return [...daysOfWeek]
    .sort((a, b) => a - b)
    .map((d) => DAY_NAMES[d - 1])
    .join(' ');
}

function formatSchedule(
  dose: Pick<Dose, 'daysOfWeek' | 'timesPerDay'>,
): string {
  const days = formatDays(dose.daysOfWeek);
  const times = TIMES[dose.timesPerDay] ?? `${dose.timesPerDay} times a day`;
  // "daily" alone reads as incomplete, so it always says how often; named days say it
  // only when the runner does them more than once.
  if (days === 'daily' || dose.timesPerDay > 1) return `${days}, ${times}`;
  return days;
}

/**
 * A dose in plain words, the one wording used everywhere in Rehabit:
 * "Hold 45 s · 3 sets · each side · rest 15 s · daily, once",
 * "12 reps · 3 sets · Mon Wed Fri".
 */
export function formatDose(dose: Omit<Dose, 'intensity' | 'load'>): string {
  const work =
    dose.holdSeconds === null
      ? plural(dose.reps, 'rep')
      : `Hold ${dose.holdSeconds} s${dose.reps > 1 ? ` × ${dose.reps}` : ''}`;
  return [
    work,
    plural(dose.sets, 'set'),
    SIDE_LABELS[dose.side],
    dose.restSeconds > 0 ? `rest ${dose.restSeconds} s` : '',
    formatSchedule(dose),
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/** Target effort and load in words: "effort 5/10 · red band"; empty when neither is set. */
export function formatIntensity(
  dose: Pick<Dose, 'intensity' | 'load'>,
): string {
  return [
    dose.intensity === null ? '' : `effort ${dose.intensity}/10`,
    dose.load ?? '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/** A rep-based item's pace when it names none: a steady 3 seconds a rep. */
export const SECONDS_PER_REP = 3;

type TimedDose = Pick<
  Dose,
  'holdSeconds' | 'reps' | 'sets' | 'side' | 'restSeconds'
>;

/**
 * How long one session of an item takes: its holds (or reps at a steady pace) on
 * every set-side, plus the rests between sets (on each side for EACH_SIDE).
 */
export function sessionSeconds(dose: TimedDose): number {
  const perSetSide =
    dose.holdSeconds === null
      ? dose.reps * SECONDS_PER_REP
      : dose.holdSeconds * dose.reps;
  const sides = dose.side === 'EACH_SIDE' ? 2 : 1;
  const rests = (dose.sets - 1) * sides;
  return setSidesPerSession(dose) * perSetSide + rests * dose.restSeconds;
}

/**
 * What a day of these items asks of the runner, in words: "6 holds, about 6 min",
 * "6 holds, 36 reps, about 10 min". Each item counts as often as it is done that day.
 */
export function formatDailyTotal(
  items: readonly (TimedDose & Pick<Dose, 'timesPerDay'>)[],
): string {
  let holds = 0;
  let reps = 0;
  let seconds = 0;
  for (const item of items) {
    const perSession = setSidesPerSession(item) * item.reps;
    if (item.holdSeconds === null) reps += perSession * item.timesPerDay;
    else holds += perSession * item.timesPerDay;
    seconds += sessionSeconds(item) * item.timesPerDay;
  }
  if (items.length === 0) return 'nothing scheduled';
  return [
    holds > 0 ? plural(holds, 'hold') : '',
    reps > 0 ? plural(reps, 'rep') : '',
    `about ${Math.max(1, Math.round(seconds / 60))} min`,
  ]
    .filter((part) => part !== '')
    .join(', ');
}
