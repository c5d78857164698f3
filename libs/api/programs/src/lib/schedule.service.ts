import { Injectable } from '@nestjs/common';
import { assertValid, NotFoundError } from '@rehabit/api-core';
import { runnersVisibleTo, type Viewer } from '@rehabit/api-auth';
import { PrismaService } from '@rehabit/api-db';
import {
  addDays,
  checkIntInRange,
  checkUuid,
  expandSchedule,
  formatDailyTotal,
  localDateIn,
} from '@rehabit/shared-domain';
import {
  PRESCRIPTION_INCLUDE,
  toPlan,
  toProgramItem,
} from '@rehabit/api-program-model';
import type { ProgramItem, ScheduledSession } from '@rehabit/api-program-model';

/**
 * The scheduled sessions of a runner's coming days, from today in their time zone,
 * by the schedule expansion of libs/shared/domain (versions, phases, pauses, ends).
 */
@Injectable()
export class ScheduleService {
  constructor(private readonly prisma: PrismaService) {}

  async upcoming(
    viewer: Viewer,
    runnerId: string,
    days: number,
    now = new Date(),
  ): Promise<ScheduledSession[]> {
    assertValid([
      ...checkUuid('runnerId', runnerId),
      ...checkIntInRange('days', days, { min: 1, max: 28 }),
    ]);
    const runner = await this.prisma.client.runnerProfile.findFirst({
      where: { AND: [runnersVisibleTo(viewer), { id: runnerId }] },
      select: { timeZone: true },
    });
    if (!runner) throw new NotFoundError('Runner');
    const rows = await this.prisma.client.prescription.findMany({
      where: { runnerId },
      include: PRESCRIPTION_INCLUDE,
    });
    const from = localDateIn(runner.timeZone, now);
    const to = addDays(from, days - 1);
    const sessions = rows.flatMap((row) => {
      const items = new Map<string, ProgramItem>(
        row.versions.flatMap((v) =>
          v.phases.flatMap((p) =>
            p.items.map((item) => [item.id, toProgramItem(item)] as const),
          ),
        ),
      );
      return expandSchedule(toPlan(row), from, to).map((session) => ({
        prescriptionId: row.id,
        prescriptionName: row.name,
        date: session.date,
        slot: session.slot,
        slotsThatDay: session.slotsThatDay,
        items: session.items.map((item) => items.get(item.id) as ProgramItem),
        totalText: formatDailyTotal(
          session.items.map((item) => ({ ...item, timesPerDay: 1 })),
        ),
      }));
    });
    return sessions.sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.prescriptionName.localeCompare(b.prescriptionName) ||
        a.slot - b.slot,
    );
  }
}
