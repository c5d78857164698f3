import type { PrismaService } from '@rehabit/api-db';
import { LOCKOUT, normalizeEmail, SignInLockout } from './sign-in-lockout';

function lockoutWithFailures(failures: number) {
  const count = jest.fn(async () => failures);
  const prisma = {
    client: { signInAttempt: { count } },
  } as unknown as PrismaService;
  return { lockout: new SignInLockout(prisma), count };
}

describe('SignInLockout', () => {
  it.each([
    [0, false, 0],
    [4, false, 0],
    [5, false, 500],
    [7, false, 1500],
    [9, false, 2500],
    [10, true, 3000],
    [30, true, 5000],
  ])(
    'after %i recent failures: locked %p, delay %p ms',
    async (failures, locked, delayMs) => {
      const { lockout } = lockoutWithFailures(failures);
      expect(await lockout.status('Someone@Example.org ')).toEqual({
        locked,
        delayMs,
      });
    },
  );

  it('counts uncleared failures of the normalised email within the last 15 minutes', async () => {
    const { lockout, count } = lockoutWithFailures(0);
    const now = new Date('2026-11-26T12:00:00Z');
    await lockout.status(' Coach@Clinic.example', now);
    expect(count).toHaveBeenCalledWith({
      where: {
        email: 'coach@clinic.example',
        succeeded: false,
        clearedAt: null,
        at: { gt: new Date(now.getTime() - LOCKOUT.window) },
      },
    });
  });

  it('normalises emails by trimming and lower-casing', () => {
    expect(normalizeEmail('  Ada@X.Test ')).toBe('ada@x.test');
  });
});
