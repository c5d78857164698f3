import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { assertValid, NotFoundError } from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import type { Viewer } from '@rehabit/api-auth';
import { PrismaService, type Prisma } from '@rehabit/api-db';
import {
  checkText,
  checkUuid,
  PROGRAM_LIMITS,
  checkRequiredName,
  validatePhases,
} from '@rehabit/shared-domain';
import {
  TEMPLATE_INCLUDE,
  toProgramPhase,
  type TemplateRow,
} from '@rehabit/api-program-model';
import { assertExercisesUsable, phaseRows } from './program-writes';
import type {
  ProgramPhaseInput,
  Template,
  TemplateInput,
} from '@rehabit/api-program-model';

function toTemplate(row: TemplateRow): Template {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    phases: row.phases.map(toProgramPhase),
    updatedAt: row.updatedAt,
  };
}

/** A template's phases as input again: to duplicate it or prescribe it. */
export function phasesOfTemplate(row: TemplateRow): ProgramPhaseInput[] {
  return row.phases.map((phase) => ({
    name: phase.name,
    startWeek: phase.startWeek,
    endWeek: phase.endWeek,
    items: phase.items.map((item) => ({
      exerciseId: item.exerciseId,
      dose: item,
    })),
  }));
}

/**
 * The clinic's routine templates: shared by its coaches and admins, in phases by week,
 * each item an exercise of the library with a full dose. Archiving keeps them for the
 * prescriptions made from them.
 */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  async list(viewer: Viewer): Promise<Template[]> {
    const rows = await this.prisma.client.template.findMany({
      where: { clinicId: viewer.clinicId, archivedAt: null },
      include: TEMPLATE_INCLUDE,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toTemplate);
  }

  async get(viewer: Viewer, id: string): Promise<Template> {
    return toTemplate(await this.find(this.prisma.client, viewer, id));
  }

  async create(viewer: Viewer, input: TemplateInput): Promise<Template> {
    validateTemplate(input);
    const id = randomUUID();
    await this.prisma.client.$transaction(async (tx) => {
      await assertExercisesUsable(tx, viewer.clinicId, input.phases);
      await tx.template.create({
        data: {
          id,
          clinicId: viewer.clinicId,
          name: input.name.trim(),
          description: input.description?.trim() ?? '',
          createdById: viewer.userId,
        },
      });
      await this.writePhases(tx, id, input.phases);
      await this.record(tx, viewer, id, 'template.create');
    });
    return this.get(viewer, id);
  }

  /** Replaces the name, description and phases; prescriptions made from it keep theirs. */
  async update(
    viewer: Viewer,
    id: string,
    input: TemplateInput,
  ): Promise<Template> {
    validateTemplate(input);
    await this.prisma.client.$transaction(async (tx) => {
      await this.find(tx, viewer, id);
      await assertExercisesUsable(tx, viewer.clinicId, input.phases);
      await tx.templatePhase.deleteMany({ where: { templateId: id } });
      await tx.template.update({
        where: { id },
        data: {
          name: input.name.trim(),
          description: input.description?.trim() ?? '',
        },
      });
      await this.writePhases(tx, id, input.phases);
      await this.record(tx, viewer, id, 'template.update');
    });
    return this.get(viewer, id);
  }

  async duplicate(viewer: Viewer, id: string): Promise<Template> {
    const source = await this.find(this.prisma.client, viewer, id);
    return this.create(viewer, {
      name: `${source.name} (copy)`.slice(0, PROGRAM_LIMITS.name),
      description: source.description,
      phases: phasesOfTemplate(source),
    });
  }

  async archive(viewer: Viewer, id: string): Promise<boolean> {
    await this.prisma.client.$transaction(async (tx) => {
      await this.find(tx, viewer, id);
      await tx.template.update({
        where: { id },
        data: { archivedAt: new Date() },
      });
      await this.record(tx, viewer, id, 'template.archive');
    });
    return true;
  }

  /** A template of the caller's clinic, not archived; anything else is NOT_FOUND. */
  async find(
    db: Prisma.TransactionClient,
    viewer: Viewer,
    id: string,
    field = 'id',
  ): Promise<TemplateRow> {
    assertValid(checkUuid(field, id));
    const row = await db.template.findFirst({
      where: { id, clinicId: viewer.clinicId, archivedAt: null },
      include: TEMPLATE_INCLUDE,
    });
    if (!row) throw new NotFoundError('Template');
    return row;
  }

  private async writePhases(
    tx: Prisma.TransactionClient,
    templateId: string,
    phases: readonly ProgramPhaseInput[],
  ): Promise<void> {
    for (const data of phaseRows(phases, { templateId }))
      await tx.templatePhase.create({ data });
  }

  private record(
    tx: Prisma.TransactionClient,
    viewer: Viewer,
    templateId: string,
    action: string,
  ) {
    return this.audit.record(
      {
        actorUserId: viewer.userId,
        clinicId: viewer.clinicId,
        action,
        outcome: 'SUCCESS',
        detail: { templateId },
      },
      tx,
    );
  }
}

function validateTemplate(input: TemplateInput): void {
  assertValid([
    ...checkRequiredName('input.name', input.name, PROGRAM_LIMITS.name),
    ...checkText(
      'input.description',
      input.description,
      PROGRAM_LIMITS.description,
    ),
    ...validatePhases(input.phases),
  ]);
}
