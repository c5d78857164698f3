import type { ExerciseModel, Prisma } from '@rehabit/api-db';
import { toExercise } from '@rehabit/api-exercise-model';
import {
  formatDose,
  type LocalDate,
  type Plan,
  type Side,
} from '@rehabit/shared-domain';
import type {
  ProgramItem,
  ProgramItemInput,
  ProgramPhase,
} from './program.model';

/** PostgreSQL `date` columns come back as UTC midnight; a local date is their day. */
export function toLocalDate(date: Date): LocalDate {
  return date.toISOString().slice(0, 10);
}

export function toDbDate(date: LocalDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

const ITEMS_IN_ORDER = {
  orderBy: { position: 'asc' },
  include: { exercise: true },
} as const;

export const TEMPLATE_INCLUDE = {
  phases: { orderBy: { position: 'asc' }, include: { items: ITEMS_IN_ORDER } },
} as const satisfies Prisma.TemplateInclude;

export const PRESCRIPTION_INCLUDE = {
  pauses: { orderBy: { startDate: 'asc' } },
  versions: {
    orderBy: { version: 'asc' },
    include: {
      phases: {
        orderBy: { position: 'asc' },
        include: { items: ITEMS_IN_ORDER },
      },
    },
  },
} as const satisfies Prisma.PrescriptionInclude;

export type TemplateRow = Prisma.TemplateGetPayload<{
  include: typeof TEMPLATE_INCLUDE;
}>;
export type PrescriptionRow = Prisma.PrescriptionGetPayload<{
  include: typeof PRESCRIPTION_INCLUDE;
}>;

/** The dose columns shared by template and prescription items. */
interface ItemRow {
  id: string;
  holdSeconds: number | null;
  reps: number;
  sets: number;
  side: Side;
  restSeconds: number;
  timesPerDay: number;
  daysOfWeek: number[];
  intensity: number | null;
  load: string | null;
  tempo: string;
  cues: string;
  notes: string;
  exercise: ExerciseModel;
}

export function toProgramItem(row: ItemRow): ProgramItem {
  const dose = {
    holdSeconds: row.holdSeconds,
    reps: row.reps,
    sets: row.sets,
    side: row.side,
    restSeconds: row.restSeconds,
    timesPerDay: row.timesPerDay,
    daysOfWeek: row.daysOfWeek,
    intensity: row.intensity,
    load: row.load,
  };
  return {
    id: row.id,
    exercise: toExercise(row.exercise),
    dose,
    tempo: row.tempo,
    cues: row.cues,
    notes: row.notes,
    doseText: formatDose(dose),
  };
}

export function toProgramPhase(row: {
  name: string;
  startWeek: number;
  endWeek: number | null;
  items: ItemRow[];
}): ProgramPhase {
  return {
    name: row.name,
    startWeek: row.startWeek,
    endWeek: row.endWeek,
    items: row.items.map(toProgramItem),
  };
}

/** The columns of one item from its input (validated before). */
export function itemData(item: ProgramItemInput, position: number) {
  const { dose } = item;
  return {
    position,
    exerciseId: item.exerciseId,
    holdSeconds: dose.holdSeconds ?? null,
    reps: dose.reps,
    sets: dose.sets,
    side: dose.side,
    restSeconds: dose.restSeconds,
    timesPerDay: dose.timesPerDay,
    daysOfWeek: [...dose.daysOfWeek].sort((a, b) => a - b),
    intensity: dose.intensity ?? null,
    load: dose.load?.trim() || null,
    tempo: dose.tempo ?? '',
    cues: dose.cues ?? '',
    notes: dose.notes ?? '',
  };
}

/** A prescription as the schedule expansion of libs/shared/domain needs it. */
export function toPlan(row: PrescriptionRow): Plan {
  return {
    id: row.id,
    startDate: toLocalDate(row.startDate),
    endDate: row.endDate ? toLocalDate(row.endDate) : null,
    pauses: row.pauses.map((p) => ({
      startDate: toLocalDate(p.startDate),
      endDate: p.endDate ? toLocalDate(p.endDate) : null,
    })),
    versions: row.versions.map((v) => ({
      version: v.version,
      effectiveFrom: toLocalDate(v.effectiveFrom),
      phases: v.phases.map((phase) => ({
        name: phase.name,
        startWeek: phase.startWeek,
        endWeek: phase.endWeek,
        items: phase.items.map((item) => ({
          ...item,
          startDate: item.startDate ? toLocalDate(item.startDate) : null,
          endDate: item.endDate ? toLocalDate(item.endDate) : null,
        })),
      })),
    })),
  };
}
