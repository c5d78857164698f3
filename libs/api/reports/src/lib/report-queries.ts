import { Prisma } from '@rehabit/api-db';
import {
  SAFETY_FLAG_DAYS,
  SIGNAL_WINDOW_DAYS,
  type LocalDate,
} from '@rehabit/shared-domain';
import {
  dayFactsCte,
  itemFactsCte,
  type FactsScope,
} from './adherence-facts.sql';

/** Scheduled, completed and set-side counts of one period. */
export interface PeriodCounts {
  scheduled: number;
  completed: number;
  prescribed: number;
  done: number;
}

/** The roster's figures for one runner, in their own time zone. */
export interface RunnerFigures {
  runnerId: string;
  today: LocalDate;
  last7: PeriodCounts;
  last28: PeriodCounts;
  range: PeriodCounts;
  /** The 4 weeks ending today, oldest first. */
  weeks: PeriodCounts[];
  missedDaysInARow: number;
}

type Row = Record<string, unknown>;

/** Sums of day_facts over the days a condition picks, as four named columns. */
const countsOver = (name: string, condition: Prisma.Sql) =>
  Prisma.sql`
  COALESCE(SUM(scheduled) FILTER (WHERE ${condition}), 0)::int AS ${Prisma.raw(`${name}_scheduled`)},
  COALESCE(SUM(completed) FILTER (WHERE ${condition}), 0)::int AS ${Prisma.raw(`${name}_completed`)},
  COALESCE(SUM(prescribed) FILTER (WHERE ${condition}), 0)::int AS ${Prisma.raw(`${name}_prescribed`)},
  COALESCE(SUM(done) FILTER (WHERE ${condition}), 0)::int AS ${Prisma.raw(`${name}_done`)}`;

const countsOf = (row: Row, name: string): PeriodCounts => ({
  scheduled: Number(row[`${name}_scheduled`]),
  completed: Number(row[`${name}_completed`]),
  prescribed: Number(row[`${name}_prescribed`]),
  done: Number(row[`${name}_done`]),
});

const WEEKS = [0, 1, 2, 3] as const;

/**
 * One statement for every runner in scope: the last 7 and 28 days, a chosen range, the
 * 4 weekly buckets of the sparkline, and missed days in a row (days-with-sessions with
 * fewer completed than due, back from yesterday, inside the 28-day window). It keeps
 * the ended days it computes: run it with `queryKeepingDays`.
 */
export function runnerFiguresQuery(
  scope: FactsScope & { rangeTo?: LocalDate | null },
): Prisma.Sql {
  const rangeFrom = scope.rangeFrom ?? null;
  const rangeTo = scope.rangeTo ?? null;
  return Prisma.sql`${dayFactsCte(scope)}
, missed AS (
  SELECT runner_id, COUNT(*) FILTER (
           WHERE date > COALESCE(last_full, '-infinity'::date))::int AS missed
  FROM (
    SELECT df.*, MAX(date) FILTER (WHERE completed >= scheduled)
                 OVER (PARTITION BY runner_id) AS last_full
    FROM day_facts df
    WHERE date < today AND date > today - ${SIGNAL_WINDOW_DAYS}::int) recent
  GROUP BY runner_id
), sums AS (
  SELECT runner_id AS of_runner,
    ${countsOver('d7', Prisma.sql`date > today - 7`)},
    ${countsOver('d28', Prisma.sql`date > today - 28`)},
    ${countsOver(
      'range',
      Prisma.sql`date BETWEEN COALESCE(${rangeFrom}::date, today - 27)
                          AND COALESCE(${rangeTo}::date, today)`,
    )},
    ${Prisma.join(
      WEEKS.map((w) =>
        countsOver(`w${w}`, Prisma.sql`(today - date) / 7 = ${3 - w}::int`),
      ),
    )}
  FROM day_facts
  GROUP BY runner_id
)
SELECT w.runner_id, w.today::text AS today, COALESCE(m.missed, 0) AS missed, s.*
FROM windows w
LEFT JOIN sums s ON s.of_runner = w.runner_id
LEFT JOIN missed m ON m.runner_id = w.runner_id`;
}

export function toRunnerFigures(row: Row): RunnerFigures {
  return {
    runnerId: row['runner_id'] as string,
    today: row['today'] as LocalDate,
    last7: countsOf(row, 'd7'),
    last28: countsOf(row, 'd28'),
    range: countsOf(row, 'range'),
    weeks: WEEKS.map((w) => countsOf(row, `w${w}`)),
    missedDaysInARow: Number(row['missed']),
  };
}

