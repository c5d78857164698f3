import { Prisma } from '../generated/prisma/client';
import { isUniqueViolation } from './unique-violation';

/** A driver error as pg and PGlite throw it: the SQLSTATE in `code`. */
function driverError(code: string): Error {
  return Object.assign(new Error('duplicate key value'), { code });
}

describe('isUniqueViolation', () => {
  it('is true for Prisma’s P2002 and for the driver’s SQLSTATE 23505', () => {
    const p2002 = new Prisma.PrismaClientKnownRequestError('Unique', {
      code: 'P2002',
      clientVersion: 'test',
    });
    expect(isUniqueViolation(p2002)).toBe(true);
    expect(isUniqueViolation(driverError('23505'))).toBe(true);
  });

  it('is false for other refusals: a foreign key, a check, another Prisma code', () => {
    expect(isUniqueViolation(driverError('23503'))).toBe(false);
    expect(isUniqueViolation(driverError('23514'))).toBe(false);
    const p2003 = new Prisma.PrismaClientKnownRequestError('Foreign key', {
      code: 'P2003',
      clientVersion: 'test',
    });
    expect(isUniqueViolation(p2003)).toBe(false);
    expect(isUniqueViolation({ code: '23505' })).toBe(false);
  });
});
