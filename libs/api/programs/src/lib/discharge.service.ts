import { Injectable } from '@nestjs/common';
import {
  AppError,
  assertValid,
  ErrorCode,
  NotFoundError,
} from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import { runnersVisibleTo, type Viewer } from '@rehabit/api-auth';
import { PrismaService } from '@rehabit/api-db';
import { stopPrescriptions } from '@rehabit/api-program-model';
import { checkUuid } from '@rehabit/shared-domain';

/**
 * Discharging a runner: their history stays, readable; their prescriptions end today
 * (one that has not started yet is paused from its start), so nothing new is scheduled.
 */
@Injectable()
export class DischargeService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  async discharge(viewer: Viewer, runnerId: string): Promise<boolean> {
    assertValid(checkUuid('runnerId', runnerId));
    await this.prisma.client.$transaction(async (tx) => {
      const runner = await tx.runnerProfile.findFirst({
        where: { AND: [runnersVisibleTo(viewer), { id: runnerId }] },
      });
      if (!runner) throw new NotFoundError('Runner');
      if (runner.status === 'DISCHARGED')
        throw new AppError(
          ErrorCode.CONFLICT,
          'This runner is already discharged.',
        );
      await stopPrescriptions(tx, runner, viewer.userId);
      await tx.runnerProfile.update({
        where: { id: runnerId },
        data: { status: 'DISCHARGED' },
      });
      await this.audit.record(
        {
          actorUserId: viewer.userId,
          clinicId: viewer.clinicId,
          runnerId,
          action: 'runner.discharge',
          outcome: 'SUCCESS',
        },
        tx,
      );
    });
    return true;
  }
}
