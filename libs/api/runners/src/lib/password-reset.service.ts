import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  assertValid,
  NotFoundError,
  type AppConfig,
} from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import {
  hashPassword,
  normalizeEmail,
  publicUrlOf,
  runnersVisibleTo,
  SignInLockout,
  type Viewer,
} from '@rehabit/api-auth';
import { PrismaService, type Prisma } from '@rehabit/api-db';
import { passwordResetMail, Mailer } from '@rehabit/api-mail';
import { validatePassword } from '@rehabit/shared-domain';
import {
  hashLinkToken,
  INVITATION_LIFETIME_MS,
  linkUrl,
  newLinkToken,
  RESET_LIFETIME_MS,
  unusableLinkError,
} from './link-token';
import { checkEmail } from './runner-input.validation';

const STAFF_ROLES = ['owner', 'admin', 'coach'];

/**
 * Emailed links a person may ask for themself: one per account every 5 minutes and
 * 5 a day, so that nobody can flood someone's mailbox from the sign-in page.
 */
export const SELF_SERVICE_RESETS = {
  minIntervalMs: 5 * 60_000,
  perDay: 5,
} as const;

export interface IssuedLink {
  url: string;
  expiresAt: Date;
}

/**
 * Forgotten passwords. An admin (for anyone in the clinic) or a runner's coach (for
 * that runner) makes a single-use link to hand over, also emailed when SMTP is set up;
 * with SMTP, a person can ask for one by email themself. Using a link sets the new
 * password, ends every session of the account and clears its lock.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly lockout: SignInLockout,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createLink(
    viewer: Viewer,
    email: string,
  ): Promise<IssuedLink & { emailed: boolean }> {
    const normalized = normalizeEmail(email ?? '');
    assertValid(checkEmail('email', normalized));
    const userId = await this.userResettableBy(viewer, normalized);
    const link = await this.prisma.client.$transaction(async (tx) => {
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
    return { ...link, emailed: await this.mailLink(userId, link) };
  }

  /**
   * "Forgot password" from the sign-in page. The answer is the same whether or not the
   * address has an account, and the email leaves in the background so that timing
   * tells nothing either. False means this server sends no email at all.
   */
  async requestByEmail(email: string): Promise<boolean> {
    const normalized = normalizeEmail(email ?? '');
    assertValid(checkEmail('email', normalized));
    if (!this.mailer.enabled) return false;
    const user = await this.prisma.client.user.findUnique({
      where: { email: normalized },
      select: { id: true, memberships: { select: { organizationId: true } } },
    });
    if (!user || user.memberships.length === 0) {
      await this.audit.record({
        actorUserId: null,
        action: 'auth.reset.request',
        outcome: 'FAILURE',
      });
      return true;
    }
    const link = await this.prisma.client.$transaction(async (tx) => {
      const allowed = await this.selfServiceAllowed(tx, user.id);
      await this.audit.record(
        {
          actorUserId: user.id,
          clinicId: user.memberships[0]?.organizationId ?? null,
          action: 'auth.reset.request',
          outcome: allowed ? 'SUCCESS' : 'DENIED',
        },
        tx,
      );
      return allowed ? this.issue(tx, user.id, user.id, 'reset') : null;
    });
    if (link) void this.mailLink(user.id, link);
    return true;
  }

  private async selfServiceAllowed(
    tx: Prisma.TransactionClient,
    userId: string,
  ): Promise<boolean> {
    const now = Date.now();
    const recent = await tx.passwordReset.findMany({
      where: {
        userId,
        createdById: userId,
        createdAt: { gt: new Date(now - 24 * 3_600_000) },
      },
      select: { createdAt: true },
      orderBy: { createdAt: 'desc' },
    });
    const latest = recent[0]?.createdAt.getTime() ?? 0;
    return (
      recent.length < SELF_SERVICE_RESETS.perDay &&
      now - latest >= SELF_SERVICE_RESETS.minIntervalMs
    );
  }

  private async mailLink(userId: string, link: IssuedLink): Promise<boolean> {
    if (!this.mailer.enabled) return false;
    const user = await this.prisma.client.user.findUniqueOrThrow({
      where: { id: userId },
    });
    return this.mailer.send(
      user.email,
      passwordResetMail({ name: user.name, ...link }),
      'password-reset',
    );
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
  ): Promise<IssuedLink> {
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
      if (!userId)
        throw unusableLinkError(pending, {
          unknown: 'is not a valid reset link',
          used: 'has already been used',
          replaced: 'was replaced by a newer link',
          expired: 'has expired: ask for a new one',
        });
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
