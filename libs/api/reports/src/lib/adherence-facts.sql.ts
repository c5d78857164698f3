import { createHash } from 'node:crypto';
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
 * `bounds`: each runner's today in their zone; `windows`: the local dates a report
 * covers, from `from_date` to `to_date` (today).
 */
function windowsCte(scope: FactsScope): Prisma.Sql {
  const rangeFrom = scope.rangeFrom ?? null;
  return Prisma.sql`bounds AS (
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
)`;
}

/**
 * The published formula (docs/adherence.md) as one chain of set-based CTEs over the
 * days in `wanted` (runner_id, today, date), the same rules as `computeAdherence` in
 * @rehabit/shared-domain; a property test on generated data holds the two to the same
 * numbers.
 *
 * - `plan_days`: the wanted days each prescription covers, minus pauses and excused
 *   days (confirmed and not undone);
 * - `versions`, `in_force`: each day against the version in force that day;
 * - `items_due`: the items of that version, in the phases active that program week, on
 *   their weekdays and inside their own window;
 * - `sessions`: slot k = 1 … the largest timesPerDay of the day;
 * - `due`: the sessions that count (ended days, or today's once done), each with the
 *   standing (not corrected) completed log that did the most;
 * - `item_facts`: their items with prescribed and completed set-sides, and `log_id`
 *   when a log completed that session;
 * - `session_facts`, `live_day_facts`: the same summed by session and by day (only days
 *   with something due).
 */
const FORMULA = Prisma.sql`plan_days AS (
  SELECT wd.runner_id, wd.today, p.id AS prescription_id, p.start_date, wd.date
  FROM wanted wd
  JOIN prescription p ON p.runner_id = wd.runner_id
    AND wd.date >= p.start_date AND (p.end_date IS NULL OR wd.date <= p.end_date)
  WHERE NOT EXISTS (
      SELECT 1 FROM prescription_pause pp
      WHERE pp.prescription_id = p.id AND wd.date >= pp.start_date
        AND (pp.end_date IS NULL OR wd.date <= pp.end_date))
    AND NOT EXISTS (
      SELECT 1 FROM excused_day e
      WHERE e.runner_id = wd.runner_id AND e.date = wd.date
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
), live_day_facts AS (
  SELECT runner_id, today, date, COUNT(*)::int AS scheduled,
         SUM(completed)::int AS completed,
         SUM(prescribed)::int AS prescribed, SUM(done)::int AS done
  FROM session_facts
  GROUP BY runner_id, today, date
)`;

/**
 * The digest of the formula's SQL, stored with every kept day: when a release changes
 * the formula, the days an earlier one kept are ignored and counted again.
 */
export const FORMULA_DIGEST = createHash('sha256')
  .update(FORMULA.strings.join('?'))
  .digest()
  .readInt32BE(0);

/** Every day of each runner's window, computed now: ends in `item_facts` and `day_facts`. */
export function itemFactsCte(scope: FactsScope): Prisma.Sql {
  return Prisma.sql`
WITH ${windowsCte(scope)}, wanted AS (
  SELECT w.runner_id, w.today, d::date AS date
  FROM windows w
  CROSS JOIN LATERAL generate_series(w.from_date, w.to_date, interval '1 day') AS d
), ${FORMULA}, day_facts AS (
  SELECT * FROM live_day_facts
)`;
}

/**
 * Each runner's days as `day_facts`, from the days kept in `adherence_day` where they
 * are (only ended days, by this formula), the rest computed now; the ended days just
 * computed are kept, those without anything due too (as zeros), so that the next report
 * computes only what changed since (triggers forget a runner's kept days from the date of
 * any change: docs/adherence.md, "Days kept"). Run it with `keepingDays` (the lock).
 */
export function dayFactsCte(scope: FactsScope): Prisma.Sql {
  return Prisma.sql`
WITH ${windowsCte(scope)}, kept AS (
  -- Each runner's kept days through the primary key, whatever the planner believes of
  -- the table's size (its statistics lag behind a first report that kept 450,000 days).
  SELECT w.runner_id, w.today, k.date, k.scheduled, k.completed, k.prescribed, k.done
  FROM windows w
  CROSS JOIN LATERAL (
    SELECT * FROM adherence_day k
    WHERE k.runner_id = w.runner_id AND k.date >= w.from_date AND k.date < w.today
      AND k.formula = ${FORMULA_DIGEST}) k
), wanted AS (
  SELECT w.runner_id, w.today, d::date AS date
  FROM windows w
  CROSS JOIN LATERAL generate_series(w.from_date, w.to_date, interval '1 day') AS d
  WHERE NOT EXISTS (
    SELECT 1 FROM kept k WHERE k.runner_id = w.runner_id AND k.date = d::date)
), ${FORMULA}, computed AS (
  SELECT wd.runner_id, wd.today, wd.date,
         COALESCE(f.scheduled, 0) AS scheduled, COALESCE(f.completed, 0) AS completed,
         COALESCE(f.prescribed, 0) AS prescribed, COALESCE(f.done, 0) AS done
  FROM wanted wd
  LEFT JOIN live_day_facts f ON f.runner_id = wd.runner_id AND f.date = wd.date
), kept_now AS (
  INSERT INTO adherence_day (runner_id, date, scheduled, completed, prescribed, done, formula)
  SELECT runner_id, date, scheduled, completed, prescribed, done, ${FORMULA_DIGEST}
  FROM computed WHERE date < today
  ON CONFLICT (runner_id, date) DO UPDATE
    SET scheduled = EXCLUDED.scheduled, completed = EXCLUDED.completed,
        prescribed = EXCLUDED.prescribed, done = EXCLUDED.done, formula = EXCLUDED.formula
    WHERE adherence_day.formula <> EXCLUDED.formula
), day_facts AS (
  SELECT * FROM kept WHERE scheduled > 0
  UNION ALL
  SELECT * FROM computed WHERE scheduled > 0
)`;
}
