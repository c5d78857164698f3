import { Prisma } from '../generated/prisma/client';

/** PostgreSQL's SQLSTATE for a unique violation, as the driver reports it. */
const UNIQUE_VIOLATION = '23505';

/**
 * A write refused by a unique constraint: two concurrent requests raced for one row.
 * Prisma's client reports it as P2002; a statement sent without it
 * (PrismaService.sql) fails with the driver's error and the SQLSTATE.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError)
    return error.code === 'P2002';
  return (
    error instanceof Error &&
    (error as Error & { code?: unknown }).code === UNIQUE_VIOLATION
  );
}
