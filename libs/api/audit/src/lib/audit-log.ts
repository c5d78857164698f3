import { Injectable } from '@nestjs/common';
import { currentRequestId } from '@rehabit/api-core';
import { PrismaService, type Prisma } from '@rehabit/api-db';

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
   * The audit row of a success as a write not yet sent, to go in a batch transaction
   * with the change it records (`$transaction([change, audit.successWrite(…)])`).
   */
  successWrite(
    actor: { userId: string; clinicId: string },
    runnerId: string | null,
    action: string,
  ) {
    return this.prisma.client.auditEvent.create({
      data: auditRow(successEntry(actor, runnerId, action)),
    });
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
