import {
  CdkDrag,
  CdkDragHandle,
  CdkDropList,
  type CdkDragDrop,
} from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  emptyPhase,
  itemFromExercise,
  moved,
  type DoseDraft,
  type ExerciseListItem,
  type ItemDraft,
  type PhaseDraft,
} from '@rehabit/web-coach-data-access';
import {
  DOSE_BOUNDS,
  formatDailyTotal,
  formatDose,
  SIDES,
  SIDE_LABELS,
} from '@rehabit/shared-domain';
import { ExercisePicker } from './exercise-picker';

const DAYS = [
  { day: 1, label: 'Mon' },
  { day: 2, label: 'Tue' },
  { day: 3, label: 'Wed' },
  { day: 4, label: 'Thu' },
  { day: 5, label: 'Fri' },
  { day: 6, label: 'Sat' },
  { day: 7, label: 'Sun' },
];

type NumberField = 'reps' | 'sets' | 'restSeconds' | 'timesPerDay';
type OptionalNumberField = 'holdSeconds' | 'intensity';
type TextField = 'load' | 'tempo' | 'cues' | 'notes';

/**
 * Edits the phases of a routine: each phase's weeks and its exercises in order, each
 * with a full dose shown in words as it is typed. Exercises reorder by drag and drop,
 * or with the Move buttons from the keyboard (WCAG 2.5.7).
 */
@Component({
  selector: 'rh-phase-editor',
  imports: [
    MatButtonModule,
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    ExercisePicker,
  ],
  templateUrl: './phase-editor.html',
  styleUrl: './phase-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PhaseEditor {
  readonly phases = model.required<PhaseDraft[]>();
  /** Field errors by path ("input.phases.0.items.1.dose.sets"). */
  readonly errors = input<Record<string, string>>({});
  /** The path the errors of these phases start with. */
  readonly errorPrefix = input('input.phases');

  readonly days = DAYS;
  readonly sides = SIDES;
  readonly sideLabels = SIDE_LABELS;
  readonly bounds = DOSE_BOUNDS;

  doseText(dose: DoseDraft): string {
    return formatDose(dose);
  }

  phaseTotal(phase: PhaseDraft): string {
    return formatDailyTotal(phase.items.map((item) => item.dose));
  }

  errorsOf(p: number, i?: number): string[] {
    const prefix =
      i === undefined
        ? `${this.errorPrefix()}.${p}.`
        : `${this.errorPrefix()}.${p}.items.${i}.`;
    return Object.entries(this.errors())
      .filter(([field]) =>
        i === undefined
          ? field.startsWith(prefix) && !field.startsWith(`${prefix}items.`)
          : field.startsWith(prefix),
      )
      .map(
        ([field, message]) =>
          `${field.slice(prefix.length).replace('dose.', '')} ${message}`,
      );
  }

  addPhase(): void {
    const last = this.phases().at(-1);
    const start = last ? (last.endWeek ?? last.startWeek) + 1 : 1;
    this.phases.update((phases) => [...phases, emptyPhase(start)]);
  }

  removePhase(p: number): void {
    this.phases.update((phases) => phases.filter((_, index) => index !== p));
  }

  setPhaseName(p: number, event: Event): void {
    const name = (event.target as HTMLInputElement).value;
    this.updatePhase(p, (phase) => ({ ...phase, name }));
  }

  setWeek(p: number, which: 'startWeek' | 'endWeek', event: Event): void {
    const raw = (event.target as HTMLInputElement).value;
    const value = raw === '' ? null : Number(raw);
    this.updatePhase(p, (phase) => ({
      ...phase,
      [which]: which === 'startWeek' ? (value ?? Number.NaN) : value,
    }));
  }

  addItem(p: number, exercise: ExerciseListItem): void {
    this.updatePhase(p, (phase) => ({
      ...phase,
      items: [...phase.items, itemFromExercise(exercise)],
    }));
  }

  removeItem(p: number, i: number): void {
    this.updatePhase(p, (phase) => ({
      ...phase,
      items: phase.items.filter((_, index) => index !== i),
    }));
  }

  moveItem(p: number, from: number, to: number): void {
    this.updatePhase(p, (phase) => ({
      ...phase,
      items: moved(phase.items, from, to),
    }));
  }

  drop(p: number, event: CdkDragDrop<ItemDraft[]>): void {
    this.moveItem(p, event.previousIndex, event.currentIndex);
  }

  setNumber(p: number, i: number, field: NumberField, event: Event): void {
    const raw = (event.target as HTMLInputElement).value;
    this.updateDose(p, i, { [field]: raw === '' ? Number.NaN : Number(raw) });
  }

  setOptionalNumber(
    p: number,
    i: number,
    field: OptionalNumberField,
    event: Event,
  ): void {
    const raw = (event.target as HTMLInputElement).value;
    this.updateDose(p, i, { [field]: raw === '' ? null : Number(raw) });
  }

  setText(p: number, i: number, field: TextField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement)
      .value;
    this.updateDose(p, i, {
      [field]: field === 'load' && value.trim() === '' ? null : value,
    });
  }

  setSide(p: number, i: number, event: Event): void {
    const side = (event.target as HTMLSelectElement).value as DoseDraft['side'];
    this.updateDose(p, i, { side });
  }

  toggleDay(p: number, i: number, day: number, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.updateDose(p, i, {
      daysOfWeek: this.phases()
        [p]?.items[i]?.dose.daysOfWeek.filter((d) => d !== day)
        .concat(on ? [day] : [])
        .sort((a, b) => a - b),
    });
  }

  private updateDose(p: number, i: number, change: Partial<DoseDraft>): void {
    this.updatePhase(p, (phase) => ({
      ...phase,
      items: phase.items.map((item, index) =>
        index === i ? { ...item, dose: { ...item.dose, ...change } } : item,
      ),
    }));
  }

  private updatePhase(
    p: number,
    change: (phase: PhaseDraft) => PhaseDraft,
  ): void {
    this.phases.update((phases) =>
      phases.map((phase, index) => (index === p ? change(phase) : phase)),
    );
  }
}
