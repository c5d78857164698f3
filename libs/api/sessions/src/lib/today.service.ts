import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '@rehabit/api-core';
import type { Viewer } from '@rehabit/api-auth';
import { PrismaService } from '@rehabit/api-db';
import {
  PRESCRIPTION_INCLUDE,
  toDbDate,
  toLocalDate,
  toPlan,
  toProgramItem,
  type PrescriptionRow,
  type ProgramItem,
} from '@rehabit/api-program-model';
import {
  addDays,
  CORRECTION_WINDOW_MS,
  expandSchedule,
  formatDailyTotal,
  localDateIn,
  type ScheduledSession,
} from '@rehabit/shared-domain';
import { completedSessionKeys, sessionKey } from './completed-sessions';
import { LOG_INCLUDE, toSessionLog } from './session-log-view';
import type { DayProgress, RunnerToday, TodaySession } from './session.model';

/** How far ahead "next session" looks. */
const NEXT_WITHIN_DAYS = 14;

/**
 * The runner's day in their own time zone: today's scheduled sessions (slot 1 of 2 …),
 * each done or to do, the next one after today, the last 7 days (scheduled and
 * completed, each day counting at most what was scheduled) and the morning check.
 */
@Injectable()
export class TodayService {
  constructor(private readonly prisma: PrismaService) {}

  async today(viewer: Viewer, now = new Date()): Promise<RunnerToday> {
    if (!viewer.runnerId)
      throw new AppError(ErrorCode.FORBIDDEN, 'Only a runner has a Today.');
    const runner = await this.prisma.client.runnerProfile.findUniqueOrThrow({
      where: { id: viewer.runnerId },
      select: { id: true, timeZone: true },
    });
    const today = localDateIn(runner.timeZone, now);
    const weekStart = addDays(today, -6);
    const [rows, logs] = await Promise.all([
      this.prisma.client.prescription.findMany({
        where: { runnerId: runner.id },
        include: PRESCRIPTION_INCLUDE,
      }),
      this.prisma.client.sessionLog.findMany({
        where: {
          runnerId: runner.id,
          localDate: { gte: toDbDate(addDays(today, -7)) },
        },
        include: LOG_INCLUDE,
        orderBy: { completedAt: 'asc' },
      }),
    ]);
    const completed = completedSessionKeys(logs);
    const expand = (from: string, to: string) =>
      rows.flatMap((row) =>
        expandSchedule(toPlan(row), from, to).map((s) => ({ row, s })),
      );
    const view = ({ row, s }: { row: PrescriptionRow; s: ScheduledSession }) =>
      this.toTodaySession(
        row,
        s,
        completed.has(sessionKey(row.id, s.date, s.slot)),
      );

    const sessions = expand(today, today).map(view).sort(bySlot);
    const next =
      expand(addDays(today, 1), addDays(today, NEXT_WITHIN_DAYS))
        .map(view)
        .sort(bySlot)[0] ?? null;
    const week: DayProgress[] = [];
    const past = expand(weekStart, today);
    for (let date = weekStart; date <= today; date = addDays(date, 1)) {
      const due = past.filter(({ s }) => s.date === date);
      week.push({
        date,
        scheduled: due.length,
        completed: due.filter(({ row, s }) =>
          completed.has(sessionKey(row.id, date, s.slot)),
        ).length,
      });
    }
    const yesterday = addDays(today, -1);
    const lastOfYesterday = logs
      .filter((log) => toLocalDate(log.localDate) === yesterday)
      .at(-1);
    const correctable = await this.prisma.client.sessionLog.findMany({
      where: {
        runnerId: runner.id,
        createdAt: { gt: new Date(now.getTime() - CORRECTION_WINDOW_MS) },
        correctedBy: null,
      },
      include: LOG_INCLUDE,
      orderBy: { createdAt: 'desc' },
    });
    return {
      correctable: correctable.map(toSessionLog),
      date: today,
      timeZone: runner.timeZone,
      sessions,
      next,
      week,
      morningCheck:
        lastOfYesterday && lastOfYesterday.nextMorningPain === null
          ? toSessionLog(lastOfYesterday)
          : null,
    };
  }

  private toTodaySession(
    row: PrescriptionRow,
    session: ScheduledSession,
    done: boolean,
  ): TodaySession {
    const items = new Map<string, ProgramItem>(
      row.versions.flatMap((v) =>
        v.phases.flatMap((p) =>
          p.items.map((item) => [item.id, toProgramItem(item)] as const),
        ),
      ),
    );
    return {
      prescriptionId: row.id,
      prescriptionName: row.name,
      date: session.date,
      slot: session.slot,
      slotsThatDay: session.slotsThatDay,
      items: session.items.map((item) => items.get(item.id) as ProgramItem),
      totalText: formatDailyTotal(
        session.items.map((item) => ({ ...item, timesPerDay: 1 })),
      ),
      done,
    };
  }
}

function bySlot(a: TodaySession, b: TodaySession): number {
  return (
    a.date.localeCompare(b.date) ||
    a.slot - b.slot ||
    a.prescriptionName.localeCompare(b.prescriptionName)
  );
}
