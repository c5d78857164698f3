-- Each runner's ended days, as the reports count them (docs/adherence.md, "Days kept").
--
-- A day before the runner's today has figures that only the stored rows decide: its
-- plan (prescription, versions, phases, items, pauses), its confirmed excused days and
-- its logs. The reports keep each such day once computed, and compute only the days
-- they have not kept, and always today. Every change to a row that decides a day
-- forgets that runner's kept days from the changed date on, here in the database, so no
-- write path (the API, a script, a migration) can leave a kept day stale.
CREATE TABLE "adherence_day" (
  "runner_id" UUID NOT NULL REFERENCES "runner"("id") ON DELETE CASCADE,
  "date" DATE NOT NULL,
  "scheduled" INTEGER NOT NULL,
  "completed" INTEGER NOT NULL,
  "prescribed" INTEGER NOT NULL,
  "done" INTEGER NOT NULL,
  -- Which formula counted the day (a digest of the reports' SQL): a release that changes
  -- the formula ignores, and then replaces, what an earlier one kept.
  "formula" INTEGER NOT NULL,
  CONSTRAINT "adherence_day_pkey" PRIMARY KEY ("runner_id", "date"),
  CONSTRAINT "adherence_day_counts" CHECK (
    "scheduled" >= 0 AND "completed" BETWEEN 0 AND "scheduled"
    AND "prescribed" >= 0 AND "done" BETWEEN 0 AND "prescribed")
);

-- The one advisory lock key that orders keeping days against changing them.
CREATE FUNCTION adherence_day_lock_key() RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT 7264001::bigint $$;

-- Forgets a runner's kept days from a date on. A report keeps days while holding the
-- lock shared (reports never wait for each other); a change to a day that may be kept
-- takes it exclusively, so it either waits for a report that is keeping days (and then
-- forgets what it kept) or makes that report wait until the change is committed (and
-- then the report sees it). A change dated from the runner's today on needs no lock, as
-- no report keeps today; within an hour of the runner's midnight it takes the lock all
-- the same, for a report whose "now" (the API's clock) is already past midnight.
CREATE FUNCTION forget_adherence_days(changed_runner UUID, changed_from DATE) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF changed_runner IS NULL OR changed_from IS NULL THEN
    RETURN;
  END IF;
  IF changed_from < (SELECT ((clock_timestamp() + interval '1 hour')
                              AT TIME ZONE r.time_zone)::date
                     FROM runner r WHERE r.id = changed_runner) THEN
    PERFORM pg_advisory_xact_lock(adherence_day_lock_key());
  END IF;
  DELETE FROM adherence_day WHERE runner_id = changed_runner AND date >= changed_from;
END $$;

-- Statement-level triggers (one per event: a trigger with transition tables has one
-- event), so that a bulk insert forgets once per runner rather than once per row.

-- The days a log decides: its own, and that of the log it corrects (looked up by key).
CREATE FUNCTION forgotten_days_of_log(log_runner UUID, log_date DATE, corrected UUID)
RETURNS TABLE (runner_id UUID, local_date DATE)
LANGUAGE sql STABLE AS $$
  SELECT log_runner, log_date
  UNION ALL
  SELECT c.runner_id, c.local_date FROM session_log c
  WHERE corrected IS NOT NULL AND c.id = corrected
$$;

-- Session logs: the day of each log written, moved or removed, and the day of the log
-- each one corrects (a correction takes the log it corrects out of the count, whatever
-- day the correction itself is dated). An update that leaves what the reports read alone
-- (a coach's comment, the next morning's pain, an erased note) forgets nothing.
CREATE FUNCTION forget_adherence_after_session_log() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM forget_adherence_days(day.runner_id, MIN(day.local_date))
    FROM new_rows n
    CROSS JOIN LATERAL forgotten_days_of_log(n.runner_id, n.local_date, n.corrects_id) day
    GROUP BY day.runner_id;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM forget_adherence_days(day.runner_id, MIN(day.local_date))
    FROM old_rows o
    CROSS JOIN LATERAL forgotten_days_of_log(o.runner_id, o.local_date, o.corrects_id) day
    GROUP BY day.runner_id;
  ELSE
    PERFORM forget_adherence_days(day.runner_id, MIN(day.local_date))
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (
      SELECT * FROM forgotten_days_of_log(o.runner_id, o.local_date, o.corrects_id)
      UNION ALL
      SELECT * FROM forgotten_days_of_log(n.runner_id, n.local_date, n.corrects_id)
    ) day
    WHERE (o.runner_id, o.prescription_id, o.local_date, o.slot, o.corrects_id)
          IS DISTINCT FROM
          (n.runner_id, n.prescription_id, n.local_date, n.slot, n.corrects_id)
    GROUP BY day.runner_id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER session_log_forgets_days_on_insert AFTER INSERT ON "session_log"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION forget_adherence_after_session_log();
CREATE TRIGGER session_log_forgets_days_on_update AFTER UPDATE ON "session_log"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION forget_adherence_after_session_log();
CREATE TRIGGER session_log_forgets_days_on_delete AFTER DELETE ON "session_log"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION forget_adherence_after_session_log();

-- What a log did, item by item: the day of its log. Each log is looked up by its key
-- (LATERAL): the planner knows nothing of a transition table's size, and a join let it
-- hash all of session_log for one new item (12 ms a log instead of 0.1).
CREATE FUNCTION forget_adherence_after_item_log() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM forget_adherence_days(l.runner_id, MIN(l.local_date))
    FROM (SELECT DISTINCT session_log_id FROM new_rows) il
    CROSS JOIN LATERAL (
      SELECT runner_id, local_date FROM session_log WHERE id = il.session_log_id) l
    GROUP BY l.runner_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM forget_adherence_days(l.runner_id, MIN(l.local_date))
    FROM (SELECT DISTINCT session_log_id FROM old_rows) il
    CROSS JOIN LATERAL (
      SELECT runner_id, local_date FROM session_log WHERE id = il.session_log_id) l
    GROUP BY l.runner_id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER session_item_log_forgets_days_on_insert AFTER INSERT ON "session_item_log"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION forget_adherence_after_item_log();
CREATE TRIGGER session_item_log_forgets_days_on_update AFTER UPDATE ON "session_item_log"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION forget_adherence_after_item_log();
CREATE TRIGGER session_item_log_forgets_days_on_delete AFTER DELETE ON "session_item_log"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION forget_adherence_after_item_log();

-- Excused days: the date, before and after.
CREATE FUNCTION forget_adherence_after_excused_day() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM forget_adherence_days(runner_id, MIN(date)) FROM new_rows GROUP BY runner_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM forget_adherence_days(runner_id, MIN(date)) FROM old_rows GROUP BY runner_id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER excused_day_forgets_days_on_insert AFTER INSERT ON "excused_day"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION forget_adherence_after_excused_day();
CREATE TRIGGER excused_day_forgets_days_on_update AFTER UPDATE ON "excused_day"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION forget_adherence_after_excused_day();
CREATE TRIGGER excused_day_forgets_days_on_delete AFTER DELETE ON "excused_day"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION forget_adherence_after_excused_day();

-- The plan. Its changes are rare, so each row forgets on its own: a prescription from
-- its start (its dates, before and after), a pause from its start, a version and what
-- it holds (phases, items) from the day it takes effect.
CREATE FUNCTION forget_adherence_after_prescription() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM forget_adherence_days(NEW.runner_id, NEW.start_date);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM forget_adherence_days(OLD.runner_id, OLD.start_date);
  ELSIF (OLD.runner_id, OLD.start_date, OLD.end_date)
        IS DISTINCT FROM (NEW.runner_id, NEW.start_date, NEW.end_date) THEN
    PERFORM forget_adherence_days(OLD.runner_id, LEAST(OLD.start_date, NEW.start_date));
    PERFORM forget_adherence_days(NEW.runner_id, LEAST(OLD.start_date, NEW.start_date));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER prescription_forgets_days AFTER INSERT OR UPDATE OR DELETE ON "prescription"
  FOR EACH ROW EXECUTE FUNCTION forget_adherence_after_prescription();

-- A pause, a version, a phase or an item: the runner of its prescription, from the
-- date it starts to matter (the pause's start, the version's effective date).
CREATE FUNCTION forget_adherence_after_plan_part() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  part JSONB;
BEGIN
  FOREACH part IN ARRAY ARRAY[to_jsonb(NEW), to_jsonb(OLD)] LOOP
    CONTINUE WHEN part IS NULL;
    PERFORM forget_adherence_days(p.runner_id, changed.from_date)
    FROM (
      SELECT (part->>'prescription_id')::uuid AS prescription_id,
             (part->>'start_date')::date AS from_date
      WHERE TG_TABLE_NAME = 'prescription_pause'
      UNION ALL
      SELECT (part->>'prescription_id')::uuid, (part->>'effective_from')::date
      WHERE TG_TABLE_NAME = 'prescription_version'
      UNION ALL
      SELECT v.prescription_id, v.effective_from
      FROM prescription_version v
      WHERE TG_TABLE_NAME IN ('prescription_phase', 'prescription_item')
        AND v.id = (part->>'version_id')::uuid
    ) changed
    JOIN prescription p ON p.id = changed.prescription_id;
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER prescription_pause_forgets_days
  AFTER INSERT OR UPDATE OR DELETE ON "prescription_pause"
  FOR EACH ROW EXECUTE FUNCTION forget_adherence_after_plan_part();
CREATE TRIGGER prescription_version_forgets_days
  AFTER INSERT OR UPDATE OR DELETE ON "prescription_version"
  FOR EACH ROW EXECUTE FUNCTION forget_adherence_after_plan_part();
CREATE TRIGGER prescription_phase_forgets_days
  AFTER INSERT OR UPDATE OR DELETE ON "prescription_phase"
  FOR EACH ROW EXECUTE FUNCTION forget_adherence_after_plan_part();
CREATE TRIGGER prescription_item_forgets_days
  AFTER INSERT OR UPDATE OR DELETE ON "prescription_item"
  FOR EACH ROW EXECUTE FUNCTION forget_adherence_after_plan_part();
