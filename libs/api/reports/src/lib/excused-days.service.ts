import { Injectable } from '@nestjs/common';
import {
  AppError,
  assertValid,
  ErrorCode,
  NotFoundError,
} from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import { runnersVisibleTo, type Viewer } from '@rehabit/api-auth';
import { isUniqueViolation, PrismaService, type Prisma } from '@rehabit/api-db';
import { toDbDate } from '@rehabit/api-program-model';
import {
  addDays,
  checkUuid,
  EXCUSE_WINDOW,
  localDateIn,
  validateExcuse,
} from '@rehabit/shared-domain';
import { toExcusedDay } from './excused-day-view';
import type { ExcuseDayInput, ExcusedDay } from './report.model';

const RUNNER = { id: true, userId: true, timeZone: true } as const;

/**
 * Excused days from both sides (PRODUCT.md: days the coach marks leave the
 * denominator): a runner reports a day, which waits for the coach; the coach confirms
 * it or undoes it, or marks a day directly. One active excuse per runner and date.
 */
@Injectable()
export class ExcusedDaysService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  /** The runner's own reports from a week back on. */
  async mine(viewer: Viewer, now = new Date()): Promise<ExcusedDay[]> {
    const runner = await this.ownRunner(viewer);
    const today = localDateIn(runner.timeZone, now);
    const rows = await this.prisma.client.excusedDay.findMany({
      where: {
        runnerId: runner.id,
        revokedAt: null,
        date: { gte: toDbDate(addDays(today, -EXCUSE_WINDOW.runner.back)) },
      },
      orderBy: { date: 'asc' },
    });
    return rows.map((row) => toExcusedDay(row, runner.userId));
  }

  /** A runner reports a day: it waits for the coach's confirmation. */
  async report(
    viewer: Viewer,
    input: ExcuseDayInput,
    now = new Date(),
  ): Promise<ExcusedDay> {
    const runner = await this.ownRunner(viewer);
    assertValid(
      validateExcuse(input, localDateIn(runner.timeZone, now), 'runner'),
    );
    return this.onlyOnePerDay(input.date, async (tx) => {
      await this.refuseSecond(tx, runner.id, input.date);
      const row = await tx.excusedDay.create({
        data: newExcuse(runner.id, input, viewer),
      });
      await this.audit.success(viewer, runner.id, 'excused-day.report', tx);
      return toExcusedDay(row, runner.userId);
    });
  }

  /** A coach marks a day excused (confirmed at once); a pending report is confirmed. */
  async excuse(
    viewer: Viewer,
    runnerId: string,
    input: ExcuseDayInput,
    now = new Date(),
  ): Promise<ExcusedDay> {
    assertValid(checkUuid('runnerId', runnerId));
    const runner = await this.visibleRunner(viewer, runnerId);
    assertValid(
      validateExcuse(input, localDateIn(runner.timeZone, now), 'staff'),
    );
    return this.onlyOnePerDay(input.date, async (tx) => {
      const pending = await tx.excusedDay.findFirst({
        where: {
          runnerId,
          date: toDbDate(input.date),
          revokedAt: null,
          confirmedAt: null,
        },
      });
      if (!pending) await this.refuseSecond(tx, runnerId, input.date);
      const confirmed = {
        confirmedAt: new Date(),
        confirmedById: viewer.userId,
      };
      const row = pending
        ? await tx.excusedDay.update({
            where: { id: pending.id },
            data: confirmed,
          })
        : await tx.excusedDay.create({
            data: { ...newExcuse(runnerId, input, viewer), ...confirmed },
          });
      await this.audit.success(viewer, runnerId, 'excused-day.excuse', tx);
      return toExcusedDay(row, runner.userId);
    });
  }

  async confirm(viewer: Viewer, id: string): Promise<ExcusedDay> {
    return this.change(viewer, id, 'excused-day.confirm', (row) => {
      if (row.confirmedAt)
        throw new AppError(
          ErrorCode.CONFLICT,
          'This day is already confirmed.',
        );
      return { confirmedAt: new Date(), confirmedById: viewer.userId };
    });
  }

  /** Undo: staff undo any; a runner withdraws only their own unconfirmed report. */
  async undo(viewer: Viewer, id: string): Promise<ExcusedDay> {
    return this.change(viewer, id, 'excused-day.undo', (row) => {
      if (viewer.role === 'runner' && row.confirmedAt)
        throw new AppError(
          ErrorCode.FORBIDDEN,
          'Your coach confirmed this day: ask them to undo it.',
        );
      return { revokedAt: new Date() };
    });
  }

  private async change(
    viewer: Viewer,
    id: string,
    action: string,
    patch: (row: { confirmedAt: Date | null }) => Prisma.ExcusedDayUpdateInput,
  ): Promise<ExcusedDay> {
    assertValid(checkUuid('id', id));
    return this.prisma.client.$transaction(async (tx) => {
      const row = await tx.excusedDay.findFirst({
        where: { id, revokedAt: null, runner: runnersVisibleTo(viewer) },
        include: { runner: { select: { userId: true } } },
      });
      if (!row) throw new NotFoundError('Excused day');
      const updated = await tx.excusedDay.update({
        where: { id },
        data: patch(row),
      });
      await this.audit.success(viewer, row.runnerId, action, tx);
      return toExcusedDay(updated, row.runner.userId);
    });
  }

  /** Runs a write in a transaction; a race lost to the one-active-per-day index is CONFLICT. */
  private async onlyOnePerDay<T>(
    date: string,
    write: (tx: Prisma.TransactionClient) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.prisma.client.$transaction(write);
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyExcused(date);
      throw error;
    }
  }

  private async refuseSecond(
    tx: Prisma.TransactionClient,
    runnerId: string,
    date: string,
  ): Promise<void> {
    const active = await tx.excusedDay.count({
      where: { runnerId, date: toDbDate(date), revokedAt: null },
    });
    if (active > 0) throw alreadyExcused(date);
  }

  private async ownRunner(viewer: Viewer) {
    if (!viewer.runnerId)
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'Only a runner reports their own days.',
      );
    return this.visibleRunner(viewer, viewer.runnerId);
  }

  private async visibleRunner(viewer: Viewer, runnerId: string) {
    const runner = await this.prisma.client.runnerProfile.findFirst({
      where: { AND: [runnersVisibleTo(viewer), { id: runnerId }] },
      select: RUNNER,
    });
    if (!runner) throw new NotFoundError('Runner');
    return runner;
  }
}

function alreadyExcused(date: string): AppError {
  return new AppError(
    ErrorCode.CONFLICT,
    `${date} is already excused or awaiting confirmation.`,
    { fields: [{ field: 'input.date', message: 'is already excused' }] },
  );
}

function newExcuse(runnerId: string, input: ExcuseDayInput, by: Viewer) {
  return {
    runnerId,
    date: toDbDate(input.date),
    reason: input.reason,
    note: input.note ?? '',
    reportedById: by.userId,
  };
}
