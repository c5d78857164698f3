import { addDays, daysBetween, isoWeekday } from '@rehabit/shared-domain';

export interface CalendarDay {
  date: string;
  scheduled: number;
  completed: number;
  excused: { reason: string; confirmed: boolean } | null;
}

export type DayState =
  | 'done'
  | 'partial'
  | 'missed'
  | 'excused'
  | 'pending'
  | 'rest';

/** How a day looks on the heat-map; an excuse waiting for the coach shows as such. */
export function dayState(day: CalendarDay): DayState {
  if (day.excused) return day.excused.confirmed ? 'excused' : 'pending';
  if (day.scheduled === 0) return 'rest';
  if (day.completed >= day.scheduled) return 'done';
  return day.completed > 0 ? 'partial' : 'missed';
}

/**
 * The days as weeks from Monday to Sunday, the first and last weeks padded with nulls,
 * so that each weekday keeps its column.
 */
export function calendarWeeks<T extends { date: string }>(
  days: readonly T[],
): (T | null)[][] {
  if (days.length === 0) return [];
  const first = days[0].date;
  const lead = isoWeekday(first) - 1;
  const cells: (T | null)[] = [...Array<null>(lead).fill(null)];
  const byDate = new Map(days.map((d) => [d.date, d]));
  const last = days[days.length - 1].date;
  for (let i = 0; i <= daysBetween(first, last); i++)
    cells.push(byDate.get(addDays(first, i)) ?? null);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) =>
    cells.slice(w * 7, w * 7 + 7),
  );
}