/** One day of a runner's calendar: due sessions and those completed. */
export interface DayCounts extends PeriodCounts {
  date: LocalDate;
}

/** A runner's days from a date to today (the heat-map). */
export function dayFactsQuery(scope: FactsScope): Prisma.Sql {
  return Prisma.sql`${dayFactsCte(scope)}
SELECT date::text AS date, scheduled, completed, prescribed, done
FROM day_facts ORDER BY date`;
}

/** Set-sides prescribed and done per exercise over a range. */
export interface ExerciseCounts {
  exerciseId: string;
  scheduled: number;
  prescribed: number;
  done: number;
}

export function exerciseFactsQuery(
  scope: FactsScope & { rangeTo: LocalDate },
): Prisma.Sql {
  return Prisma.sql`${itemFactsCte(scope)}
SELECT exercise_id AS "exerciseId", COUNT(*)::int AS scheduled,
       SUM(prescribed)::int AS prescribed, SUM(done)::int AS done
FROM item_facts
WHERE date BETWEEN ${scope.rangeFrom ?? null}::date AND ${scope.rangeTo}::date
GROUP BY exercise_id`;
}

/** The pain and silence signals of every runner in scope, one statement. */
export interface PainFigures {
  runnerId: string;
  lastLogDate: LocalDate | null;
  latestPain: number | null;
  /** Average painAfter of the first 7 days of the runner's first prescription. */
  baseline: number | null;
  latestInFirstWeek: boolean;
  morningPain: number | null;
  eveningPain: number | null;
  stopAndContactOn: LocalDate | null;
}

export function painFiguresQuery(scope: {
  runnerIds: readonly string[];
  now: Date;
}): Prisma.Sql {
  // Each look-up reads one runner's logs through the (runner_id, local_date) index,
  // newest first; a log replaced by a correction never counts.
  const standing = Prisma.sql`NOT EXISTS (SELECT 1 FROM session_log c WHERE c.corrects_id = l.id)`;
  return Prisma.sql`
WITH scope AS (
  SELECT r.id AS runner_id,
         (${scope.now}::timestamptz AT TIME ZONE r.time_zone)::date AS today,
         (SELECT MIN(p.start_date) FROM prescription p WHERE p.runner_id = r.id) AS first_start
  FROM runner r
  WHERE r.id = ANY(${[...scope.runnerIds]}::uuid[])
)
SELECT s.runner_id AS "runnerId",
       latest.local_date::text AS "lastLogDate",
       latest.pain_after AS "latestPain",
       baseline.pain::float AS baseline,
       COALESCE(latest.local_date >= s.first_start
                AND latest.local_date < s.first_start + 7, false) AS "latestInFirstWeek",
       morning.next_morning_pain AS "morningPain",
       evening.pain_after AS "eveningPain",
       flagged.local_date::text AS "stopAndContactOn"
FROM scope s
LEFT JOIN LATERAL (
  SELECT local_date, pain_after FROM session_log l
  WHERE l.runner_id = s.runner_id AND ${standing}
  ORDER BY local_date DESC, completed_at DESC LIMIT 1) latest ON true
LEFT JOIN LATERAL (
  SELECT AVG(pain_after) AS pain FROM session_log l
  WHERE l.runner_id = s.runner_id AND ${standing}
    AND l.local_date >= s.first_start AND l.local_date < s.first_start + 7) baseline ON true
LEFT JOIN LATERAL (
  SELECT local_date, next_morning_pain FROM session_log l
  WHERE l.runner_id = s.runner_id AND ${standing} AND next_morning_pain IS NOT NULL
  ORDER BY local_date DESC, completed_at DESC LIMIT 1) morning ON true
LEFT JOIN LATERAL (
  SELECT pain_after FROM session_log l
  WHERE l.runner_id = s.runner_id AND ${standing} AND l.local_date = morning.local_date
  ORDER BY completed_at DESC LIMIT 1) evening ON true
LEFT JOIN LATERAL (
  SELECT local_date FROM session_log l
  WHERE l.runner_id = s.runner_id AND ${standing}
    AND l.local_date > s.today - ${SAFETY_FLAG_DAYS}::int
    AND (pain_before >= 7 OR pain_after >= 7 OR cardinality(warning_signs) > 0)
  ORDER BY local_date DESC, completed_at DESC LIMIT 1) flagged ON true`;
}
