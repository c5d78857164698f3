import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, assertValid, ErrorCode } from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import { normalizeEmail, SignInLockout, type Viewer } from '@rehabit/api-auth';
import { PrismaService } from '@rehabit/api-db';
import { Mailer, staffWelcomeMail } from '@rehabit/api-mail';
import {
  PasswordResetService,
  type IssuedLink,
} from './password-reset.service';
import { checkEmail, checkName } from './runner-input.validation';
import { RoleEnum, type StaffAccount } from './runner.model';

const STAFF_ROLES = ['owner', 'admin', 'coach'];

/**
 * An admin invites a coach: the account and the clinic membership exist at once,
 * without a password; the coach chooses one (12 characters at least) with a
 * single-use /welcome link that lives 72 hours.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly resets: PasswordResetService,
    private readonly lockout: SignInLockout,
    private readonly mailer: Mailer,
  ) {}

  /** The clinic's admins and coaches, for an admin: who has joined, who is locked out. */
  async list(viewer: Viewer): Promise<StaffAccount[]> {
    const members = await this.prisma.client.member.findMany({
      where: { organizationId: viewer.clinicId, role: { in: STAFF_ROLES } },
      include: {
        user: {
          select: {
            id: true,
            name: true,
            email: true,
            accounts: {
              where: { providerId: 'credential' },
              select: { id: true },
            },
          },
        },
      },
      orderBy: { user: { name: 'asc' } },
    });
    const locked = await this.lockout.lockedAmong(
      members.map((m) => m.user.email),
    );
    return members.map(({ role, user }) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: role === 'coach' ? RoleEnum.coach : RoleEnum.admin,
      joined: user.accounts.length > 0,
      signInLocked: locked.has(user.email),
    }));
  }

  async inviteCoach(
    viewer: Viewer,
    input: { name: string; email: string },
  ): Promise<IssuedLink & { emailed: boolean }> {
    const email = normalizeEmail(input.email ?? '');
    assertValid([
      ...checkName('input.name', input.name),
      ...checkEmail('input.email', email),
    ]);
    const link = await this.prisma.client.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email } })) {
        throw new AppError(
          ErrorCode.CONFLICT,
          'An account with this email already exists.',
          { field: 'input.email' },
        );
      }
      const userId = randomUUID();
      await tx.user.create({
        data: { id: userId, name: input.name.trim(), email },
      });
      await tx.member.create({
        data: {
          id: randomUUID(),
          organizationId: viewer.clinicId,
          userId,
          role: 'coach',
        },
      });
      const link = await this.resets.issue(
        tx,
        userId,
        viewer.userId,
        'welcome',
      );
      await this.audit.record(
        {
          actorUserId: viewer.userId,
          clinicId: viewer.clinicId,
          action: 'staff.invite',
          outcome: 'SUCCESS',
          detail: { userId },
        },
        tx,
      );
      return link;
    });
    return { ...link, emailed: await this.mailWelcome(viewer, input, link) };
  }

  private async mailWelcome(
    viewer: Viewer,
    coach: { name: string; email: string },
    link: IssuedLink,
  ): Promise<boolean> {
    if (!this.mailer.enabled) return false;
    const clinic = await this.prisma.client.organization.findUniqueOrThrow({
      where: { id: viewer.clinicId },
    });
    return this.mailer.send(
      normalizeEmail(coach.email),
      staffWelcomeMail({
        name: coach.name.trim(),
        clinicName: clinic.name,
        ...link,
      }),
      'staff-welcome',
    );
  }
}
