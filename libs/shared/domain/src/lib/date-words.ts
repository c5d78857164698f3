import type { LocalDate } from './local-date';

/**
 * Local dates in words, as Rehabit writes them everywhere (British English): "Fri",
 * "Friday 27 November", "Tue 1 Sept", "27 Nov".
 *
 * Written out rather than formatted with Intl.DateTimeFormat: the first Intl formatter
 * a page makes loads the browser's locale data, which took 17–41 ms of the main
 * thread in Chromium on the benchmark host, on the runner's Today page, before its
 * first useful paint (docs/benchmarks.md). A phone is several times slower. The spec
 * checks every day of two years against Intl's en-GB output.
 */

const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** British English shortens September to four letters. */
const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

interface DateParts {
  weekday: number;
  day: number;
  month: number;
}

function partsOf(date: LocalDate): DateParts {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  return {
    weekday: utc.getUTCDay(),
    day: utc.getUTCDate(),
    month: utc.getUTCMonth(),
  };
}

/** "Fri" */
export function weekdayShort(date: LocalDate): string {
  return WEEKDAYS[partsOf(date).weekday].slice(0, 3);
}

/** "Friday 27 November" */
export function dayInWords(date: LocalDate): string {
  const { weekday, day, month } = partsOf(date);
  return `${WEEKDAYS[weekday]} ${day} ${MONTHS[month]}`;
}

/** "Fri 27 Nov" */
export function dayInShortWords(date: LocalDate): string {
  const { weekday, day, month } = partsOf(date);
  return `${WEEKDAYS[weekday].slice(0, 3)} ${day} ${MONTHS_SHORT[month]}`;
}

/** "27 Nov" */
export function dayAndMonthShort(date: LocalDate): string {
  const { day, month } = partsOf(date);
  return `${day} ${MONTHS_SHORT[month]}`;
}
