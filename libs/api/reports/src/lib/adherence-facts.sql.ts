import { Prisma } from '@rehabit/api-db';
import type { LocalDate } from '@rehabit/shared-domain';

/** Which runners, and which local dates of each, a report covers. */
export interface FactsScope {
  runnerIds: readonly string[];
  /** The instant "today" is taken at, in each runner's own time zone. */
  now: Date;
  /** Days back from each runner's today, today included (the roster's 28). */
  days: number;
  /** The first day of a chosen range, covered as well as the days above. */
  rangeFrom?: LocalDate | null;
}

/**
 * The published formula (docs/adherence.md) as one chain of set-based CTEs, the same
 * rules as `computeAdherence` in @rehabit/shared-domain; a property test on generated
 * data holds the two to the same numbers. It ends in `item_facts`: one row per due
 * session and item with its prescribed and completed set-sides, and `log_id` when a
 * log completed that session. Reports aggregate it in their own final SELECT.
 *
 * - `bounds`: each runner's today in their zone and the window of local dates;
 * - `plan_days`: the days each prescription covers, minus pauses and excused days
 *   (confirmed and not undone);
 * - `versions`, `in_force`: each day against the version in force that day;
 * - `items_due`: the items of that version, in the phases active that program week, on
 *   their weekdays and inside their own window;
 * - `sessions`: slot k = 1 … the largest timesPerDay of the day;
 * - `due`: the sessions that count (ended days, or today's once done), each with the
 *   standing (not corrected) completed log that did the most;
 * - `item_facts`: their items with prescribed and completed set-sides.
 */
