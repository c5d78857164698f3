import { Prisma } from '@rehabit/api-db';
import type { LocalDate } from '@rehabit/shared-domain';

/** What a log is checked against: the routine's dates, the runner's zone, and the
 * exercises of each version. */
export interface PlanForLog {
  startDate: LocalDate;
  endDate: LocalDate | null;
  timeZone: string;
  versions: { version: number; effectiveFrom: LocalDate; itemIds: string[] }[];
}

/**
 * The runner's own prescription as a log is checked against it, in one statement: a
 * session log is the API's most frequent write, and loading the whole routine (pauses,
 * phases, doses) through relation queries took six.
 */
export async function planForLog(
  tx: Prisma.TransactionClient,
  prescriptionId: string,
  runnerId: string,
): Promise<PlanForLog | null> {
  const rows = await tx.$queryRaw<PlanForLog[]>`
SELECT p.start_date::text AS "startDate", p.end_date::text AS "endDate",
       r.time_zone AS "timeZone",
       COALESCE((
         SELECT json_agg(json_build_object(
                  'version', v.version,
                  'effectiveFrom', v.effective_from::text,
                  'itemIds', (SELECT COALESCE(json_agg(i.id), '[]'::json)
                              FROM prescription_item i WHERE i.version_id = v.id)))
         FROM prescription_version v WHERE v.prescription_id = p.id), '[]'::json)
         AS versions
FROM prescription p
JOIN runner r ON r.id = p.runner_id
WHERE p.id = ${prescriptionId}::uuid AND p.runner_id = ${runnerId}::uuid`;
  return rows[0] ?? null;
}
