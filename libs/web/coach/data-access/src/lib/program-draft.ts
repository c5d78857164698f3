import type {
  DoseFieldsFragment,
  ProgramPhaseFieldsFragment,
  ProgramPhaseInput,
} from '@rehabit/web-shared-data-access';

/** The dose of an item as a coach edits it: every field of PRODUCT.md. */
export interface DoseDraft extends DoseFieldsFragment {
  tempo: string;
  cues: string;
  notes: string;
}

export interface ItemDraft {
  /** Stable identity for the list (drag and drop, track). */
  key: string;
  exercise: { id: string; name: string };
  dose: DoseDraft;
}

export interface PhaseDraft {
  key: string;
  name: string;
  startWeek: number;
  endWeek: number | null;
  items: ItemDraft[];
}

let nextKey = 0;
/** A key unique in this page's life: drafts are never stored. */
export const draftKey = (): string => `draft-${++nextKey}`;

/** An exercise added to a phase starts from its default dose. */
export function itemFromExercise(exercise: {
  id: string;
  name: string;
  defaultDose: DoseFieldsFragment;
}): ItemDraft {
  return {
    key: draftKey(),
    exercise: { id: exercise.id, name: exercise.name },
    dose: { ...exercise.defaultDose, tempo: '', cues: '', notes: '' },
  };
}

export function emptyPhase(startWeek: number, name = ''): PhaseDraft {
  return { key: draftKey(), name, startWeek, endWeek: null, items: [] };
}

/** Phases as the API returns them, to edit. */
export function draftsOf(
  phases: readonly ProgramPhaseFieldsFragment[],
): PhaseDraft[] {
  return phases.map((phase) => ({
    key: draftKey(),
    name: phase.name,
    startWeek: phase.startWeek,
    endWeek: phase.endWeek,
    items: phase.items.map((item) => ({
      key: draftKey(),
      exercise: item.exercise,
      dose: {
        ...item.dose,
        daysOfWeek: [...item.dose.daysOfWeek],
        tempo: item.tempo,
        cues: item.cues,
        notes: item.notes,
      },
    })),
  }));
}

/**
 * Exactly the dose fields the API takes: results from the API carry `__typename`,
 * which an input type refuses.
 */
export function doseInputOf(dose: DoseFieldsFragment): DoseFieldsFragment {
  return {
    holdSeconds: dose.holdSeconds,
    reps: dose.reps,
    sets: dose.sets,
    side: dose.side,
    restSeconds: dose.restSeconds,
    timesPerDay: dose.timesPerDay,
    daysOfWeek: dose.daysOfWeek,
    intensity: dose.intensity,
    load: dose.load,
  };
}

/** Drafts as the API takes them. */
export function phasesInput(
  phases: readonly PhaseDraft[],
): ProgramPhaseInput[] {
  return phases.map((phase) => ({
    name: phase.name,
    startWeek: phase.startWeek,
    endWeek: phase.endWeek,
    items: phase.items.map((item) => ({
      exerciseId: item.exercise.id,
      dose: {
        ...doseInputOf(item.dose),
        tempo: item.dose.tempo,
        cues: item.dose.cues,
        notes: item.dose.notes,
      },
    })),
  }));
}

/** Moves an element of a list to another index (drag and drop, or "move up"). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (to < 0 || to >= copy.length || from === to) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/**
 * A field path of a server error ("input.phases.1.items.0.dose.sets") in words a
 * coach can act on: "Phase 2, exercise 1: sets".
 */
export function describeField(path: string): string {
  const match =
    /^input\.phases\.(\d+)(?:\.items\.(\d+))?(?:\.(?:dose\.)?(\w+))?$/.exec(
      path,
    );
  if (!match) return path.replace(/^input\./, '');
  const [, phase, item, field] = match;
  return [
    `Phase ${Number(phase) + 1}`,
    item === undefined ? '' : `, exercise ${Number(item) + 1}`,
    field ? `: ${field}` : '',
  ].join('');
}
