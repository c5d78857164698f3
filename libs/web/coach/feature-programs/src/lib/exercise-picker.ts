import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  type MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  ExerciseLibraryApi,
  type ExerciseListItem,
} from '@rehabit/web-coach-data-access';
import { CATEGORY_LABELS } from '@rehabit/shared-domain';
import { debounceTime, distinctUntilChanged, filter, switchMap } from 'rxjs';

/** Finds an exercise of the library by name or alias and hands it over. */
@Component({
  selector: 'rh-exercise-picker',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <mat-form-field appearance="outline" class="picker">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="query"
        [matAutocomplete]="auto"
        placeholder="Type a name, e.g. figure four"
        data-testid="exercise-picker"
      />
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="pick($event)">
        @for (exercise of options(); track exercise.id) {
          <mat-option [value]="exercise">
            {{ exercise.name }} · {{ categoryLabels[exercise.category] }}
          </mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
  styles: `
    .picker {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExercisePicker {
  private readonly library = inject(ExerciseLibraryApi);

  readonly label = input('Add an exercise');
  readonly picked = output<ExerciseListItem>();

  readonly query = new FormControl<string | ExerciseListItem>('', {
    nonNullable: true,
  });
  readonly options = signal<ExerciseListItem[]>([]);
  readonly categoryLabels = CATEGORY_LABELS;

  constructor() {
    this.query.valueChanges
      .pipe(
        filter((value): value is string => typeof value === 'string'),
        debounceTime(200),
        distinctUntilChanged(),
        switchMap((search) =>
          this.library.search(search.trim() ? { search: search.trim() } : {}),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe({
        next: (page) => this.options.set(page.items),
        error: () => this.options.set([]),
      });
  }

  pick(event: MatAutocompleteSelectedEvent): void {
    this.picked.emit(event.option.value as ExerciseListItem);
    this.query.setValue('');
  }
}
