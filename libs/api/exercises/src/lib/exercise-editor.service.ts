import { Injectable } from '@nestjs/common';
import {
  AppError,
  assertValid,
  ErrorCode,
  NotFoundError,
} from '@rehabit/api-core';
import { AuditLog } from '@rehabit/api-audit';
import type { Viewer } from '@rehabit/api-auth';
import {
  PrismaService,
  type ExerciseModel,
  type Prisma,
} from '@rehabit/api-db';
import {
  toExercise,
  type Exercise,
  type ExerciseInput,
} from '@rehabit/api-exercise-model';
import {
  checkUuid,
  EXERCISE_LIMITS,
  validateExercise,
} from '@rehabit/shared-domain';

const clean = (list: readonly string[]) =>
  list.map((entry) => entry.trim()).filter((entry) => entry !== '');

/** The columns of a clinic exercise from its (validated) input. */
function exerciseData(input: ExerciseInput) {
  const dose = input.defaultDose;
  return {
    name: input.name.trim(),
    aliases: clean(input.aliases),
    category: input.category,
    bodyRegion: input.bodyRegion,
    targetMuscles: clean(input.targetMuscles),
    startingPosition: input.startingPosition.trim(),
    steps: clean(input.steps),
    cues: clean(input.cues),
    safetyNotes: input.safetyNotes.trim(),
    contraindications: input.contraindications.trim(),
    equipment: clean(input.equipment),
    mediaUrl: input.mediaUrl?.trim() || null,
    defaultHoldSeconds: dose.holdSeconds ?? null,
    defaultReps: dose.reps,
    defaultSets: dose.sets,
    defaultSide: dose.side,
    defaultRestSeconds: dose.restSeconds,
    defaultTimesPerDay: dose.timesPerDay,
    defaultDaysOfWeek: [...dose.daysOfWeek].sort((a, b) => a - b),
    defaultIntensity: dose.intensity ?? null,
    defaultLoad: dose.load?.trim() || null,
  };
}

/** An exercise's fields as input again, to duplicate it. */
function inputOf(row: ExerciseModel, name: string): ExerciseInput {
  const exercise = toExercise(row);
  return { ...exercise, name, defaultDose: exercise.defaultDose };
}

/**
 * The clinic's own exercises: any coach or admin of the clinic may add, edit or
 * archive them. Built-in exercises are read-only; duplicating one makes a clinic copy
 * to change. Archived exercises stay readable for the routines that name them.
 */
@Injectable()
export class ExerciseEditorService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  async create(viewer: Viewer, input: ExerciseInput): Promise<Exercise> {
    assertValid(validateExercise(input));
    return this.prisma.client.$transaction(async (tx) => {
      const row = await tx.exercise.create({
        data: {
          ...exerciseData(input),
          clinicId: viewer.clinicId,
          createdById: viewer.userId,
        },
      });
      await this.record(tx, viewer, row.id, 'exercise.create');
      return toExercise(row);
    });
  }

  async update(
    viewer: Viewer,
    id: string,
    input: ExerciseInput,
  ): Promise<Exercise> {
    assertValid([...checkUuid('id', id), ...validateExercise(input)]);
    return this.prisma.client.$transaction(async (tx) => {
      await this.findOwn(tx, viewer, id);
      const row = await tx.exercise.update({
        where: { id },
        data: exerciseData(input),
      });
      await this.record(tx, viewer, id, 'exercise.update');
      return toExercise(row);
    });
  }

  async archive(viewer: Viewer, id: string): Promise<Exercise> {
    assertValid(checkUuid('id', id));
    return this.prisma.client.$transaction(async (tx) => {
      await this.findOwn(tx, viewer, id);
      const row = await tx.exercise.update({
        where: { id },
        data: { archivedAt: new Date() },
      });
      await this.record(tx, viewer, id, 'exercise.archive');
      return toExercise(row);
    });
  }

  /** A copy in the clinic's library, of a built-in exercise or one of the clinic's own. */
  async duplicate(viewer: Viewer, id: string): Promise<Exercise> {
    assertValid(checkUuid('id', id));
    const source = await this.prisma.client.exercise.findFirst({
      where: { id, OR: [{ clinicId: null }, { clinicId: viewer.clinicId }] },
    });
    if (!source) throw new NotFoundError('Exercise');
    const name = `${source.name} (clinic copy)`.slice(0, EXERCISE_LIMITS.name);
    return this.create(viewer, inputOf(source, name));
  }

  private async findOwn(
    tx: Prisma.TransactionClient,
    viewer: Viewer,
    id: string,
  ): Promise<ExerciseModel> {
    const row = await tx.exercise.findFirst({
      where: { id, OR: [{ clinicId: null }, { clinicId: viewer.clinicId }] },
    });
    if (!row) throw new NotFoundError('Exercise');
    if (row.clinicId === null)
      throw new AppError(
        ErrorCode.CONFLICT,
        'Built-in exercises are read-only: duplicate it into your library to change it.',
      );
    return row;
  }

  private record(
    tx: Prisma.TransactionClient,
    viewer: Viewer,
    exerciseId: string,
    action: string,
  ) {
    return this.audit.record(
      {
        actorUserId: viewer.userId,
        clinicId: viewer.clinicId,
        action,
        outcome: 'SUCCESS',
        detail: { exerciseId },
      },
      tx,
    );
  }
}
