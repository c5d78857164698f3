import { Prisma } from '../generated/prisma/client';

/** A write refused by a unique constraint: two concurrent requests raced for one row. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === 'P2002'
  );
}
