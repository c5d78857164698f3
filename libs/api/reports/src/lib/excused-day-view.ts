import { toLocalDate } from '@rehabit/api-program-model';
import type { ExcuseReason } from '@rehabit/shared-domain';
import type { ExcusedDay } from './report.model';

export function toExcusedDay(
  row: {
    id: string;
    date: Date;
    reason: string;
    note: string;
    reportedById: string;
    confirmedAt: Date | null;
  },
  runnerUserId: string | null,
): ExcusedDay {
  return {
    id: row.id,
    date: toLocalDate(row.date),
    reason: row.reason as ExcuseReason,
    note: row.note,
    reportedByRunner:
      runnerUserId !== null && row.reportedById === runnerUserId,
    confirmed: row.confirmedAt !== null,
  };
}
