import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '@rehabit/api-db';
import { fromNodeHeaders } from 'better-auth/node';
import type { Request, Response } from 'express';
import { AUTH } from './auth.tokens';
import type { Auth } from './auth-instance';
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

interface Membership {
  role: string;
  clinicId: string;
  runnerId: string | null;
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
    const found = await this.auth.api.getSession({
      headers: fromNodeHeaders(req.headers),
      query: { disableCookieCache: true },
    });
    if (!found) return null;
    const member = await this.membershipOf(found.user.id);
    const role = member ? ROLE_OF_MEMBER[member.role] : undefined;
    if (!member || !role) return null;

    const idleMs = Date.now() - new Date(found.session.updatedAt).getTime();
    if (role !== 'runner' && idleMs > STAFF_IDLE_TIMEOUT_MS) {
      await this.prisma.client.session.deleteMany({
        where: { id: found.session.id },
      });
      return null;
    }
    if (role === 'runner' && res) {
      await rotateSessionIfDue(
        { prisma: this.prisma.client, auth: this.auth },
        found.session,
        res,
      );
    } else if (idleMs > TOUCH_EVERY_MS) {
      await this.prisma.client.session.updateMany({
        where: { id: found.session.id },
        data: { updatedAt: new Date() },
      });
    }
    return {
      userId: found.user.id,
      name: found.user.name,
      email: found.user.email,
      clinicId: member.clinicId,
      role,
      runnerId: role === 'runner' ? member.runnerId : null,
    };
  }

  /**
   * The user's first clinic membership and, for a runner, their runner profile: one
   * statement, as it runs on every request.
   */
  private async membershipOf(userId: string): Promise<Membership | null> {
    const rows = await this.prisma.client.$queryRaw<Membership[]>`
SELECT m.role, m.organization_id AS "clinicId", r.id::text AS "runnerId"
FROM clinic_member m
LEFT JOIN runner r ON r.user_id = m.user_id
WHERE m.user_id = ${userId}
ORDER BY m.created_at
LIMIT 1`;
    return rows[0] ?? null;
  }
}
