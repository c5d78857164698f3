import { Injectable } from '@nestjs/common';
import { assertValid, NotFoundError } from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import { runnersVisibleTo, type Viewer } from '@rehabit/api-auth';
import { PrismaService } from '@rehabit/api-db';
import { toDbDate, toLocalDate } from '@rehabit/api-program-model';
import {
  addDays,
  checkUuid,
  daysBetween,
  groupBy,
  localDateIn,
  mapInParts,
  validateReportRange,
  type LocalDate,
} from '@rehabit/shared-domain';
import { currentRoutines } from './current-routine';
import { toExcusedDay } from './excused-day-view';
import { queryKeepingDays } from './kept-days';
import { adherenceOf, rosterSignalsOf, signalsOf, sumCounts } from './figures';
import {
  dayFactsQuery,
  exerciseFactsQuery,
  painFiguresQuery,
  runnerFiguresQuery,
  toRunnerFigures,
  type DayCounts,
  type ExerciseCounts,
  type PainFigures,
} from './report-queries';
import type {
  ClinicReport,
  CoachCompliance,
  ReportRangeInput,
  RosterReport,
  RosterRow,
  RunnerReport,
} from './report.model';

const ROSTER_DAYS = 28;
/**
 * The figures are per runner, so a report over more runners than this (a clinic's) asks
 * for them in parts of this many, two at a time: a first read of 5,000 runners over 90
 * days computes 450,000 days, longer than the statement timeout allows in one statement
 * on a small server. A coach's roster is one statement.
 */
const FIGURES_IN_PARTS_OF = 1_000;

