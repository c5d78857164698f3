import {
  STATEMENT_TIMEOUT_MS,
  type Prisma,
  type PrismaClient,
} from '@rehabit/api-db';

/**
 * Runs a report statement built on `dayFactsCte`, which keeps the ended days it
 * computes, in a transaction of its own holding the days' lock shared. A change to a day
 * that may be kept takes the lock exclusively (the triggers of the migration
 * adherence_day_cache), so a day is never kept from a snapshot that misses a change
 * committed while the report ran. Reports never wait for each other.
 */
export function queryKeepingDays<T>(
  client: PrismaClient,
  statement: Prisma.Sql,
): Promise<T> {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(adherence_day_lock_key())`;
      return tx.$queryRaw<T>(statement);
    },
    // A first report over a whole clinic computes every day: it may take as long as
    // the statement timeout allows (Prisma's default for a transaction is 5 s).
    { timeout: STATEMENT_TIMEOUT_MS + 5_000 },
  );
}
