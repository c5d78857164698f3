import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppError,
  assertValid,
  decodeCursor,
  encodeCursor,
  ErrorCode,
  NotFoundError,
  type AppConfig,
  type Page,
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
import { Mailer, runnerInvitationMail } from '@rehabit/api-mail';
import { Prisma, PrismaService } from '@rehabit/api-db';
import {
  checkUuid,
  PAGE_SIZE,
  validatePage,
  validatePassword,
  type PageRequest,
} from '@rehabit/shared-domain';
import { createMemberWithPassword } from './accounts.writer';
import {
  hashLinkToken,
  INVITATION_LIFETIME_MS,
  linkUrl,
  newLinkToken,
  unusableLinkError,
} from './link-token';
import {
  checkAccountId,
  checkEmail,
  checkName,
  checkTimeZone,
} from './runner-input.validation';
import {
  RunnerStatusEnum,
  type AcceptedInvitation,
  type AddRunnerInput,
  type Runner,
  type RunnerInvitationLink,
} from './runner.model';

const WITH_COACH = { coach: { select: { id: true, name: true } } } as const;
type RunnerRow = Prisma.RunnerProfileGetPayload<{ include: typeof WITH_COACH }>;

function toRunner(row: RunnerRow, signInLocked = false): Runner {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    timeZone: row.timeZone,
    status: row.status as RunnerStatusEnum,
    coach: { id: row.coach.id, name: row.coach.name },
    signInLocked,
  };
}

