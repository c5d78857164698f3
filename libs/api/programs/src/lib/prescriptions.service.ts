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
import { PrismaService, type Prisma } from '@rehabit/api-db';
import {
  addDays,
  checkText,
  checkUuid,
  isLocalDate,
  localDateIn,
  validatePhases,
  type FieldError,
  type LocalDate,
} from '@rehabit/shared-domain';
import {
  PRESCRIPTION_INCLUDE,
  toDbDate,
  toLocalDate,
  type PrescriptionRow,
} from '@rehabit/api-program-model';
import { assertExercisesUsable, phaseRows } from './program-writes';
import { toPrescription } from './prescription-view';
import type {
  PrescribeInput,
  Prescription,
  ProgramPhaseInput,
  RevisePrescriptionInput,
} from '@rehabit/api-program-model';
import { phasesOfTemplate, TemplatesService } from './templates.service';

/** How many runners one bulk prescription may reach. */
export const BULK_LIMIT = 100;
/** How far from today a start date may lie, either way. */
const START_WINDOW_DAYS = 366;

const WITH_RUNNER = {
  ...PRESCRIPTION_INCLUDE,
  runner: { select: { timeZone: true, status: true } },
} as const;
type ScopedRow = PrescriptionRow & {
  runner: { timeZone: string; status: string };
};

function checkDate(field: string, value: unknown): FieldError[] {
  return isLocalDate(value)
    ? []
    : [{ field, message: 'must be a date written YYYY-MM-DD' }];
}

/**
 * Prescriptions: a template given to runners (one or many, all or none), then
 * adjusted per runner. Every adjustment is a new version in force from a chosen date;
 * earlier versions are never rewritten. Pause, resume and end change the window.
 * Every query starts from the runners the viewer may see.
 */
