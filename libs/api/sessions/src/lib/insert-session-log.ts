import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaService } from '@rehabit/api-db';
import { toDbDate } from '@rehabit/api-program-model';
import { itemAnswers, LOG_DAYS_BACK } from '@rehabit/shared-domain';
import type { LogRefusal } from './log-refusal';
import type { SessionLogRow } from './session-log-view';
import type { LogSessionInput } from './session.model';

/** What is stored of a log beyond the runner's answers. */
export interface NewLogKeys {
  runnerId: string;
  bodyHash: string;
  correctsId: string | null;
}

/** The audit row of the write, made only when the condition holds (the log was written). */
export type AuditInsert = (writtenIf: Prisma.Sql) => Prisma.Sql;

export type LogWrite =
  | { written: SessionLogRow; refused?: never }
  | { written?: never; refused: LogRefusal };

/**
 * A session log checked against the plan and written, with its item logs and its audit
 * row, as ONE statement: a session log is the API's most frequent write, and each
 * round trip to the database costs the API more than PostgreSQL's work on it
 * (docs/benchmarks.md). The statement writes only when the plan allows it; otherwise
 * it writes nothing and answers why (LogRefusal), for the service to word.
 *
 * The plan allows a log when:
 * - it is not a resend (no log of this runner with this client id);
 * - the prescription is the runner's own;
 * - its date is the runner's today (in their time zone, at `now`) or up to
 *   LOG_DAYS_BACK days before, and inside the routine's dates;
 * - every exercise is in the version in force that day (the latest by effective date,
 *   then number, as `versionInForce` and the adherence facts decide).
 *
 * The log, its items and the audit row commit or fail together; a duplicate client id
 * sent at the same moment fails it on the UNIQUE (runner, client id) constraint. The
 * row answered is the one stored: every value is the one written, and the database
 * gives the creation time.
 */
export async function insertSessionLog(
  db: PrismaService,
  input: LogSessionInput,
  keys: NewLogKeys,
  auditInsert: AuditInsert,
  now: Date,
): Promise<LogWrite> {
  const id = randomUUID();
  const items = input.items.map((item) => ({
    id: randomUUID(),
    sessionLogId: id,
    ...itemAnswers(item),
  }));
  const log = {
    id,
    clientId: input.clientId,
    runnerId: keys.runnerId,
    prescriptionId: input.prescriptionId,
    localDate: toDbDate(input.localDate),
    slot: input.slot,
    startedAt: new Date(input.startedAt),
    completedAt: new Date(input.completedAt),
    painBefore: input.painBefore,
    painAfter: input.painAfter,
    effort: input.effort,
    nextMorningPain: null,
    nextMorningAt: null,
    warningSigns: input.warningSigns,
    note: input.note.trim(),
    bodyHash: keys.bodyHash,
    correctsId: keys.correctsId,
    coachComment: null,
    coachCommentAt: null,
  };
  const date = Prisma.sql`${input.localDate}::date`;
  const [row] = await db.sql<LogRefusal & { createdAt: Date | null }>(
    Prisma.sql`
WITH plan AS (
  SELECT p.id, p.start_date, p.end_date,
         (${now}::timestamptz AT TIME ZONE r.time_zone)::date AS today
  FROM prescription p JOIN runner r ON r.id = p.runner_id
  WHERE p.id = ${log.prescriptionId}::uuid AND p.runner_id = ${log.runnerId}::uuid
), in_force AS (
  SELECT v.id FROM prescription_version v JOIN plan ON v.prescription_id = plan.id
  WHERE v.effective_from <= ${date}
  ORDER BY v.effective_from DESC, v.version DESC
  LIMIT 1
), given AS (
  SELECT * FROM json_to_recordset(${JSON.stringify(items)}::json) AS i(id uuid,
    "sessionLogId" uuid, "prescriptionItemId" uuid, "setsLeft" int, "setsRight" int,
    "setsDone" int, "holdSecondsAchieved" int, reps int, "painDuring" int,
    skipped boolean, "skipReason" text)
), verdict AS (
  SELECT
    EXISTS (SELECT 1 FROM session_log s
            WHERE s.runner_id = ${log.runnerId}::uuid AND s.client_id = ${log.clientId}::uuid)
      AS resent,
    plan.id IS NOT NULL AS "planFound",
    plan.start_date::text AS "startDate", plan.end_date::text AS "endDate",
    CASE
      WHEN ${date} > plan.today THEN 'future'
      WHEN ${date} < plan.today - ${LOG_DAYS_BACK}::int THEN 'too-old'
      WHEN ${date} < plan.start_date OR ${date} > plan.end_date THEN 'outside-routine'
    END AS "dateRule",
    ARRAY(SELECT g."prescriptionItemId"::text FROM given g
          WHERE NOT EXISTS (SELECT 1 FROM prescription_item pi JOIN in_force f
                            ON pi.version_id = f.id
                            WHERE pi.id = g."prescriptionItemId"))
      AS "itemsNotInForce"
  FROM (SELECT 1) AS one LEFT JOIN plan ON true
), log AS (
  INSERT INTO session_log (id, client_id, runner_id, prescription_id, local_date, slot,
    started_at, completed_at, pain_before, pain_after, effort, warning_signs, note,
    body_hash, corrects_id)
  SELECT ${log.id}::uuid, ${log.clientId}::uuid, ${log.runnerId}::uuid,
    ${log.prescriptionId}::uuid, ${date}, ${log.slot},
    ${log.startedAt}::timestamptz, ${log.completedAt}::timestamptz, ${log.painBefore},
    ${log.painAfter}, ${log.effort}, ${log.warningSigns}::text[]::"WarningSign"[],
    ${log.note}, ${log.bodyHash}, ${log.correctsId}::uuid
  FROM verdict
  WHERE NOT resent AND "planFound" AND "dateRule" IS NULL
    AND cardinality("itemsNotInForce") = 0
  RETURNING created_at
), items AS (
  INSERT INTO session_item_log (id, session_log_id, prescription_item_id, sets_left,
    sets_right, sets_done, hold_seconds_achieved, reps, pain_during, skipped, skip_reason)
  SELECT g.id, g."sessionLogId", g."prescriptionItemId", g."setsLeft", g."setsRight",
    g."setsDone", g."holdSecondsAchieved", g.reps, g."painDuring", g.skipped,
    g."skipReason"::"SkipReason"
  FROM given g WHERE EXISTS (SELECT 1 FROM log)
), audit AS (${auditInsert(Prisma.sql`EXISTS (SELECT 1 FROM log)`)})
SELECT verdict.*, (SELECT created_at FROM log) AS "createdAt" FROM verdict`,
  );
  const { createdAt, ...refusal } = row;
  return createdAt
    ? { written: { ...log, items, createdAt } }
    : { refused: refusal };
}
