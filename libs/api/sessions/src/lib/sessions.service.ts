import { Injectable } from '@nestjs/common';
import {
  AppError,
  assertValid,
  BadUserInputError,
  ErrorCode,
  NotFoundError,
} from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import { runnersVisibleTo, type Viewer } from '@rehabit/api-auth';
import { isUniqueViolation, PrismaService } from '@rehabit/api-db';
import { toDbDate, toLocalDate } from '@rehabit/api-program-model';
import {
  addDays,
  checkIntInRange,
  checkText,
  checkUuid,
  COACH_COMMENT_MAX,
  CORRECTION_WINDOW_MS,
  daysBetween,
  isLocalDate,
  localDateIn,
  SCALE_0_10,
  validateSessionLog,
} from '@rehabit/shared-domain';
import { insertSessionLog } from './insert-session-log';
import { planRefusalError } from './log-refusal';
import {
  bodyHash,
  LOG_INCLUDE,
  toSessionLog,
  type SessionLogRow,
} from './session-log-view';
import type { LogSessionInput, SessionLog } from './session.model';

const CONFLICT_MESSAGE =
  'This session was already saved with different answers. Start a new session, or correct the saved one.';

/**
 * Session logs, written by the runner's phone. A log is idempotent by its client id
 * (made when the session starts): the same id and body return the original log, a
 * different body is CONFLICT, and the UNIQUE (runner, client id) constraint decides
 * races. The plan decides what may be logged: the runner's own prescription, a date
 * in its window, today or up to 7 days back, exercises of the version in force.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  log(viewer: Viewer, input: LogSessionInput): Promise<SessionLog> {
    return this.write(viewer, input, null);
  }

  /** A new revision of a log within 24 hours; the original is kept. */
  async correct(
    viewer: Viewer,
    correctsId: string,
    input: LogSessionInput,
  ): Promise<SessionLog> {
    assertValid(checkUuid('correctsId', correctsId));
    const original = await this.prisma.client.sessionLog.findFirst({
      where: { id: correctsId, runnerId: runnerIdOf(viewer) },
      include: { correctedBy: { select: { id: true } } },
    });
    if (!original) throw new NotFoundError('Session log');
    if (original.clientId === input.clientId)
      throw new BadUserInputError([
        {
          field: 'input.clientId',
          message: 'must be new: a correction is a new log, never a resend',
        },
      ]);
    if (Date.now() - original.createdAt.getTime() > CORRECTION_WINDOW_MS)
      throw new AppError(
        ErrorCode.CONFLICT,
        'A session can be corrected for 24 hours after it was saved.',
      );
    if (
      original.prescriptionId !== input.prescriptionId ||
      toLocalDate(original.localDate) !== input.localDate ||
      original.slot !== input.slot
    )
      throw new BadUserInputError([
        {
          field: 'input.localDate',
          message:
            'must be the session of the log it corrects (same routine, date and slot)',
        },
      ]);
    if (original.correctedBy)
      throw new AppError(
        ErrorCode.CONFLICT,
        'This log was already corrected: correct the newest version.',
      );
    return this.write(viewer, input, correctsId);
  }

  /**
   * A runner's logs between two local dates, newest first: the runner's own, their
   * coach's runners, the clinic's for an admin; a read by anyone but the runner is
   * audited. Another runner's answers exactly like a missing one.
   */
  async listForRunner(
    viewer: Viewer,
    runnerId: string,
    from: string,
    to: string,
  ): Promise<SessionLog[]> {
    assertValid([
      ...checkUuid('runnerId', runnerId),
      ...(isLocalDate(from)
        ? []
        : [{ field: 'from', message: 'must be a date written YYYY-MM-DD' }]),
      ...(isLocalDate(to)
        ? []
        : [{ field: 'to', message: 'must be a date written YYYY-MM-DD' }]),
    ]);
    if (to < from || daysBetween(from, to) > 366)
      throw new BadUserInputError([
        {
          field: 'to',
          message: 'must be on or after from, at most a year later',
        },
      ]);
    const runner = await this.prisma.client.runnerProfile.findFirst({
      where: { AND: [runnersVisibleTo(viewer), { id: runnerId }] },
      select: { id: true },
    });
    if (!runner) throw new NotFoundError('Runner');
    const rows = await this.prisma.client.sessionLog.findMany({
      where: {
        runnerId,
        localDate: { gte: toDbDate(from), lte: toDbDate(to) },
      },
      include: LOG_INCLUDE,
      orderBy: [{ localDate: 'desc' }, { slot: 'desc' }, { createdAt: 'desc' }],
    });
    if (viewer.runnerId !== runnerId)
      await this.audit.success(viewer, runnerId, 'session-logs.read');
    return rows.map(toSessionLog);
  }

  /** The coach's short comment on a log, which the runner sees; empty text removes it. */
  async comment(
    viewer: Viewer,
    logId: string,
    comment: string,
  ): Promise<SessionLog> {
    assertValid([
      ...checkUuid('logId', logId),
      ...checkText('comment', comment, COACH_COMMENT_MAX, false),
    ]);
    return this.prisma.client.$transaction(async (tx) => {
      const found = await tx.sessionLog.findFirst({
        where: { id: logId, runner: runnersVisibleTo(viewer) },
        select: { runnerId: true },
      });
      if (!found) throw new NotFoundError('Session log');
      const text = comment.trim();
      const row = await tx.sessionLog.update({
        where: { id: logId },
        data: {
          coachComment: text === '' ? null : text,
          coachCommentAt: text === '' ? null : new Date(),
        },
        include: LOG_INCLUDE,
      });
      await this.audit.success(
        viewer,
        found.runnerId,
        'session-log.comment',
        tx,
      );
      return toSessionLog(row);
    });
  }

  /** The morning after a session: how is the pain? Asked once. */
  async recordNextMorningPain(
    viewer: Viewer,
    sessionLogId: string,
    pain: number,
  ): Promise<SessionLog> {
    assertValid([
      ...checkUuid('sessionLogId', sessionLogId),
      ...checkIntInRange('pain', pain, SCALE_0_10),
    ]);
    const runnerId = runnerIdOf(viewer);
    const row = await this.prisma.client.sessionLog.findFirst({
      where: { id: sessionLogId, runnerId },
      include: { runner: { select: { timeZone: true } } },
    });
    if (!row) throw new NotFoundError('Session log');
    const today = localDateIn(row.runner.timeZone, new Date());
    if (today !== addDays(toLocalDate(row.localDate), 1))
      throw new AppError(
        ErrorCode.CONFLICT,
        'The morning check is for the morning after a session.',
      );
    await this.prisma.client.$transaction(async (tx) => {
      const { count } = await tx.sessionLog.updateMany({
        where: { id: sessionLogId, nextMorningPain: null },
        data: { nextMorningPain: pain, nextMorningAt: new Date() },
      });
      if (count === 0)
        throw new AppError(
          ErrorCode.CONFLICT,
          'This morning’s answer was already saved.',
        );
      await this.audit.success(viewer, runnerId, 'session.morning-check', tx);
    });
    return toSessionLog(
      await this.prisma.client.sessionLog.findUniqueOrThrow({
        where: { id: sessionLogId },
        include: LOG_INCLUDE,
      }),
    );
  }

  private async write(
    viewer: Viewer,
    input: LogSessionInput,
    correctsId: string | null,
  ): Promise<SessionLog> {
    assertValid(validateSessionLog(input));
    const runnerId = runnerIdOf(viewer);
    const hash = bodyHash(input);
    try {
      const { written, refused } = await insertSessionLog(
        this.prisma,
        input,
        { runnerId, bodyHash: hash, correctsId },
        (writtenIf) =>
          this.audit.successInsertSql(
            viewer,
            runnerId,
            correctsId ? 'session.correct' : 'session.log',
            writtenIf,
          ),
        new Date(),
      );
      if (written) return toSessionLog(written);
      // A resend answers with the log first sent, whatever the plan says now.
      if (refused.resent) return this.resentLog(runnerId, input.clientId, hash);
      throw planRefusalError(refused, input);
    } catch (error) {
      // A concurrent retry with the same client id won the race: answer with its log.
      if (isUniqueViolation(error)) {
        const winner = await this.findByClientId(runnerId, input.clientId);
        if (winner) return sameOrConflict(winner, hash);
        if (correctsId)
          throw new AppError(
            ErrorCode.CONFLICT,
            'This log was already corrected: correct the newest version.',
          );
      }
      throw error;
    }
  }

  private async resentLog(
    runnerId: string,
    clientId: string,
    hash: string,
  ): Promise<SessionLog> {
    const first = await this.findByClientId(runnerId, clientId);
    if (!first) throw new NotFoundError('Session log');
    return sameOrConflict(first, hash);
  }

  private findByClientId(
    runnerId: string,
    clientId: string,
  ): Promise<SessionLogRow | null> {
    return this.prisma.client.sessionLog.findUnique({
      where: { runnerId_clientId: { runnerId, clientId } },
      include: LOG_INCLUDE,
    });
  }
}

function runnerIdOf(viewer: Viewer): string {
  if (!viewer.runnerId)
    throw new AppError(
      ErrorCode.FORBIDDEN,
      'Only a runner logs their own sessions.',
    );
  return viewer.runnerId;
}

function sameOrConflict(row: SessionLogRow, hash: string): SessionLog {
  if (row.bodyHash !== hash)
    throw new AppError(ErrorCode.CONFLICT, CONFLICT_MESSAGE);
  return toSessionLog(row);
}
