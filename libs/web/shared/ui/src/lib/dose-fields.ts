import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';
import {
  DOSE_BOUNDS,
  formatDose,
  SIDES,
  SIDE_LABELS,
  type Dose,
} from '@rehabit/shared-domain';

/** A dose as a form edits it; tempo, cues and notes belong to a routine's items. */
export interface EditableDose extends Dose {
  daysOfWeek: number[];
  tempo?: string;
  cues?: string;
  notes?: string;
}

const DAYS = [
  { day: 1, label: 'Mon' },
  { day: 2, label: 'Tue' },
  { day: 3, label: 'Wed' },
  { day: 4, label: 'Thu' },
  { day: 5, label: 'Fri' },
  { day: 6, label: 'Sat' },
  { day: 7, label: 'Sun' },
];

type Text = 'load' | 'tempo' | 'cues' | 'notes';

interface NumberField {
  key:
    | 'holdSeconds'
    | 'reps'
    | 'sets'
    | 'restSeconds'
    | 'timesPerDay'
    | 'intensity';
  label: string;
  range: { min: number; max: number };
  /** Optional fields become null when emptied; required ones NaN (refused by validation). */
  optional: boolean;
  placeholder: string;
}

/** The number fields, in form order (the side select sits after the first three). */
const NUMBER_FIELDS: readonly NumberField[] = [
  {
    key: 'holdSeconds',
    label: 'Hold (s)',
    range: DOSE_BOUNDS.holdSeconds,
    optional: true,
    placeholder: 'reps only',
  },
  {
    key: 'reps',
    label: 'Reps',
    range: DOSE_BOUNDS.reps,
    optional: false,
    placeholder: '',
  },
  {
    key: 'sets',
    label: 'Sets',
    range: DOSE_BOUNDS.sets,
    optional: false,
    placeholder: '',
  },
  {
    key: 'restSeconds',
    label: 'Rest (s)',
    range: DOSE_BOUNDS.restSeconds,
    optional: false,
    placeholder: '',
  },
  {
    key: 'timesPerDay',
    label: 'Times a day',
    range: DOSE_BOUNDS.timesPerDay,
    optional: false,
    placeholder: '',
  },
  {
    key: 'intensity',
    label: 'Effort 0–10',
    range: DOSE_BOUNDS.intensity,
    optional: true,
    placeholder: '',
  },
];

/**
 * Every field of a dose (PRODUCT.md), labelled, with the dose in words below as it
 * is typed. An emptied required number becomes NaN, which the shared validation
 * refuses with the field's range before anything is sent.
 */
@Component({
  selector: 'rh-dose-fields',
  imports: [NgTemplateOutlet],
  templateUrl: './dose-fields.html',
  styleUrl: './dose-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DoseFields {
  readonly dose = model.required<EditableDose>();
  /** Tempo, cues and notes for the runner (a routine's item, not a default dose). */
  readonly withNotes = input(true);

  readonly days = DAYS;
  readonly sides = SIDES;
  readonly sideLabels = SIDE_LABELS;
  readonly numberFields = NUMBER_FIELDS;

  text(): string {
    return formatDose(this.dose());
  }

  numberValue(field: NumberField): number | '' {
    return this.dose()[field.key] ?? '';
  }

  setNumber(field: NumberField, event: Event): void {
    const raw = (event.target as HTMLInputElement).value;
    const empty = field.optional ? null : Number.NaN;
    this.change({ [field.key]: raw === '' ? empty : Number(raw) });
  }

  setText(field: Text, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement)
      .value;
    this.change({
      [field]: field === 'load' && value.trim() === '' ? null : value,
    });
  }

  setSide(event: Event): void {
    this.change({
      side: (event.target as HTMLSelectElement).value as Dose['side'],
    });
  }

  toggleDay(day: number, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.change({
      daysOfWeek: this.dose()
        .daysOfWeek.filter((d) => d !== day)
        .concat(on ? [day] : [])
        .sort((a, b) => a - b),
    });
  }

  private change(part: Partial<EditableDose>): void {
    this.dose.update((dose) => ({ ...dose, ...part }));
  }
}
