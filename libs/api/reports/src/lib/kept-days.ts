import type { Prisma, PrismaClient } from '@rehabit/api-db';

/**
 * Runs a report statement built on `dayFactsCte`, which keeps the ended days it
 * computes, in a transaction of its own holding the days' lock shared. A change to a day
 * that may be kept takes the lock exclusively (the triggers of the migration
 * adherence_day_cache), so a day is never kept from a snapshot that misses a change
 * committed while the report ran. Reports never wait for each other.
 */
export async function queryKeepingDays<T>(
  client: PrismaClient,
  statement: Prisma.Sql,
): Promise<T> {
  const [, rows] = await client.$transaction([
    client.$executeRaw`SELECT pg_advisory_xact_lock_shared(adherence_day_lock_key())`,
    client.$queryRaw<T>(statement),
  ]);
  return rows;
}
