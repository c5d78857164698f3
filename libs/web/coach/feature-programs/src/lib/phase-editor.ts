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
import { formatDailyTotal } from '@rehabit/shared-domain';
import { DoseFields, type EditableDose } from '@rehabit/web-shared-ui';
import { ExercisePicker } from './exercise-picker';

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
    DoseFields,
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

  setDose(p: number, i: number, dose: EditableDose): void {
    this.updateDose(p, i, dose);
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
