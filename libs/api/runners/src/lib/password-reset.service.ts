import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  assertValid,
  BadUserInputError,
  NotFoundError,
  type AppConfig,
} from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import {
  hashPassword,
  normalizeEmail,
  publicUrlOf,
  SignInLockout,
  type Viewer,
} from '@rehabit/api-auth';
import { PrismaService, type Prisma } from '@rehabit/api-db';
import { validatePassword } from '@rehabit/shared-domain';
import {
  hashLinkToken,
  INVITATION_LIFETIME_MS,
  linkUrl,
  newLinkToken,
  RESET_LIFETIME_MS,
} from './link-token';
import { runnersVisibleTo } from './runners.service';

const STAFF_ROLES = ['owner', 'admin', 'coach'];

/**
 * Forgotten passwords, without email: an admin (for anyone in the clinic) or a
 * runner's coach (for that runner) makes a single-use link to hand over. Using it sets
 * the new password, ends every session of the account and clears its lock.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly lockout: SignInLockout,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createLink(
    viewer: Viewer,
    email: string,
  ): Promise<{ url: string; expiresAt: Date }> {
    const userId = await this.userResettableBy(
      viewer,
      normalizeEmail(email ?? ''),
    );
    return this.prisma.client.$transaction(async (tx) => {
      const link = await this.issue(tx, userId, viewer.userId, 'reset');
      await this.audit.record(
        {
          actorUserId: viewer.userId,
          clinicId: viewer.clinicId,
          action: 'auth.reset.issue',
          outcome: 'SUCCESS',
          detail: { userId },
        },
        tx,
      );
      return link;
    });
  }

  /**
   * A single-use link to choose a password: /reset for a forgotten one (24 h),
   * /welcome for a newly invited staff member (72 h). Earlier links stop working.
   */
  async issue(
    tx: Prisma.TransactionClient,
    userId: string,
    createdById: string,
    page: 'reset' | 'welcome',
  ): Promise<{ url: string; expiresAt: Date }> {
    await tx.passwordReset.updateMany({
      where: { userId, usedAt: null, invalidatedAt: null },
      data: { invalidatedAt: new Date() },
    });
    const token = newLinkToken();
    const lifetime =
      page === 'welcome' ? INVITATION_LIFETIME_MS : RESET_LIFETIME_MS;
    const expiresAt = new Date(Date.now() + lifetime);
    await tx.passwordReset.create({
      data: { userId, tokenHash: hashLinkToken(token), expiresAt, createdById },
    });
    return { url: linkUrl(publicUrlOf(this.config), page, token), expiresAt };
  }

  /** An admin may reset anyone in the clinic; a coach only their own runners. Others: NOT_FOUND. */
  private async userResettableBy(
    viewer: Viewer,
    email: string,
  ): Promise<string> {
    if (viewer.role === 'admin') {
      const member = await this.prisma.client.member.findFirst({
        where: { organizationId: viewer.clinicId, user: { email } },
      });
      if (member) return member.userId;
    } else {
      const runner = await this.prisma.client.runnerProfile.findFirst({
        where: { AND: [runnersVisibleTo(viewer), { email }] },
      });
      if (runner?.userId) return runner.userId;
    }
    throw new NotFoundError('Account');
  }

  async reset(token: string, password: string): Promise<{ email: string }> {
    const tokenHash = hashLinkToken(token ?? '');
    return this.prisma.client.$transaction(async (tx) => {
      const pending = await tx.passwordReset.findUnique({
        where: { tokenHash },
      });
      const staff = pending
        ? (await tx.member.count({
            where: { userId: pending.userId, role: { in: STAFF_ROLES } },
          })) > 0
        : false;
      assertValid(
        validatePassword(
          password,
          staff ? 'staff' : 'runner',
          'input.password',
        ),
      );
      const consumed = await tx.$queryRaw<{ user_id: string }[]>`
        UPDATE password_reset SET used_at = now()
        WHERE token_hash = ${tokenHash} AND used_at IS NULL AND invalidated_at IS NULL AND expires_at > now()
        RETURNING user_id`;
      const userId = consumed[0]?.user_id;
      if (!userId) throw unusable(pending);
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
      await setCredential(tx, userId, await hashPassword(password));
      await tx.session.deleteMany({ where: { userId } });
      await this.audit.record(
        { actorUserId: userId, action: 'auth.reset.use', outcome: 'SUCCESS' },
        tx,
      );
      await this.lockout.unlock(user.email, tx);
      return { email: user.email };
    });
  }
}

function unusable(
  pending: Prisma.PasswordResetGetPayload<object> | null,
): BadUserInputError {
  const reason = !pending
    ? 'is not a valid reset link'
    : pending.usedAt
      ? 'has already been used'
      : pending.invalidatedAt
        ? 'was replaced by a newer link'
        : 'has expired: ask for a new one';
  return new BadUserInputError([{ field: 'input.token', message: reason }]);
}

/** Sets the email-and-password credential, creating it for a newly invited member. */
async function setCredential(
  tx: Prisma.TransactionClient,
  userId: string,
  passwordHash: string,
): Promise<void> {
  const { count } = await tx.account.updateMany({
    where: { userId, providerId: 'credential' },
    data: { password: passwordHash },
  });
  if (count === 0) {
    await tx.account.create({
      data: {
        id: randomUUID(),
        userId,
        accountId: userId,
        providerId: 'credential',
        password: passwordHash,
      },
    });
  }
}
