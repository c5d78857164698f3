import { NotFoundError } from '@rehabit/api-core';
import { runnersVisibleTo, type Viewer } from '@rehabit/api-auth';
import type { Prisma } from '@rehabit/api-db';

/** A Prisma @db.Date as the local date it stands for. */
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const instant = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Everything Rehabit holds about one runner, for the runner's right of access: the
 * profile and account, the invitations (never their tokens), every prescription with
 * its versions, phases, doses and pauses, every session log with its items, notes and
 * the coach's comments, the excused days, and who read or changed the runner's data
 * (the audit rows naming the runner). Times are UTC; dates are the runner's local dates.
 */
export async function readRunnerRecord(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  runnerId: string,
) {
  const runner = await tx.runnerProfile.findFirst({
    where: { AND: [runnersVisibleTo(viewer), { id: runnerId }] },
    include: {
      clinic: { select: { name: true } },
      coach: { select: { name: true, email: true } },
      user: { select: { email: true, createdAt: true } },
      invitations: { orderBy: { createdAt: 'asc' } },
    },
  });
  if (!runner) throw new NotFoundError('Runner');
  const [prescriptions, sessionLogs, excusedDays, auditRows] =
    await Promise.all([
      tx.prescription.findMany({
        where: { runnerId },
        orderBy: { startDate: 'asc' },
        include: {
          pauses: { orderBy: { startDate: 'asc' } },
          versions: {
            orderBy: { version: 'asc' },
            include: {
              phases: { orderBy: { position: 'asc' } },
              items: {
                orderBy: [{ phaseId: 'asc' }, { position: 'asc' }],
                include: { exercise: { select: { name: true } } },
              },
            },
          },
        },
      }),
      tx.sessionLog.findMany({
        where: { runnerId },
        orderBy: [{ localDate: 'asc' }, { slot: 'asc' }, { createdAt: 'asc' }],
        include: {
          items: {
            include: {
              prescriptionItem: {
                select: { exercise: { select: { name: true } } },
              },
            },
          },
        },
      }),
      tx.excusedDay.findMany({
        where: { runnerId },
        orderBy: { date: 'asc' },
      }),
      tx.auditEvent.findMany({
        where: { runnerId, clinicId: viewer.clinicId },
        orderBy: { occurredAt: 'asc' },
      }),
    ]);
  const actorIds = [
    ...new Set(auditRows.flatMap((row) => row.actorUserId ?? [])),
  ];
  const actors = new Map(
    (
      await tx.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, name: true },
      })
    ).map((user) => [user.id, user.name]),
  );

  return {
    format: 'rehabit-runner-record/1',
    exportedAt: new Date().toISOString(),
    exportedBy: viewer.name,
    clinic: runner.clinic.name,
    runner: {
      id: runner.id,
      name: runner.name,
      email: runner.email,
      timeZone: runner.timeZone,
      status: runner.status,
      coach: runner.coach,
      addedAt: instant(runner.createdAt),
      dischargedAt: instant(runner.dischargedAt),
      erasedAt: instant(runner.erasedAt),
    },
    account: runner.user
      ? { email: runner.user.email, joinedAt: instant(runner.user.createdAt) }
      : null,
    invitations: runner.invitations.map((link) => ({
      sentAt: instant(link.createdAt),
      expiresAt: instant(link.expiresAt),
      usedAt: instant(link.usedAt),
      replacedAt: instant(link.invalidatedAt),
    })),
    prescriptions: prescriptions.map((p) => ({
      id: p.id,
      name: p.name,
      startDate: day(p.startDate),
      endDate: day(p.endDate),
      prescribedAt: instant(p.createdAt),
      pauses: p.pauses.map((pause) => ({
        from: day(pause.startDate),
        to: day(pause.endDate),
        reason: pause.reason,
      })),
      versions: p.versions.map((v) => ({
        version: v.version,
        effectiveFrom: day(v.effectiveFrom),
        changeNote: v.changeNote,
        phases: v.phases.map((phase) => ({
          name: phase.name,
          startWeek: phase.startWeek,
          endWeek: phase.endWeek,
          items: v.items
            .filter((item) => item.phaseId === phase.id)
            .map((item) => ({
              id: item.id,
              exercise: item.exercise.name,
              holdSeconds: item.holdSeconds,
              reps: item.reps,
              sets: item.sets,
              side: item.side,
              restSeconds: item.restSeconds,
              timesPerDay: item.timesPerDay,
              daysOfWeek: item.daysOfWeek,
              intensity: item.intensity,
              load: item.load,
              tempo: item.tempo,
              cues: item.cues,
              notes: item.notes,
              from: day(item.startDate),
              to: day(item.endDate),
            })),
        })),
      })),
    })),
    sessionLogs: sessionLogs.map((log) => ({
      id: log.id,
      prescriptionId: log.prescriptionId,
      localDate: day(log.localDate),
      slot: log.slot,
      startedAt: instant(log.startedAt),
      completedAt: instant(log.completedAt),
      painBefore: log.painBefore,
      painAfter: log.painAfter,
      effort: log.effort,
      nextMorningPain: log.nextMorningPain,
      warningSigns: log.warningSigns,
      note: log.note,
      correctsId: log.correctsId,
      coachComment: log.coachComment,
      items: log.items.map((item) => ({
        exercise: item.prescriptionItem.exercise.name,
        setsLeft: item.setsLeft,
        setsRight: item.setsRight,
        setsDone: item.setsDone,
        holdSecondsAchieved: item.holdSecondsAchieved,
        reps: item.reps,
        painDuring: item.painDuring,
        skipped: item.skipped,
        skipReason: item.skipReason,
      })),
    })),
    excusedDays: excusedDays.map((d) => ({
      date: day(d.date),
      reason: d.reason,
      note: d.note,
      reportedAt: instant(d.createdAt),
      confirmedAt: instant(d.confirmedAt),
      withdrawnAt: instant(d.revokedAt),
    })),
    accessLog: auditRows.map((row) => ({
      at: instant(row.occurredAt),
      by: row.actorUserId
        ? (actors.get(row.actorUserId) ?? 'a removed account')
        : 'nobody signed in',
      action: row.action,
      outcome: row.outcome,
    })),
  };
}

export type RunnerRecord = Awaited<ReturnType<typeof readRunnerRecord>>;
