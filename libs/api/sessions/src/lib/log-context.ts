import { Prisma, type PrismaService } from '@rehabit/api-db';
import type { LocalDate } from '@rehabit/shared-domain';

/** What a log is checked against: the routine's dates, the runner's zone, and the
 * exercises of each version. */
export interface PlanForLog {
  startDate: LocalDate;
  endDate: LocalDate | null;
  timeZone: string;
  versions: { version: number; effectiveFrom: LocalDate; itemIds: string[] }[];
}

export interface LogContext {
  /** The runner already sent a log with this client id (a resend). */
  resent: boolean;
  /** The runner's own prescription, or null when it is not theirs or does not exist. */
  plan: PlanForLog | null;
}

/**
 * Whether a log is a resend, and the runner's own prescription as the log is checked
 * against it, in one statement: a session log is the API's most frequent write, and
 * this took seven (the resend look-up, and the whole routine through relation queries).
 */
export async function logContext(
  db: PrismaService,
  runnerId: string,
  clientId: string,
  prescriptionId: string,
): Promise<LogContext> {
  const [row] = await db.sql<PlanForLog & { resent: boolean }>(Prisma.sql`
SELECT EXISTS (SELECT 1 FROM session_log s
               WHERE s.runner_id = ${runnerId}::uuid AND s.client_id = ${clientId}::uuid)
         AS resent,
       p.start_date::text AS "startDate", p.end_date::text AS "endDate",
       r.time_zone AS "timeZone",
       COALESCE((
         SELECT json_agg(json_build_object(
                  'version', v.version,
                  'effectiveFrom', v.effective_from::text,
                  'itemIds', (SELECT COALESCE(json_agg(i.id), '[]'::json)
                              FROM prescription_item i WHERE i.version_id = v.id)))
         FROM prescription_version v WHERE v.prescription_id = p.id), '[]'::json)
         AS versions
FROM (SELECT 1) AS one
LEFT JOIN prescription p
  ON p.id = ${prescriptionId}::uuid AND p.runner_id = ${runnerId}::uuid
LEFT JOIN runner r ON r.id = p.runner_id`);
  const { resent, ...plan } = row;
  return { resent, plan: plan.startDate === null ? null : plan };
}
