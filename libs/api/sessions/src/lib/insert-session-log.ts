import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaService } from '@rehabit/api-db';
import { toDbDate } from '@rehabit/api-program-model';
import { itemAnswers } from '@rehabit/shared-domain';
import type { SessionLogRow } from './session-log-view';
import type { LogSessionInput } from './session.model';

/** What is stored of a log beyond the runner's answers. */
export interface NewLogKeys {
  runnerId: string;
  bodyHash: string;
  correctsId: string | null;
}

/**
 * A session log, its item logs and its audit row, written as ONE statement: a session
 * log is the API's most frequent write, and as a Prisma batch (a nested create, its
 * read-back and the audit row, in a transaction) it spent more of the API's time
 * planning the queries than PostgreSQL spent running them (docs/benchmarks.md).
 * One statement is atomic: the log, its items and the audit row commit or fail together;
 * a duplicate client id fails it on the UNIQUE (runner, client id) constraint.
 *
 * The row answered is the one stored: every value is the one written, and the database
 * gives the creation time.
 */
export async function insertSessionLog(
  db: PrismaService,
  input: LogSessionInput,
  keys: NewLogKeys,
  auditInsert: Prisma.Sql,
): Promise<SessionLogRow> {
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
  const [written] = await db.sql<{ createdAt: Date }>(Prisma.sql`
WITH log AS (
  INSERT INTO session_log (id, client_id, runner_id, prescription_id, local_date, slot,
    started_at, completed_at, pain_before, pain_after, effort, warning_signs, note,
    body_hash, corrects_id)
  VALUES (${log.id}::uuid, ${log.clientId}::uuid, ${log.runnerId}::uuid,
    ${log.prescriptionId}::uuid, ${input.localDate}::date, ${log.slot},
    ${log.startedAt}::timestamptz, ${log.completedAt}::timestamptz, ${log.painBefore},
    ${log.painAfter}, ${log.effort}, ${log.warningSigns}::text[]::"WarningSign"[],
    ${log.note}, ${log.bodyHash}, ${log.correctsId}::uuid)
  RETURNING created_at
), items AS (
  INSERT INTO session_item_log (id, session_log_id, prescription_item_id, sets_left,
    sets_right, sets_done, hold_seconds_achieved, reps, pain_during, skipped, skip_reason)
  SELECT i.id, i."sessionLogId", i."prescriptionItemId", i."setsLeft", i."setsRight",
    i."setsDone", i."holdSecondsAchieved", i.reps, i."painDuring", i.skipped,
    i."skipReason"::"SkipReason"
  FROM json_to_recordset(${JSON.stringify(items)}::json) AS i(id uuid,
    "sessionLogId" uuid, "prescriptionItemId" uuid, "setsLeft" int, "setsRight" int,
    "setsDone" int, "holdSecondsAchieved" int, reps int, "painDuring" int,
    skipped boolean, "skipReason" text)
), audit AS (${auditInsert})
SELECT created_at AS "createdAt" FROM log`);
  return { ...log, items, createdAt: written.createdAt };
}