@Injectable()
export class PrescriptionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly templates: TemplatesService,
  ) {}

  async prescribe(
    viewer: Viewer,
    input: PrescribeInput,
  ): Promise<Prescription[]> {
    const runnerIds = input.runnerIds ?? [];
    const errors: FieldError[] = [
      ...checkUuid('input.templateId', input.templateId),
      ...checkDate('input.startDate', input.startDate),
      ...(input.endDate ? checkDate('input.endDate', input.endDate) : []),
      ...runnerIds.flatMap((id, i) => checkUuid(`input.runnerIds.${i}`, id)),
    ];
    if (runnerIds.length < 1 || runnerIds.length > BULK_LIMIT)
      errors.push({
        field: 'input.runnerIds',
        message: `must name 1 to ${BULK_LIMIT} runners`,
      });
    else if (new Set(runnerIds).size !== runnerIds.length)
      errors.push({
        field: 'input.runnerIds',
        message: 'must not repeat a runner',
      });
    assertValid(errors);
    assertValid(checkWindow(input.startDate, input.endDate ?? null));

    const ids = await this.prisma.client.$transaction(
      async (tx) => {
        const template = await this.templates.find(
          tx,
          viewer,
          input.templateId,
          'input.templateId',
        );
        const runners = await tx.runnerProfile.findMany({
          where: { AND: [runnersVisibleTo(viewer), { id: { in: runnerIds } }] },
          select: { id: true, status: true },
        });
        const found = new Map(runners.map((r) => [r.id, r]));
        const missing = runnerIds.findIndex((id) => !found.has(id));
        if (missing >= 0) throw new NotFoundError('Runner');
        assertValid(
          runnerIds.flatMap((id, i) =>
            found.get(id)?.status === 'DISCHARGED'
              ? [{ field: `input.runnerIds.${i}`, message: 'is discharged' }]
              : [],
          ),
        );
        const phases = phasesOfTemplate(template);
        const created: string[] = [];
        for (const runnerId of runnerIds) {
          const prescription = await tx.prescription.create({
            data: {
              clinicId: viewer.clinicId,
              runnerId,
              templateId: template.id,
              name: template.name,
              startDate: toDbDate(input.startDate),
              endDate: input.endDate ? toDbDate(input.endDate) : null,
              createdById: viewer.userId,
            },
          });
          await this.addVersion(tx, viewer, prescription.id, {
            version: 1,
            effectiveFrom: input.startDate,
            phases,
            changeNote: `Prescribed from the template “${template.name}”`,
          });
          await this.audit.success(
            viewer,
            runnerId,
            'prescription.create',
            tx,
            {
              prescriptionId: prescription.id,
            },
          );
          created.push(prescription.id);
        }
        return created;
      },
      // 100 runners × a few statements each: more than Prisma's default 5 s.
      { timeout: 60_000 },
    );
    return this.getMany(viewer, ids);
  }

  /** A new version from a date (today or later in the runner's time zone). */
  async revise(
    viewer: Viewer,
    input: RevisePrescriptionInput,
  ): Promise<Prescription> {
    assertValid([
      ...checkUuid('input.prescriptionId', input.prescriptionId),
      ...checkDate('input.effectiveFrom', input.effectiveFrom),
      ...checkText('input.changeNote', input.changeNote, 500),
      ...validatePhases(input.phases),
    ]);
    await this.prisma.client.$transaction(async (tx) => {
      const row = await this.findInScope(tx, viewer, input.prescriptionId);
      assertWritable(row);
      const today = localDateIn(row.runner.timeZone, new Date());
      const start = toLocalDate(row.startDate);
      const earliest = start > today ? start : today;
      if (input.effectiveFrom < earliest)
        throw new BadUserInputError([
          {
            field: 'input.effectiveFrom',
            message: `must be ${earliest} or later: the past is never rewritten`,
          },
        ]);
      if (row.endDate && input.effectiveFrom > toLocalDate(row.endDate))
        throw new BadUserInputError([
          {
            field: 'input.effectiveFrom',
            message: `must be on or before the end date ${toLocalDate(row.endDate)}`,
          },
        ]);
      await assertExercisesUsable(tx, viewer.clinicId, input.phases);
      const last = Math.max(...row.versions.map((v) => v.version));
      await this.addVersion(tx, viewer, row.id, {
        version: last + 1,
        effectiveFrom: input.effectiveFrom,
        phases: input.phases,
        changeNote: input.changeNote?.trim() ?? '',
      });
      await this.audit.success(
        viewer,
        row.runnerId,
        'prescription.revise',
        tx,
        {
          prescriptionId: row.id,
          version: last + 1,
        },
      );
    });
    return this.get(viewer, input.prescriptionId);
  }

  /** No sessions from `from` on, until resumed. */
  async pause(
    viewer: Viewer,
    id: string,
    from: string,
    reason: string | null | undefined,
  ): Promise<Prescription> {
    assertValid([
      ...checkUuid('id', id),
      ...checkDate('from', from),
      ...checkText('reason', reason, 200),
    ]);
    await this.prisma.client.$transaction(async (tx) => {
      const row = await this.findInScope(tx, viewer, id);
      assertWritable(row);
      if (row.pauses.some((p) => p.endDate === null))
        throw new AppError(
          ErrorCode.CONFLICT,
          'This prescription is already paused.',
        );
      assertFromToday(row, from, 'from');
      await tx.prescriptionPause.create({
        data: {
          prescriptionId: id,
          startDate: toDbDate(from),
          reason: reason?.trim() ?? '',
          createdById: viewer.userId,
        },
      });
      await this.audit.success(viewer, row.runnerId, 'prescription.pause', tx, {
        prescriptionId: id,
      });
    });
    return this.get(viewer, id);
  }

  /** Sessions again from `on`: the open pause ends the day before. */
  async resume(viewer: Viewer, id: string, on: string): Promise<Prescription> {
    assertValid([...checkUuid('id', id), ...checkDate('on', on)]);
    await this.prisma.client.$transaction(async (tx) => {
      const row = await this.findInScope(tx, viewer, id);
      const open = row.pauses.find((p) => p.endDate === null);
      if (!open)
        throw new AppError(
          ErrorCode.CONFLICT,
          'This prescription is not paused.',
        );
      if (on <= toLocalDate(open.startDate))
        throw new BadUserInputError([
          {
            field: 'on',
            message: `must be after the pause began (${toLocalDate(open.startDate)})`,
          },
        ]);
      await tx.prescriptionPause.update({
        where: { id: open.id },
        data: { endDate: toDbDate(addDays(on, -1)) },
      });
      await this.audit.success(
        viewer,
        row.runnerId,
        'prescription.resume',
        tx,
        {
          prescriptionId: id,
        },
      );
    });
    return this.get(viewer, id);
  }

  /** The last day of the prescription: no sessions after it. */
  async end(
    viewer: Viewer,
    id: string,
    lastDay: string,
  ): Promise<Prescription> {
    assertValid([...checkUuid('id', id), ...checkDate('lastDay', lastDay)]);
    await this.prisma.client.$transaction(async (tx) => {
      const row = await this.findInScope(tx, viewer, id);
      assertWritable(row);
      assertFromToday(row, addDays(lastDay, 1), 'lastDay');
      if (lastDay < toLocalDate(row.startDate))
        throw new BadUserInputError([
          { field: 'lastDay', message: 'must be on or after the start date' },
        ]);
      await tx.prescription.update({
        where: { id },
        data: { endDate: toDbDate(lastDay) },
      });
      await this.audit.success(viewer, row.runnerId, 'prescription.end', tx, {
        prescriptionId: id,
      });
    });
    return this.get(viewer, id);
  }

  /** Several prescriptions in the order asked, in two queries whatever their number. */
  private async getMany(
    viewer: Viewer,
    ids: string[],
  ): Promise<Prescription[]> {
    const rows = await this.prisma.client.prescription.findMany({
      where: {
        id: { in: ids },
        clinicId: viewer.clinicId,
        runner: runnersVisibleTo(viewer),
      },
      include: WITH_RUNNER,
    });
    const names = await this.namesOf(rows);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toPrescription(row, row.runner.timeZone, names)] : [];
    });
  }

  async get(viewer: Viewer, id: string): Promise<Prescription> {
    const row = await this.findInScope(this.prisma.client, viewer, id);
    return toPrescription(row, row.runner.timeZone, await this.namesOf([row]));
  }

  /** A runner's prescriptions, newest first; a read by anyone but the runner is audited. */
  async listForRunner(
    viewer: Viewer,
    runnerId: string,
  ): Promise<Prescription[]> {
    assertValid(checkUuid('runnerId', runnerId));
    const runner = await this.prisma.client.runnerProfile.findFirst({
      where: { AND: [runnersVisibleTo(viewer), { id: runnerId }] },
      select: { id: true, timeZone: true },
    });
    if (!runner) throw new NotFoundError('Runner');
    const rows = await this.prisma.client.prescription.findMany({
      where: { runnerId },
      include: PRESCRIPTION_INCLUDE,
      orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }],
    });
    if (viewer.runnerId !== runnerId)
      await this.audit.success(
        viewer,
        runnerId,
        'prescriptions.read',
        undefined,
        {
          count: rows.length,
        },
      );
    const names = await this.namesOf(rows);
    return rows.map((row) => toPrescription(row, runner.timeZone, names));
  }

  private async addVersion(
    tx: Prisma.TransactionClient,
    viewer: Viewer,
    prescriptionId: string,
    version: {
      version: number;
      effectiveFrom: LocalDate;
      phases: readonly ProgramPhaseInput[];
      changeNote: string;
    },
  ): Promise<void> {
    const row = await tx.prescriptionVersion.create({
      data: {
        prescriptionId,
        version: version.version,
        effectiveFrom: toDbDate(version.effectiveFrom),
        changeNote: version.changeNote,
        createdById: viewer.userId,
      },
    });
    for (const data of phaseRows(version.phases, { versionId: row.id }))
      await tx.prescriptionPhase.create({ data });
  }

  private async findInScope(
    db: Prisma.TransactionClient,
    viewer: Viewer,
    id: string,
  ): Promise<ScopedRow> {
    assertValid(checkUuid('id', id));
    const row = await db.prescription.findFirst({
      where: {
        id,
        clinicId: viewer.clinicId,
        runner: runnersVisibleTo(viewer),
      },
      include: WITH_RUNNER,
    });
    if (!row) throw new NotFoundError('Prescription');
    return row;
  }

  private async namesOf(rows: PrescriptionRow[]): Promise<Map<string, string>> {
    const ids = [
      ...new Set(rows.flatMap((r) => r.versions.map((v) => v.createdById))),
    ];
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }
}

function checkWindow(start: LocalDate, end: LocalDate | null): FieldError[] {
  const today = new Date().toISOString().slice(0, 10);
  const errors: FieldError[] = [];
  if (
    start < addDays(today, -START_WINDOW_DAYS) ||
    start > addDays(today, START_WINDOW_DAYS)
  )
    errors.push({
      field: 'input.startDate',
      message: 'must be within a year of today',
    });
  if (end !== null && end < start)
    errors.push({
      field: 'input.endDate',
      message: 'must be on or after the start date',
    });
  return errors;
}

function assertWritable(row: ScopedRow): void {
  if (row.runner.status === 'DISCHARGED')
    throw new AppError(
      ErrorCode.CONFLICT,
      'This runner is discharged: their plan can no longer change.',
    );
}

/** Changes to the schedule apply from today on: the past stays as it was. */
function assertFromToday(row: ScopedRow, date: LocalDate, field: string): void {
  const today = localDateIn(row.runner.timeZone, new Date());
  if (date < today)
    throw new BadUserInputError([
      {
        field,
        message: `must be ${today} or later: the past is never rewritten`,
      },
    ]);
}
