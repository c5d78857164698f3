import { createHash } from 'node:crypto';
import type { Prisma } from '@rehabit/api-db';
import { toLocalDate } from '@rehabit/api-program-model';
import { itemAnswers, needsClinician } from '@rehabit/shared-domain';
import type { LogSessionInput, SessionLog } from './session.model';

export const LOG_INCLUDE = {
  items: { orderBy: { id: 'asc' } },
} as const satisfies Prisma.SessionLogInclude;

export type SessionLogRow = Prisma.SessionLogGetPayload<{
  include: typeof LOG_INCLUDE;
}>;

/** JSON with keys sorted at every level: the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map(
        (key) =>
          `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`,
      )
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** What "the same body" means for a client id: the SHA-256 of the canonical input. */
export function bodyHash(input: LogSessionInput): string {
  return createHash('sha256').update(canonical(input)).digest('hex');
}

/** The answer to a log, always read from the stored row: a retry gets the same answer. */
export function toSessionLog(row: SessionLogRow): SessionLog {
  const items = [...row.items]
    .sort((a, b) => a.prescriptionItemId.localeCompare(b.prescriptionItemId))
    .map(itemAnswers);
  return {
    id: row.id,
    clientId: row.clientId,
    prescriptionId: row.prescriptionId,
    localDate: toLocalDate(row.localDate),
    slot: row.slot,
    startedAt: row.startedAt,
    completedAt: row.completedAt,
    painBefore: row.painBefore,
    painAfter: row.painAfter,
    effort: row.effort,
    nextMorningPain: row.nextMorningPain,
    warningSigns: row.warningSigns,
    note: row.note,
    correctsId: row.correctsId,
    items,
    stopAndContact: needsClinician({ ...row, items }),
    coachComment: row.coachComment,
    coachCommentAt: row.coachCommentAt,
    createdAt: row.createdAt,
  };
}
