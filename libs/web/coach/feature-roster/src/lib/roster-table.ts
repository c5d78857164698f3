import type {
  RosterReportQuery,
  RunnerRosterQuery,
} from '@rehabit/web-shared-data-access';
import { signalWords } from '@rehabit/shared-domain';

export type RosterRunner = RunnerRosterQuery['runners']['items'][number];
export type RosterFigures = RosterReportQuery['rosterReport']['rows'][number];

/** A runner of the roster: their account, and their figures once they have a routine. */
export interface RosterEntry {
  runner: RosterRunner;
  figures: RosterFigures | null;
}

export const SORT_KEYS = [
  'name',
  'coach',
  'routine',
  'lastSession',
  'adherence7',
  'adherence28',
  'pain',
  'signals',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

type SortValue = string | number | null;

const VALUE_OF: Record<SortKey, (entry: RosterEntry) => SortValue> = {
  name: (e) => e.runner.name,
  coach: (e) => e.runner.coach.name,
  routine: (e) => e.figures?.routine ?? null,
  lastSession: (e) => e.figures?.lastSessionDate ?? null,
  adherence7: (e) => e.figures?.last7.sessionAdherence ?? null,
  adherence28: (e) => e.figures?.last28.sessionAdherence ?? null,
  pain: (e) => e.figures?.signals.latestPain ?? null,
  signals: (e) => (e.figures ? signalWords(e.figures.signals).length : null),
};

export function isSortKey(value: unknown): value is SortKey {
  return (SORT_KEYS as readonly unknown[]).includes(value);
}

/** Joins the runners with their figures, in the runners' order. */
export function rosterEntries(
  runners: readonly RosterRunner[],
  rows: readonly RosterFigures[],
): RosterEntry[] {
  const byRunner = new Map(rows.map((row) => [row.runnerId, row]));
  return runners.map((runner) => ({
    runner,
    figures: byRunner.get(runner.id) ?? null,
  }));
}

/**
 * Sorted by one column; rows without a value (no routine, nothing due) always last,
 * whichever the direction, and ties by name.
 */
export function sortRoster(
  entries: readonly RosterEntry[],
  key: SortKey,
  direction: SortDirection,
): RosterEntry[] {
  const value = VALUE_OF[key];
  const sign = direction === 'asc' ? 1 : -1;
  return [...entries].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y));
      if (order !== 0) return sign * order;
    }
    return a.runner.name.localeCompare(b.runner.name);
  });
}

export function needsAttention(entry: RosterEntry): boolean {
  return entry.figures?.signals.needsAttention ?? false;
}
