import { Injectable } from '@nestjs/common';
import { assertValid, NotFoundError } from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import { runnersVisibleTo, type Viewer } from '@rehabit/api-auth';
import { PrismaService, type Prisma } from '@rehabit/api-db';
import { stopPrescriptions } from '@rehabit/api-program-model';
import { checkUuid } from '@rehabit/shared-domain';

export const ERASED_NAME = 'Erased runner';

/** An address that cannot reach anyone and keeps (clinic, email) unique. */
const erasedEmail = (runnerId: string) => `erased-${runnerId}@erased.invalid`;

/**
 * Erasing a runner on request (the right to erasure). In one transaction, audited:
 * - the name and email are replaced, the account (password, sessions, membership) is
 *   deleted, invitations and reset links are deleted, sign-in attempts by the address
 *   are deleted;
 * - every free text written by or about the runner is emptied: session notes, the
 *   coach's comments, excused-day notes, pause reasons, version notes, exercise notes;
 * - what is left is numbers under a random id: the session logs' dates, sets and
 *   scores, so the clinic's adherence aggregates over past periods stay true. The
 *   runner leaves every list and report (they read as a random id, NOT_FOUND).
 * Audit rows keep only ids and are append-only: they stay, naming no one.
 */
@Injectable()
export class RunnerErasureService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  async erase(
    viewer: Viewer,
    input: { runnerId: string; confirmName: string },
  ): Promise<boolean> {
    assertValid(checkUuid('input.runnerId', input.runnerId));
    await this.prisma.client.$transaction(async (tx) => {
      const runner = await tx.runnerProfile.findFirst({
        where: { AND: [runnersVisibleTo(viewer), { id: input.runnerId }] },
      });
      if (!runner) throw new NotFoundError('Runner');
      assertValid(
        sameName(input.confirmName, runner.name)
          ? []
          : [
              {
                field: 'input.confirmName',
                message: 'must be the runner’s name exactly as shown',
              },
            ],
      );
      if (runner.status !== 'DISCHARGED')
        await stopPrescriptions(tx, runner, viewer.userId);
      await eraseFreeText(tx, runner.id);
      await eraseIdentity(tx, runner);
      await this.audit.record(
        {
          actorUserId: viewer.userId,
          clinicId: viewer.clinicId,
          runnerId: runner.id,
          action: 'runner.erase',
          outcome: 'SUCCESS',
        },
        tx,
      );
    });
    return true;
  }
}

function sameName(typed: string, name: string): boolean {
  const normal = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase();
  return typeof typed === 'string' && normal(typed) === normal(name);
}

async function eraseFreeText(tx: Prisma.TransactionClient, runnerId: string) {
  await tx.sessionLog.updateMany({
    where: { runnerId },
    data: { note: '', coachComment: null, coachCommentAt: null },
  });
  await tx.excusedDay.updateMany({ where: { runnerId }, data: { note: '' } });
  await tx.prescriptionPause.updateMany({
    where: { prescription: { runnerId } },
    data: { reason: '' },
  });
  await tx.prescriptionVersion.updateMany({
    where: { prescription: { runnerId } },
    data: { changeNote: '' },
  });
  await tx.prescriptionItem.updateMany({
    where: { version: { prescription: { runnerId } } },
    data: { notes: '', cues: '' },
  });
}

async function eraseIdentity(
  tx: Prisma.TransactionClient,
  runner: {
    id: string;
    email: string;
    userId: string | null;
    dischargedAt: Date | null;
  },
) {
  const now = new Date();
  await tx.runnerProfile.update({
    where: { id: runner.id },
    data: {
      name: ERASED_NAME,
      email: erasedEmail(runner.id),
      userId: null,
      status: 'DISCHARGED',
      dischargedAt: runner.dischargedAt ?? now,
      erasedAt: now,
    },
  });
  await tx.runnerInvitation.deleteMany({ where: { runnerId: runner.id } });
  await tx.signInAttempt.deleteMany({
    where: { email: runner.email.toLowerCase() },
  });
  if (runner.userId) {
    await tx.passwordReset.deleteMany({ where: { userId: runner.userId } });
    // Cascades to the account's password, sessions and clinic membership.
    await tx.user.delete({ where: { id: runner.userId } });
  }
}
