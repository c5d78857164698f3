import { SIDE_LABELS } from './enums';
import type { Dose } from './dose';

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