@Injectable()
export class RunnersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly lockout: SignInLockout,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(
    viewer: Viewer,
    page: PageRequest | null | undefined,
  ): Promise<Page<Runner>> {
    assertValid(validatePage(page));
    const size = page?.size ?? PAGE_SIZE.default;
    const scope = runnersVisibleTo(viewer);
    const after = page?.cursor
      ? (decodeCursor(page.cursor, 2) as [string, string])
      : null;
    const where: Prisma.RunnerProfileWhereInput = after
      ? {
          AND: [
            scope,
            {
              OR: [
                { name: { gt: after[0] } },
                { name: after[0], id: { gt: after[1] } },
              ],
            },
          ],
        }
      : scope;
    const [rows, totalCount] = await this.prisma.client.$transaction(
      async (tx) => {
        const found = await tx.runnerProfile.findMany({
          where,
          include: WITH_COACH,
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
          take: size + 1,
        });
        const count = await tx.runnerProfile.count({ where: scope });
        await this.audit.record(
          {
            actorUserId: viewer.userId,
            clinicId: viewer.clinicId,
            scope: `roster:${viewer.role}`,
            action: 'runners.list',
            outcome: 'SUCCESS',
            detail: { count: Math.min(found.length, size) },
          },
          tx,
        );
        return [found, count] as const;
      },
    );
    const items = rows.slice(0, size);
    const last = items.at(-1);
    const locked = await this.lockout.lockedAmong(
      items.filter((row) => row.userId).map((row) => row.email),
    );
    return {
      items: items.map((row) => toRunner(row, locked.has(row.email))),
      nextCursor:
        rows.length > size && last ? encodeCursor([last.name, last.id]) : null,
      totalCount,
    };
  }

  async get(viewer: Viewer, id: string): Promise<Runner> {
    assertValid(checkUuid('id', id));
    const row = await this.prisma.client.runnerProfile.findFirst({
      where: { AND: [runnersVisibleTo(viewer), { id }] },
      include: WITH_COACH,
    });
    if (!row) throw new NotFoundError('Runner');
    if (viewer.runnerId !== row.id) {
      await this.audit.record({
        actorUserId: viewer.userId,
        clinicId: viewer.clinicId,
        runnerId: row.id,
        action: 'runner.read',
        outcome: 'SUCCESS',
      });
    }
    const locked = row.userId
      ? await this.lockout.lockedAmong([row.email])
      : new Set<string>();
    return toRunner(row, locked.has(row.email));
  }

  /** A coach (or admin) adds a runner, who becomes theirs, and gets the invitation link. */
  async add(
    viewer: Viewer,
    input: AddRunnerInput,
  ): Promise<RunnerInvitationLink> {
    const email = normalizeEmail(input.email ?? '');
    assertValid([
      ...checkName('input.name', input.name),
      ...checkEmail('input.email', email),
      ...checkTimeZone('input.timeZone', input.timeZone),
    ]);
    const created = await this.prisma.client.$transaction(async (tx) => {
      const existing = await tx.runnerProfile.findFirst({
        where: { clinicId: viewer.clinicId, email },
      });
      if (existing)
        throw new AppError(
          ErrorCode.CONFLICT,
          'A runner with this email is already in your clinic.',
          { field: 'input.email' },
        );
      const row = await tx.runnerProfile.create({
        data: {
          clinicId: viewer.clinicId,
          coachId: viewer.userId,
          name: input.name.trim(),
          email,
          timeZone: input.timeZone,
        },
        include: WITH_COACH,
      });
      const link = await this.issueInvitation(tx, viewer, row.id);
      await this.audit.record(
        {
          actorUserId: viewer.userId,
          clinicId: viewer.clinicId,
          runnerId: row.id,
          action: 'runner.add',
          outcome: 'SUCCESS',
        },
        tx,
      );
      return { runner: toRunner(row), ...link };
    });
    return { ...created, emailed: await this.mailInvitation(viewer, created) };
  }

  /** An admin hands a runner to another coach (or admin) of the same clinic. */
  async reassign(
    viewer: Viewer,
    runnerId: string,
    coachId: string,
  ): Promise<Runner> {
    assertValid([
      ...checkUuid('runnerId', runnerId),
      ...checkAccountId('coachId', coachId),
    ]);
    return this.prisma.client.$transaction(async (tx) => {
      const runner = await tx.runnerProfile.findFirst({
        where: { AND: [runnersVisibleTo(viewer), { id: runnerId }] },
      });
      if (!runner) throw new NotFoundError('Runner');
      const coach = await tx.member.findFirst({
        where: {
          organizationId: viewer.clinicId,
          userId: coachId,
          role: { in: ['owner', 'admin', 'coach'] },
        },
      });
      if (!coach) throw new NotFoundError('Coach');
      const row = await tx.runnerProfile.update({
        where: { id: runnerId },
        data: { coachId },
        include: WITH_COACH,
      });
      await this.audit.record(
        {
          actorUserId: viewer.userId,
          clinicId: viewer.clinicId,
          runnerId,
          action: 'runner.reassign',
          outcome: 'SUCCESS',
          detail: { from: runner.coachId, to: coachId },
        },
        tx,
      );
      return toRunner(row);
    });
  }

  /** A new link for a runner who has not joined yet; the previous links stop working. */
  async resendInvitation(
    viewer: Viewer,
    runnerId: string,
  ): Promise<RunnerInvitationLink> {
    assertValid(checkUuid('runnerId', runnerId));
    const resent = await this.prisma.client.$transaction(async (tx) => {
      const row = await tx.runnerProfile.findFirst({
        where: { AND: [runnersVisibleTo(viewer), { id: runnerId }] },
        include: WITH_COACH,
      });
      if (!row) throw new NotFoundError('Runner');
      if (row.status !== 'INVITED')
        throw new AppError(
          ErrorCode.CONFLICT,
          'This runner has already joined.',
        );
      const link = await this.issueInvitation(tx, viewer, row.id);
      return { runner: toRunner(row), ...link };
    });
    return { ...resent, emailed: await this.mailInvitation(viewer, resent) };
  }

  /** Emails the invitation when SMTP is set up; the coach gets the link either way. */
  private async mailInvitation(
    viewer: Viewer,
    invitation: Omit<RunnerInvitationLink, 'emailed'>,
  ): Promise<boolean> {
    if (!this.mailer.enabled) return false;
    const clinic = await this.prisma.client.organization.findUniqueOrThrow({
      where: { id: viewer.clinicId },
    });
    return this.mailer.send(
      invitation.runner.email,
      runnerInvitationMail({
        runnerName: invitation.runner.name,
        coachName: invitation.runner.coach.name,
        clinicName: clinic.name,
        url: invitation.url,
        expiresAt: invitation.expiresAt,
      }),
      'runner-invitation',
    );
  }

  private async issueInvitation(
    tx: Prisma.TransactionClient,
    viewer: Viewer,
    runnerId: string,
  ) {
    await tx.runnerInvitation.updateMany({
      where: { runnerId, usedAt: null, invalidatedAt: null },
      data: { invalidatedAt: new Date() },
    });
    const token = newLinkToken();
    const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
    await tx.runnerInvitation.create({
      data: {
        runnerId,
        tokenHash: hashLinkToken(token),
        expiresAt,
        createdById: viewer.userId,
      },
    });
    await this.audit.record(
      {
        actorUserId: viewer.userId,
        clinicId: viewer.clinicId,
        runnerId,
        action: 'runner.invitation.issue',
        outcome: 'SUCCESS',
      },
      tx,
    );
    return { url: linkUrl(publicUrlOf(this.config), 'join', token), expiresAt };
  }

  /**
   * The runner opens the link and sets a password. The token is consumed atomically
   * (one UPDATE … RETURNING), so of many simultaneous uses exactly one succeeds; the
   * user, credential, membership and profile change commit together.
   */
  async acceptInvitation(
    token: string,
    password: string,
  ): Promise<AcceptedInvitation> {
    assertValid(validatePassword(password, 'runner', 'input.password'));
    const tokenHash = hashLinkToken(token ?? '');
    const passwordHash = await hashPassword(password);
    return this.prisma.client.$transaction(async (tx) => {
      const consumed = await tx.$queryRaw<{ runner_id: string }[]>`
        UPDATE runner_invitation SET used_at = now()
        WHERE token_hash = ${tokenHash} AND used_at IS NULL AND invalidated_at IS NULL AND expires_at > now()
        RETURNING runner_id`;
      const runnerId = consumed[0]?.runner_id;
      if (!runnerId) {
        const invitation = await tx.runnerInvitation.findUnique({
          where: { tokenHash },
        });
        throw unusableLinkError(invitation, {
          unknown: 'is not a valid invitation link',
          used: 'has already been used: sign in instead',
          replaced:
            'was replaced by a newer link: use the latest one your coach sent',
          expired: 'has expired: ask your coach for a new link',
        });
      }
      const runner = await tx.runnerProfile.findUniqueOrThrow({
        where: { id: runnerId },
      });
      if (await tx.user.findUnique({ where: { email: runner.email } })) {
        throw new AppError(
          ErrorCode.CONFLICT,
          'An account with this email already exists. Sign in instead.',
        );
      }
      const userId = await createMemberWithPassword(tx, {
        name: runner.name,
        email: runner.email,
        clinicId: runner.clinicId,
        role: 'runner',
        passwordHash,
      });
      await tx.runnerProfile.update({
        where: { id: runnerId },
        data: { userId, status: 'ACTIVE' },
      });
      await this.audit.record(
        {
          actorUserId: userId,
          clinicId: runner.clinicId,
          runnerId,
          action: 'runner.invitation.accept',
          outcome: 'SUCCESS',
        },
        tx,
      );
      return { email: runner.email };
    });
  }
}
