import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { organization } from 'better-auth/plugins';
import type { PrismaClient } from '@rehabit/api-db';
import { PASSWORD_LENGTH } from '@rehabit/shared-domain';
import { hashPassword, verifyPassword } from './password-hash';
import { normalizeEmail, type SignInLockout } from './sign-in-lockout';
import { CLIENT_IP_HEADER } from './client-ip';

/** RELIABILITY.md session lifetimes: staff 12 h absolute (30 min idle, see ViewerService), runners 14 days. */
export const SESSION_LIFETIME_MS = {
  staff: 12 * 3_600_000,
  runner: 14 * 24 * 3_600_000,
} as const;
export const STAFF_ROLES = ['owner', 'admin', 'coach'] as const;

export interface AuthDeps {
  prisma: PrismaClient;
  lockout: SignInLockout;
  secret: string;
  baseURL: string;
  /** Origins allowed to sign in (CSRF protection); the base URL at least. */
  trustedOrigins: string[];
  signInLimitPerHour: number;
  /** Called for every sign-in attempt, to audit it. */
  onSignIn: (attempt: {
    email: string;
    userId: string | null;
    outcome: 'SUCCESS' | 'FAILURE' | 'DENIED';
  }) => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * better-auth, set up for health data: email and password only, no open sign-up (clinics
 * are created by setup, people join by invitation), argon2id, database rate limits,
 * sessions without tokens in JSON, per-account lockout. Each too-open default of
 * STACK.md "Accounts" is closed here; docs/security.md lists them with their tests.
 */
export function createAuth(deps: AuthDeps) {
  return betterAuth({
    appName: 'Rehabit',
    // Its own log lines are not JSON and would name accounts; failures are audited instead.
    logger: { level: 'error' },
    baseURL: deps.baseURL,
    basePath: '/api/auth',
    secret: deps.secret,
    trustedOrigins: deps.trustedOrigins,
    database: prismaAdapter(deps.prisma, { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_LENGTH.runner,
      maxPasswordLength: PASSWORD_LENGTH.max,
      revokeSessionsOnPasswordReset: true,
      password: {
        hash: hashPassword,
        verify: ({ hash, password }) => verifyPassword(hash, password),
      },
    },
    session: {
      expiresIn: SESSION_LIFETIME_MS.runner / 1000,
      // Lifetimes are absolute: a session is never extended by use.
      disableSessionRefresh: true,
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      // Per IP: generous enough for a clinic behind one address, never above 100 an hour.
      customRules: {
        '/sign-in/email': { window: 3_600, max: deps.signInLimitPerHour },
      },
    },
    advanced: {
      useSecureCookies: deps.baseURL.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // Set from the socket by clientIpMiddleware, overwriting whatever a client sent.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
    },
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            const staff = await deps.prisma.member.count({
              where: { userId: session.userId, role: { in: [...STAFF_ROLES] } },
            });
            const lifetime =
              staff > 0
                ? SESSION_LIFETIME_MS.staff
                : SESSION_LIFETIME_MS.runner;
            return {
              data: { ...session, expiresAt: new Date(Date.now() + lifetime) },
            };
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === '/change-password') {
          // A password change always ends the other sessions (RELIABILITY.md).
          return {
            context: {
              ...ctx,
              body: { ...(ctx.body as object), revokeOtherSessions: true },
            },
          };
        }
        if (ctx.path !== '/sign-in/email') return undefined;
        const email = normalizeEmail(
          String((ctx.body as { email?: unknown } | undefined)?.email ?? ''),
        );
        const status = await deps.lockout.status(email);
        if (status.locked) {
          await deps.onSignIn({ email, userId: null, outcome: 'DENIED' });
          throw new APIError('FORBIDDEN', {
            code: 'ACCOUNT_LOCKED',
            message:
              'Too many failed sign-ins. Try again in 15 minutes, or ask your clinic to unlock your account.',
          });
        }
        if (status.delayMs > 0) await sleep(status.delayMs);
        return undefined;
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path === '/sign-in/email') {
          const email = normalizeEmail(
            String((ctx.body as { email?: unknown } | undefined)?.email ?? ''),
          );
          const userId = ctx.context.newSession?.user.id ?? null;
          const ip = ctx.request?.headers.get(CLIENT_IP_HEADER) ?? null;
          await deps.lockout.record(email, ip, userId !== null);
          await deps.onSignIn({
            email,
            userId,
            outcome: userId ? 'SUCCESS' : 'FAILURE',
          });
        }
        // Cookie-only app: never hand the session token to JavaScript.
        const returned = ctx.context.returned as
          | Record<string, unknown>
          | undefined;
        if (
          returned &&
          typeof returned === 'object' &&
          !(returned instanceof Response) &&
          'token' in returned
        ) {
          const { token: _dropped, ...rest } = returned;
          return ctx.json(rest);
        }
        return undefined;
      }),
    },
    plugins: [
      organization({
        // Clinics are made by setup only, never by a signed-in user.
        allowUserToCreateOrganization: false,
        membershipLimit: 100_000,
        // Staff invitations go through Rehabit's own flows; better-auth's endpoints refuse.
        organizationHooks: {
          beforeCreateInvitation: async () => {
            throw new APIError('FORBIDDEN', {
              message: 'Invitations are issued by Rehabit, not this endpoint.',
            });
          },
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
