import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '@rehabit/api-core';
import type { Viewer } from '@rehabit/api-auth';
import { PrismaService } from '@rehabit/api-db';
import {
  PRESCRIPTION_INCLUDE,
  toDbDate,
  toLocalDate,
  toPlan,
} from '@rehabit/api-program-model';
import { addDays, expandSchedule, localDateIn } from '@rehabit/shared-domain';
import { completedSessionKeys, sessionKey } from './completed-sessions';
import type { RunnerProgress, WeekProgress } from './session.model';

const DAYS = 28;

/**
 * The runner's own last 4 weeks: sessions done against scheduled (each day counting
 * at most its scheduled sessions, as the published formula does), the streak, and the
 * pain after each session with the next morning's answer.
 */
@Injectable()
export class ProgressService {
  constructor(private readonly prisma: PrismaService) {}

  async progress(viewer: Viewer, now = new Date()): Promise<RunnerProgress> {
    if (!viewer.runnerId)
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'Only a runner has their own progress.',
      );
    const runner = await this.prisma.client.runnerProfile.findUniqueOrThrow({
      where: { id: viewer.runnerId },
      select: { id: true, timeZone: true },
    });
    const today = localDateIn(runner.timeZone, now);
    const from = addDays(today, -(DAYS - 1));
    const [rows, logs] = await Promise.all([
      this.prisma.client.prescription.findMany({
        where: { runnerId: runner.id },
        include: PRESCRIPTION_INCLUDE,
      }),
      this.prisma.client.sessionLog.findMany({
        where: { runnerId: runner.id, localDate: { gte: toDbDate(from) } },
        include: { items: { select: { skipped: true } } },
        orderBy: [{ localDate: 'asc' }, { completedAt: 'asc' }],
      }),
    ]);
    const completed = completedSessionKeys(logs);
    const corrected = new Set(
      logs.flatMap((log) => (log.correctsId ? [log.correctsId] : [])),
    );
    const byDay = new Map<string, { scheduled: number; completed: number }>();
    for (const row of rows)
      for (const s of expandSchedule(toPlan(row), from, today)) {
        const day = byDay.get(s.date) ?? { scheduled: 0, completed: 0 };
        day.scheduled++;
        if (completed.has(sessionKey(row.id, s.date, s.slot))) day.completed++;
        byDay.set(s.date, day);
      }
    const weeks: WeekProgress[] = [];
    for (let start = from; start <= today; start = addDays(start, 7)) {
      const week = { start, scheduled: 0, completed: 0 };
      for (let d = 0; d < 7; d++) {
        const day = byDay.get(addDays(start, d));
        week.scheduled += day?.scheduled ?? 0;
        week.completed += day?.completed ?? 0;
      }
      weeks.push(week);
    }
    const standing = logs.filter((log) => !corrected.has(log.id));
    return {
      coachNotes: standing
        .flatMap((log) =>
          log.coachComment && log.coachCommentAt
            ? [
                {
                  date: toLocalDate(log.localDate),
                  slot: log.slot,
                  comment: log.coachComment,
                  at: log.coachCommentAt,
                },
              ]
            : [],
        )
        .sort((a, b) => b.at.getTime() - a.at.getTime()),
      weeks,
      streak: streakUpTo(today, byDay),
      // A corrected log is replaced by its correction in the trend.
      pain: standing.map((log) => ({
        date: toLocalDate(log.localDate),
        painAfter: log.painAfter,
        nextMorningPain: log.nextMorningPain,
      })),
    };
  }
}

/**
 * Days in a row with every scheduled session done, counted back from today (today
 * counts only once it is done, so a morning does not break the streak); days with
 * nothing scheduled neither count nor break it.
 */
export function streakUpTo(
  today: string,
  byDay: ReadonlyMap<string, { scheduled: number; completed: number }>,
): number {
  let streak = 0;
  for (let d = 0; d < DAYS; d++) {
    const date = addDays(today, -d);
    const day = byDay.get(date);
    if (!day || day.scheduled === 0) continue;
    if (day.completed >= day.scheduled) streak++;
    else if (date !== today) break;
  }
  return streak;
}
