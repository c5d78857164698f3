import { Injectable } from '@nestjs/common';
import { currentRequestId } from '@rehabit/api-core';
import { randomUUID } from 'node:crypto';
import { Prisma, PrismaService } from '@rehabit/api-db';

export interface AuditEntry {
  actorUserId: string | null;
  clinicId?: string | null;
  runnerId?: string | null;
  /** For reports over many runners: one row naming the report and its scope. */
  scope?: string | null;
  action: string;
  outcome: 'SUCCESS' | 'FAILURE' | 'DENIED';
  /** Identifiers and counts only: never clinical free text, passwords or tokens. */
  detail?: Record<string, string | number | boolean | null>;
}

/**
 * The audit trail (RELIABILITY.md): pass the transaction of the change being
 * recorded, so that the change and its audit row commit or roll back together.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly prisma: PrismaService) {}

  /** A change to (or read of) a runner's data that succeeded, by a signed-in actor. */
  success(
    actor: { userId: string; clinicId: string },
    runnerId: string | null,
    action: string,
    tx: Prisma.TransactionClient = this.prisma.client,
    detail?: AuditEntry['detail'],
  ): Promise<void> {
    return this.record(successEntry(actor, runnerId, action, detail), tx);
  }

  async record(
    entry: AuditEntry,
    tx: Prisma.TransactionClient = this.prisma.client,
  ): Promise<void> {
    await tx.auditEvent.create({ data: auditRow(entry) });
  }

  /**
   * The audit row of a success as SQL, for a write made as one raw statement: it goes
   * in that statement (`WITH … audit AS (${insert}) …`), so the change and its audit
   * row commit or fail together. `writtenIf` is the statement's own test that the
   * change was made (say, `EXISTS (SELECT 1 FROM log)`): no change, no audit row.
   */
  successInsertSql(
    actor: { userId: string; clinicId: string },
    runnerId: string | null,
    action: string,
    writtenIf: Prisma.Sql,
  ): Prisma.Sql {
    const row = auditRow(successEntry(actor, runnerId, action));
    return Prisma.sql`INSERT INTO audit_event
  (id, actor_user_id, clinic_id, runner_id, action, outcome, request_id)
SELECT ${randomUUID()}::uuid, ${row.actorUserId}, ${row.clinicId},
  ${row.runnerId}::uuid, ${row.action}, ${row.outcome}::"AuditOutcome", ${row.requestId}
WHERE ${writtenIf}`;
  }
}

function successEntry(
  actor: { userId: string; clinicId: string },
  runnerId: string | null,
  action: string,
  detail?: AuditEntry['detail'],
): AuditEntry {
  return {
    actorUserId: actor.userId,
    clinicId: actor.clinicId,
    runnerId,
    action,
    outcome: 'SUCCESS',
    detail,
  };
}

function auditRow(entry: AuditEntry) {
  return {
    actorUserId: entry.actorUserId,
    clinicId: entry.clinicId ?? null,
    runnerId: entry.runnerId ?? null,
    scope: entry.scope ?? null,
    action: entry.action,
    outcome: entry.outcome,
    requestId: currentRequestId(),
    detail: entry.detail ?? undefined,
  };
}
