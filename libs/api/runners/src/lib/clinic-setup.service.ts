import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, assertValid, ErrorCode } from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import { hashPassword, normalizeEmail } from '@rehabit/api-auth';
import { PrismaService } from '@rehabit/api-db';
import { validatePassword } from '@rehabit/shared-domain';
import { createMemberWithPassword } from './accounts.writer';
import { checkEmail, checkName } from './runner-input.validation';
import type { SetupClinicInput } from './runner.model';

/** Serialises concurrent first-run setups. */
const SETUP_LOCK = 7_346_201;

/**
 * First-run setup: on a database with no clinic, anyone who can reach the server
 * creates the clinic and its admin, once. After that the operation is refused;
 * there is no open sign-up.
 */
@Injectable()
export class ClinicSetupService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  async needsSetup(): Promise<boolean> {
    return (await this.prisma.client.organization.count()) === 0;
  }

  async setup(input: SetupClinicInput): Promise<{ email: string }> {
    const email = normalizeEmail(input.adminEmail ?? '');
    assertValid([
      ...checkName('input.clinicName', input.clinicName),
      ...checkName('input.adminName', input.adminName),
      ...checkEmail('input.adminEmail', email),
      ...validatePassword(input.password, 'staff', 'input.password'),
    ]);
    const passwordHash = await hashPassword(input.password);
    return this.prisma.client.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
      if ((await tx.organization.count()) > 0) {
        throw new AppError(
          ErrorCode.FORBIDDEN,
          'This Rehabit is already set up. Ask your clinic admin for an invitation.',
        );
      }
      const clinicId = randomUUID();
      await tx.organization.create({
        data: { id: clinicId, name: input.clinicName.trim(), slug: clinicId },
      });
      const userId = await createMemberWithPassword(tx, {
        name: input.adminName.trim(),
        email,
        clinicId,
        role: 'admin',
        passwordHash,
      });
      await this.audit.record(
        {
          actorUserId: userId,
          clinicId,
          action: 'clinic.setup',
          outcome: 'SUCCESS',
        },
        tx,
      );
      return { email };
    });
  }
}
