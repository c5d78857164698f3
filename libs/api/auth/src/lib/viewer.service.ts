import { Inject, Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@rehabit/api-db';
import type { Request, Response } from 'express';
import { AUTH } from './auth.tokens';
import type { Auth } from './auth-instance';
import {
  budgetSpendSql,
  budgetVerdict,
  type BudgetSpend,
  type BudgetVerdict,
} from './request-budget';
import { sessionTokenOf } from './session-cookie';
import { rotateSessionIfDue } from './session-rotation';
import type { Role, Viewer } from './viewer';

/** RELIABILITY.md: a staff session ends after 30 minutes without activity. */
export const STAFF_IDLE_TIMEOUT_MS = 30 * 60_000;
/** Activity is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

const ROLE_OF_MEMBER: Record<string, Role> = {
  owner: 'admin',
  admin: 'admin',
  coach: 'coach',
  runner: 'runner',
};

/** A live-or-expired session found by its token, with its user and first membership. */
interface SignedIn {
  session: {
    id: string;
    userId: string;
    createdAt: Date;
    updatedAt: Date;
    expiresAt: Date;
    ipAddress: string | null;
    userAgent: string | null;
  };
  user: { name: string; email: string };
  member: { role: string; clinicId: string; runnerId: string | null } | null;
}

/**
 * A row of `signedInSql`. Joined to another row (admitOperation's LEFT JOIN), its `id`
 * and every other column are null when no session has the token.
 */
type SignedInRow = Omit<SignedIn['session'], 'id'> &
  SignedIn['user'] & {
    id: string | null;
    role: string | null;
    clinicId: string | null;
    runnerId: string | null;
  };

/**
 * The session of a token with its user, the user's first clinic membership and, for a
 * runner, their runner profile: one statement, as it runs on every request.
 */
function signedInSql(token: string | null): Prisma.Sql {
  return Prisma.sql`
SELECT s.id, s.user_id AS "userId", s.created_at AS "createdAt",
       s.updated_at AS "updatedAt", s.expires_at AS "expiresAt",
       s.ip_address AS "ipAddress", s.user_agent AS "userAgent",
       u.name, u.email, m.role, m.organization_id AS "clinicId", r.id::text AS "runnerId"
FROM auth_session s
JOIN app_user u ON u.id = s.user_id
LEFT JOIN LATERAL (
  SELECT role, organization_id FROM clinic_member
  WHERE user_id = s.user_id ORDER BY created_at LIMIT 1
) m ON true
LEFT JOIN runner r ON r.user_id = s.user_id
WHERE s.token = ${token}`;
}

function signedInOf(row: SignedInRow | undefined): SignedIn | null {
  if (!row?.id) return null;
  return {
    session: {
      id: row.id,
      userId: row.userId,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      expiresAt: row.expiresAt,
      ipAddress: row.ipAddress,
      userAgent: row.userAgent,
    },
    user: { name: row.name, email: row.email },
    member:
      row.role && row.clinicId
        ? { role: row.role, clinicId: row.clinicId, runnerId: row.runnerId }
        : null,
  };
}

@Injectable()
export class ViewerService {
  constructor(
    @Inject(AUTH) private readonly auth: Auth,
    private readonly prisma: PrismaService,
  ) {}

  /**
   * The viewer of a request's session cookie, or null when there is no live session.
   * Given the response, a runner's day-old session is rotated (a new cookie is set).
   */
  async fromRequest(req: Request, res?: Response): Promise<Viewer | null> {
    const token = await this.sessionTokenIn(req);
    if (!token) return null;
    const [row] = await this.prisma.sql<SignedInRow>(signedInSql(token));
    return this.viewerOf(signedInOf(row), res);
  }

  /**
   * Spends a GraphQL operation's request budget and, when it is within the limit,
   * resolves the request's viewer (`req.viewer`, which AccessGuard then uses). Both
   * are read in ONE statement: every operation needs both, and a round trip to the
   * database is a large part of a small operation's cost (docs/benchmarks.md).
   */
  async admitOperation(
    req: Request & { viewer?: Viewer | null },
    res: Response | undefined,
    spend: BudgetSpend,
  ): Promise<BudgetVerdict> {
    const token = await this.sessionTokenIn(req);
    const [row] = await this.prisma.sql<SignedInRow & { spent: number }>(
      Prisma.sql`
WITH spent AS (${budgetSpendSql(spend)})
SELECT spent.count AS spent, signed_in.*
FROM spent LEFT JOIN (${signedInSql(token)}) AS signed_in ON true`,
    );
    const verdict = budgetVerdict(spend, row.spent);
    if (verdict.allowed) req.viewer = await this.viewerOf(signedInOf(row), res);
    return verdict;
  }

  /** The session token of the request's cookie, when its signature is right. */
  private async sessionTokenIn(req: Request): Promise<string | null> {
    const context = await this.auth.$context;
    return sessionTokenOf(
      req.headers.cookie,
      context.authCookies.sessionToken.name,
      context.secret,
    );
  }

  /** The viewer of a session found by its token, after the session's lifetime rules. */
  private async viewerOf(
    found: SignedIn | null,
    res?: Response,
  ): Promise<Viewer | null> {
    if (!found) return null;
    const { session, user, member } = found;
    if (session.expiresAt.getTime() <= Date.now()) {
      // An expired session is deleted when it is presented, as better-auth does.
      await this.prisma.client.session.deleteMany({
        where: { id: session.id },
      });
      return null;
    }
    const role = member ? ROLE_OF_MEMBER[member.role] : undefined;
    if (!member || !role) return null;

    const idleMs = Date.now() - session.updatedAt.getTime();
    if (role !== 'runner' && idleMs > STAFF_IDLE_TIMEOUT_MS) {
      await this.prisma.client.session.deleteMany({
        where: { id: session.id },
      });
      return null;
    }
    if (role === 'runner' && res) {
      await rotateSessionIfDue(
        { prisma: this.prisma.client, auth: this.auth },
        session,
        res,
      );
    } else if (idleMs > TOUCH_EVERY_MS) {
      await this.prisma.client.session.updateMany({
        where: { id: session.id },
        data: { updatedAt: new Date() },
      });
    }
    return {
      userId: session.userId,
      name: user.name,
      email: user.email,
      clinicId: member.clinicId,
      role,
      runnerId: role === 'runner' ? member.runnerId : null,
    };
  }
}