export function itemFactsCte(scope: FactsScope): Prisma.Sql {
  const rangeFrom = scope.rangeFrom ?? null;
  return Prisma.sql`
WITH bounds AS (
  SELECT r.id AS runner_id, r.coach_id,
         (${scope.now}::timestamptz AT TIME ZONE r.time_zone)::date AS today
  FROM runner r
  WHERE r.id = ANY(${[...scope.runnerIds]}::uuid[])
), windows AS (
  SELECT b.*,
         LEAST(COALESCE(${rangeFrom}::date, 'infinity'::date),
               b.today - (${scope.days}::int - 1)) AS from_date,
         b.today AS to_date
  FROM bounds b
), plan_days AS (
  SELECT w.runner_id, w.today, p.id AS prescription_id, p.start_date, d::date AS date
  FROM windows w
  JOIN prescription p ON p.runner_id = w.runner_id
  CROSS JOIN LATERAL generate_series(
    GREATEST(w.from_date, p.start_date),
    LEAST(w.to_date, COALESCE(p.end_date, w.to_date)),
    interval '1 day') AS d
  WHERE NOT EXISTS (
      SELECT 1 FROM prescription_pause pp
      WHERE pp.prescription_id = p.id AND d::date >= pp.start_date
        AND (pp.end_date IS NULL OR d::date <= pp.end_date))
    AND NOT EXISTS (
      SELECT 1 FROM excused_day e
      WHERE e.runner_id = w.runner_id AND e.date = d::date
        AND e.confirmed_at IS NOT NULL AND e.revoked_at IS NULL)
), versions AS (
  -- Each version is in force from its date until the next one's (by effective date,
  -- then number: of two versions on one date, the higher wins at once).
  SELECT pv.id AS version_id, pv.prescription_id, pv.effective_from,
         LEAD(pv.effective_from) OVER (
           PARTITION BY pv.prescription_id
           ORDER BY pv.effective_from, pv.version) AS until
  FROM windows w
  JOIN prescription p ON p.runner_id = w.runner_id
  JOIN prescription_version pv ON pv.prescription_id = p.id
), in_force AS (
  SELECT pd.*, v.version_id, (pd.date - pd.start_date) / 7 + 1 AS week
  FROM plan_days pd
  JOIN versions v ON v.prescription_id = pd.prescription_id
    AND pd.date >= v.effective_from AND (v.until IS NULL OR pd.date < v.until)
), items_due AS (
  SELECT f.runner_id, f.today, f.prescription_id, f.date, i.id AS item_id,
         i.exercise_id, i.sets, i.side, i.times_per_day
  FROM in_force f
  JOIN prescription_phase ph ON ph.version_id = f.version_id
    AND ph.start_week <= f.week AND (ph.end_week IS NULL OR f.week <= ph.end_week)
  JOIN prescription_item i ON i.phase_id = ph.id
    AND EXTRACT(ISODOW FROM f.date)::int = ANY(i.days_of_week)
    AND (i.start_date IS NULL OR f.date >= i.start_date)
    AND (i.end_date IS NULL OR f.date <= i.end_date)
), sessions AS (
  SELECT runner_id, today, prescription_id, date,
         generate_series(1, MAX(times_per_day)) AS slot
  FROM items_due
  GROUP BY runner_id, today, prescription_id, date
), due AS (
  -- Each session with the standing (not corrected) completed log that did the most
  -- (ties: the smaller id), looked up in the (prescription_id, local_date) index: a
  -- plan that stays the same whatever the roster's size or the logs' spread.
  SELECT s.*, best.id AS log_id
  FROM sessions s
  LEFT JOIN LATERAL (
    SELECT l.id
    FROM session_log l
    CROSS JOIN LATERAL (
      SELECT COALESCE(SUM(il.sets_left + il.sets_right + il.sets_done), 0) AS count,
             COUNT(*) AS items
      FROM session_item_log il
      WHERE il.session_log_id = l.id AND NOT il.skipped) done
    WHERE l.prescription_id = s.prescription_id AND l.local_date = s.date
      AND l.slot = s.slot AND done.items > 0
      AND NOT EXISTS (SELECT 1 FROM session_log c WHERE c.corrects_id = l.id)
    ORDER BY done.count DESC, l.id
    LIMIT 1) best ON true
  WHERE s.date < s.today OR best.id IS NOT NULL
), item_facts AS (
  SELECT d.runner_id, d.today, d.prescription_id, d.date, d.slot, d.log_id,
         i.exercise_id,
         CASE WHEN i.side = 'EACH_SIDE' THEN i.sets * 2 ELSE i.sets END AS prescribed,
         CASE
           WHEN il.id IS NULL OR il.skipped THEN 0
           WHEN i.side = 'EACH_SIDE' THEN LEAST(GREATEST(il.sets_left, 0), i.sets)
                                        + LEAST(GREATEST(il.sets_right, 0), i.sets)
           WHEN i.side = 'LEFT' THEN LEAST(GREATEST(il.sets_left, 0), i.sets)
           WHEN i.side = 'RIGHT' THEN LEAST(GREATEST(il.sets_right, 0), i.sets)
           ELSE LEAST(GREATEST(il.sets_done, 0), i.sets)
         END AS done
  FROM due d
  JOIN items_due i ON i.prescription_id = d.prescription_id AND i.date = d.date
    AND i.times_per_day >= d.slot
  -- One look-up in the (session_log_id, prescription_item_id) index per item, never a
  -- hash of every item log (LIMIT keeps the planner from flattening it into a join).
  LEFT JOIN LATERAL (
    SELECT * FROM session_item_log x
    WHERE x.session_log_id = d.log_id AND x.prescription_item_id = i.item_id
    LIMIT 1) il ON true
), session_facts AS (
  SELECT runner_id, today, prescription_id, date, slot,
         (log_id IS NOT NULL)::int AS completed,
         SUM(prescribed)::int AS prescribed, SUM(done)::int AS done
  FROM item_facts
  GROUP BY runner_id, today, prescription_id, date, slot, log_id
), day_facts AS (
  SELECT runner_id, today, date, COUNT(*)::int AS scheduled,
         SUM(completed)::int AS completed,
         SUM(prescribed)::int AS prescribed, SUM(done)::int AS done
  FROM session_facts
  GROUP BY runner_id, today, date
)`;
}
