import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { localDateIn } from '@rehabit/shared-domain';
import {
  PRESCRIBE_TEMPLATE,
  RUNNER_ROSTER,
  TEMPLATES,
} from '@rehabit/web-coach-data-access';
import {
  formErrorsOf,
  GraphqlClient,
  type RunnerRosterQuery,
} from '@rehabit/web-shared-data-access';
import { FormErrors } from '@rehabit/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export interface PrescribeDialogData {
  /** The template to prescribe; absent: the coach chooses one in the dialog. */
  templateId?: string;
  templateName?: string;
  /** Runners ticked when the dialog opens (from a runner's page). */
  runnerIds?: string[];
}

type RosterRunner = RunnerRosterQuery['runners']['items'][number];

/** Prescribes a template to one runner or many at once: all of them, or none. */
@Component({
  selector: 'rh-prescribe-dialog',
  imports: [MatButtonModule, MatDialogModule, FormErrors],
  template: `
    <h2 mat-dialog-title>
      {{
        data.templateName
          ? 'Prescribe “' + data.templateName + '”'
          : 'Prescribe a template'
      }}
    </h2>
    @if (done(); as message) {
      <mat-dialog-content>
        <p role="status" data-testid="prescribed">{{ message }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" [mat-dialog-close]="true">
          Done
        </button>
      </mat-dialog-actions>
    } @else {
      <form (submit)="$event.preventDefault(); submit()" novalidate>
        <mat-dialog-content class="content">
          @if (!data.templateId) {
            <label class="field">
              Template
              <select
                (change)="templateId.set(value($event))"
                data-testid="prescribe-template"
              >
                <option value="">Choose a template</option>
                @for (template of templates(); track template.id) {
                  <option [value]="template.id">{{ template.name }}</option>
                }
              </select>
            </label>
          }
          <fieldset class="runners">
            <legend>Runners</legend>
            @for (runner of runners(); track runner.id) {
              <label class="runner">
                <input
                  type="checkbox"
                  [checked]="selected().has(runner.id)"
                  (change)="toggle(runner.id)"
                />
                {{ runner.name }}
                <span class="tz">({{ runner.timeZone }})</span>
              </label>
            } @empty {
              <p>No runners to prescribe to yet.</p>
            }
          </fieldset>
          <div class="dates">
            <label class="field">
              Starts on
              <input
                type="date"
                [value]="startDate()"
                (input)="startDate.set(value($event))"
                required
              />
            </label>
            <label class="field">
              Ends on (optional)
              <input
                type="date"
                [value]="endDate()"
                (input)="endDate.set(value($event))"
              />
            </label>
          </div>
          <p class="hint">
            Dates are each runner’s own local dates. Week 1 begins on the start
            date.
          </p>
          <rh-form-errors [errors]="errors()" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-stroked-button type="button" mat-dialog-close>
            Cancel
          </button>
          <button
            mat-flat-button
            type="submit"
            [disabled]="busy() || selected().size === 0 || !templateId()"
          >
            {{
              busy()
                ? 'Prescribing…'
                : 'Prescribe to ' +
                  selected().size +
                  (selected().size === 1 ? ' runner' : ' runners')
            }}
          </button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .runners {
      display: flex;
      flex-direction: column;
      gap: 4px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      max-height: 280px;
      overflow: auto;
    }
    .runner {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 32px;
    }
    .tz {
      color: var(--mat-sys-on-surface-variant);
    }
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    input[type='date'],
    select {
      font: inherit;
      padding: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrescribeDialog {
  private readonly graphql = inject(GraphqlClient);
  readonly data = inject<PrescribeDialogData>(MAT_DIALOG_DATA);

  readonly runners = signal<RosterRunner[]>([]);
  readonly templateId = signal(this.data.templateId ?? '');
  readonly templates = signal<{ id: string; name: string }[]>([]);
  readonly selected = signal(new Set<string>(this.data.runnerIds ?? []));
  readonly startDate = signal(
    localDateIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date()),
  );
  readonly endDate = signal('');
  readonly errors = signal<Record<string, string>>({});
  readonly busy = signal(false);
  readonly done = signal<string | null>(null);

  constructor() {
    this.graphql
      .query({
        query: RUNNER_ROSTER,
        variables: { page: { size: 100 } },
      })
      .subscribe({
        next: (result) =>
          this.runners.set(
            (result.data as RunnerRosterQuery).runners.items.filter(
              (r) => r.status !== 'DISCHARGED',
            ),
          ),
        error: () =>
          this.errors.set({ form: 'The runners could not be loaded.' }),
      });
    if (!this.data.templateId)
      this.graphql.query({ query: TEMPLATES }).subscribe({
        next: (result) => this.templates.set(result.data?.templates ?? []),
        error: () =>
          this.errors.set({ form: 'The templates could not be loaded.' }),
      });
  }

  value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  toggle(id: string): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  async submit(): Promise<void> {
    this.busy.set(true);
    this.errors.set({});
    try {
      const result = await firstValueFrom(
        this.graphql.mutate({
          mutation: PRESCRIBE_TEMPLATE,
          variables: {
            input: {
              templateId: this.templateId(),
              runnerIds: [...this.selected()],
              startDate: this.startDate(),
              endDate: this.endDate() || null,
            },
          },
        }),
      );
      const count = result.data?.prescribeTemplate.length ?? 0;
      this.done.set(
        `Prescribed to ${count} ${count === 1 ? 'runner' : 'runners'}, starting ${this.startDate()}.`,
      );
    } catch (error) {
      this.errors.set(
        formErrorsOf(error, 'Nothing was prescribed. Try again.'),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
