import type { Prisma } from '@rehabit/api-db';
import { toDbDate } from './program-rows';
import { localDateIn } from '@rehabit/shared-domain';

/**
 * Nothing new is scheduled for the runner from today (discharge, erasure): running
 * prescriptions end today, and one that has not started yet is paused from its start,
 * so its history (and its version 1) stay as they were.
 */
export async function stopPrescriptions(
  tx: Prisma.TransactionClient,
  runner: { id: string; timeZone: string },
  actorUserId: string,
): Promise<void> {
  const today = toDbDate(localDateIn(runner.timeZone, new Date()));
  await tx.prescription.updateMany({
    where: {
      runnerId: runner.id,
      startDate: { lte: today },
      OR: [{ endDate: null }, { endDate: { gt: today } }],
    },
    data: { endDate: today },
  });
  const upcoming = await tx.prescription.findMany({
    where: { runnerId: runner.id, startDate: { gt: today } },
    select: { id: true, startDate: true },
  });
  for (const p of upcoming)
    await tx.prescriptionPause.create({
      data: {
        prescriptionId: p.id,
        startDate: p.startDate,
        reason: 'discharged',
        createdById: actorUserId,
      },
    });
}
