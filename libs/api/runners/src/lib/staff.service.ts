import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, assertValid, ErrorCode } from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import { normalizeEmail, type Viewer } from '@rehabit/api-auth';
import { PrismaService } from '@rehabit/api-db';
import { PasswordResetService } from './password-reset.service';
import { checkEmail, checkName } from './runner-input.validation';

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
  ) {}

  async inviteCoach(
    viewer: Viewer,
    input: { name: string; email: string },
  ): Promise<{ url: string; expiresAt: Date }> {
    const email = normalizeEmail(input.email ?? '');
    assertValid([
      ...checkName('input.name', input.name),
      ...checkEmail('input.email', email),
    ]);
    return this.prisma.client.$transaction(async (tx) => {
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
  }
}