/**
 * The compliance reports: every figure comes from set-based SQL over the runners in
 * the viewer's scope (a constant number of statements, whatever the roster size), by
 * the same rules as the pure functions of @rehabit/shared-domain. Each report writes
 * one audit row naming its scope.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  async roster(
    viewer: Viewer,
    range: ReportRangeInput | null | undefined,
    now = new Date(),
  ): Promise<RosterReport> {
    if (range) assertValid(validateReportRange(range));
    const rows = await this.rosterRows(viewer, range ?? null, now);
    await this.audit.record({
      actorUserId: viewer.userId,
      clinicId: viewer.clinicId,
      scope: viewer.role === 'admin' ? 'clinic' : `coach:${viewer.userId}`,
      action: 'report.roster',
      outcome: 'SUCCESS',
      detail: { runners: rows.length },
    });
    return { from: range?.from ?? null, to: range?.to ?? null, rows };
  }

  async clinic(
    viewer: Viewer,
    range: ReportRangeInput | null | undefined,
    now = new Date(),
  ): Promise<ClinicReport> {
    if (range) assertValid(validateReportRange(range));
    const rows = await this.rosterRows(viewer, range ?? null, now);
    const byCoach = groupBy(rows, (row) => row.coachId);
    const coaches = [...byCoach.values()]
      .map((own) => complianceOf(own[0].coachId, own[0].coachName, own))
      .sort((a, b) => a.coachName.localeCompare(b.coachName));
    await this.audit.record({
      actorUserId: viewer.userId,
      clinicId: viewer.clinicId,
      scope: 'clinic',
      action: 'report.clinic',
      outcome: 'SUCCESS',
      detail: { runners: rows.length, coaches: coaches.length },
    });
    return {
      from: range?.from ?? null,
      to: range?.to ?? null,
      coaches,
      overall: complianceOf('all', 'All coaches', rows),
    };
  }

  private async rosterRows(
    viewer: Viewer,
    range: ReportRangeInput | null,
    now: Date,
  ): Promise<RosterRow[]> {
    const runners = await this.prisma.client.runnerProfile.findMany({
      where: {
        AND: [runnersVisibleTo(viewer), { status: { not: 'DISCHARGED' } }],
      },
      select: {
        id: true,
        name: true,
        timeZone: true,
        coach: { select: { id: true, name: true } },
      },
      orderBy: { name: 'asc' },
    });
    if (runners.length === 0) return [];
    const runnerIds = runners.map((r) => r.id);
    const scope = { now, days: ROSTER_DAYS, rangeFrom: range?.from };
    const [figureParts, painRows, routines] = await Promise.all([
      mapInParts(runnerIds, FIGURES_IN_PARTS_OF, 2, (part) =>
        queryKeepingDays<Record<string, unknown>[]>(
          this.prisma.client,
          runnerFiguresQuery({ ...scope, runnerIds: part, rangeTo: range?.to }),
        ),
      ),
      this.prisma.client.$queryRaw<PainFigures[]>(
        painFiguresQuery({ runnerIds, now }),
      ),
      currentRoutines(this.prisma, runners, now),
    ]);
    const figures = new Map(
      figureParts.flat().map((row) => {
        const f = toRunnerFigures(row);
        return [f.runnerId, f];
      }),
    );
    const pains = new Map(painRows.map((p) => [p.runnerId, p]));
    return runners.map((runner) => {
      const f = figures.get(runner.id);
      if (!f) throw new Error(`no figures for runner ${runner.id}`);
      const pain = pains.get(runner.id);
      const routine = routines.get(runner.id);
      return {
        runnerId: runner.id,
        name: runner.name,
        timeZone: runner.timeZone,
        coachId: runner.coach.id,
        coachName: runner.coach.name,
        routine: routine?.name ?? null,
        phase: routine?.phase ?? null,
        lastSessionDate: pain?.lastLogDate ?? null,
        last7: adherenceOf(f.last7),
        last28: adherenceOf(f.last28),
        range: adherenceOf(f.range),
        weeks: f.weeks.map((w) => adherenceOf(w).sessionAdherence),
        signals: rosterSignalsOf(
          signalsOf(f.today, f.missedDaysInARow, pain),
          pain,
        ),
      };
    });
  }

  /** One runner over a range (default: the last 28 days in their zone). */
  async runner(
    viewer: Viewer,
    runnerId: string,
    range: ReportRangeInput | null | undefined,
    now = new Date(),
  ): Promise<RunnerReport> {
    assertValid([
      ...checkUuid('runnerId', runnerId),
      ...(range ? validateReportRange(range) : []),
    ]);
    const runner = await this.prisma.client.runnerProfile.findFirst({
      where: { AND: [runnersVisibleTo(viewer), { id: runnerId }] },
      select: { id: true, name: true, timeZone: true, userId: true },
    });
    if (!runner) throw new NotFoundError('Runner');
    const today = localDateIn(runner.timeZone, now);
    const to: LocalDate = range?.to ?? today;
    const from: LocalDate = range?.from ?? addDays(today, -(ROSTER_DAYS - 1));
    const scope = { runnerIds: [runner.id], now, days: 1, rangeFrom: from };
    const [days, exercises, logs, versions, excused] = await Promise.all([
      queryKeepingDays<DayCounts[]>(this.prisma.client, dayFactsQuery(scope)),
      this.prisma.client.$queryRaw<ExerciseCounts[]>(
        exerciseFactsQuery({ ...scope, rangeTo: to }),
      ),
      this.prisma.client.sessionLog.findMany({
        where: {
          runnerId: runner.id,
          correctedBy: null,
          localDate: { gte: toDbDate(from), lte: toDbDate(to) },
        },
        orderBy: [{ localDate: 'asc' }, { completedAt: 'asc' }],
        select: {
          id: true,
          localDate: true,
          slot: true,
          painBefore: true,
          painAfter: true,
          nextMorningPain: true,
          effort: true,
        },
      }),
      this.prisma.client.prescriptionVersion.findMany({
        where: {
          prescription: { runnerId: runner.id },
          effectiveFrom: { lte: toDbDate(to) },
        },
        orderBy: [{ effectiveFrom: 'asc' }, { version: 'asc' }],
        select: {
          version: true,
          effectiveFrom: true,
          changeNote: true,
          prescription: { select: { name: true } },
        },
      }),
      this.prisma.client.excusedDay.findMany({
        where: {
          runnerId: runner.id,
          revokedAt: null,
          date: { gte: toDbDate(from), lte: toDbDate(to) },
        },
        orderBy: { date: 'asc' },
      }),
    ]);
    const names = await this.exerciseNames(exercises.map((e) => e.exerciseId));
    const inRange = days.filter((d) => d.date >= from && d.date <= to);
    const excusedDays = excused.map((e) => toExcusedDay(e, runner.userId));
    await this.audit.record({
      actorUserId: viewer.userId,
      clinicId: viewer.clinicId,
      runnerId: runner.id,
      action: 'report.runner',
      outcome: 'SUCCESS',
      detail: { days: daysBetween(from, to) + 1 },
    });
    return {
      runnerId: runner.id,
      name: runner.name,
      timeZone: runner.timeZone,
      from,
      to,
      today,
      figures: adherenceOf(sumCounts(inRange)),
      days: calendar(from, to < today ? to : today, inRange, excusedDays),
      exercises: exercises
        .map((e) => ({
          exerciseId: e.exerciseId,
          name: names.get(e.exerciseId) ?? 'Exercise',
          sessions: e.scheduled,
          prescribedSetSides: e.prescribed,
          completedSetSides: e.done,
          doseAdherence: e.prescribed === 0 ? null : e.done / e.prescribed,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      logs: logs.map((l) => ({
        logId: l.id,
        date: toLocalDate(l.localDate),
        slot: l.slot,
        painBefore: l.painBefore,
        painAfter: l.painAfter,
        nextMorningPain: l.nextMorningPain,
        effort: l.effort,
      })),
      versions: versions.map((v) => ({
        prescriptionName: v.prescription.name,
        version: v.version,
        effectiveFrom: toLocalDate(v.effectiveFrom),
        changeNote: v.changeNote,
      })),
      excusedDays,
    };
  }

  private async exerciseNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.prisma.client.exercise.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

/** Every day of the range up to today, with its counts and any excuse. */
function calendar(
  from: LocalDate,
  last: LocalDate,
  days: readonly DayCounts[],
  excused: RunnerReport['excusedDays'],
): RunnerReport['days'] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const excuses = new Map(excused.map((e) => [e.date, e]));
  const out: RunnerReport['days'] = [];
  for (let date = from; date <= last; date = addDays(date, 1)) {
    const day = byDate.get(date);
    out.push({
      date,
      scheduled: day?.scheduled ?? 0,
      completed: day?.completed ?? 0,
      excused: excuses.get(date) ?? null,
    });
  }
  return out;
}

function complianceOf(
  coachId: string,
  coachName: string,
  rows: readonly RosterRow[],
): CoachCompliance {
  const counts = sumCounts(
    rows.map((r) => ({
      scheduled: r.range.scheduled,
      completed: r.range.completed,
      prescribed: r.range.prescribedSetSides,
      done: r.range.completedSetSides,
    })),
  );
  return {
    coachId,
    coachName,
    runners: rows.length,
    adherentRunners: rows.filter((r) => r.range.adherent === true).length,
    needsAttention: rows.filter((r) => r.signals.needsAttention).length,
    figures: adherenceOf(counts),
  };
}
