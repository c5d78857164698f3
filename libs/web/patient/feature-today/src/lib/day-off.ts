import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  MY_EXCUSED_DAYS,
  REPORT_EXCUSED_DAY,
  WITHDRAW_EXCUSED_DAY,
} from '@rehabit/web-patient-data-access';
import {
  formErrorsOf,
  GraphqlClient,
  type MyExcusedDaysQuery,
} from '@rehabit/web-shared-data-access';
import {
  EXCUSE_NOTE_MAX,
  EXCUSE_REASON_LABELS,
  EXCUSE_REASONS,
  type ExcuseReason,
  dayInWords,
} from '@rehabit/shared-domain';
import { FormErrors } from '@rehabit/web-shared-ui';
import { firstValueFrom } from 'rxjs';

type ExcusedDay = MyExcusedDaysQuery['myExcusedDays'][number];

const FIELD_LABELS: Record<string, string> = {
  'input.date': 'The day',
  'input.reason': 'The reason',
  'input.note': 'The note',
};

/**
 * "Can't train?": the runner tells their coach about a day off (ill, travelling,
 * racing). Once the coach confirms it, the day no longer counts against them.
 */
@Component({
  selector: 'rh-day-off',
  imports: [FormErrors],
  template: `
    <section aria-labelledby="day-off-heading" class="day-off">
      <h2 id="day-off-heading">Can’t train?</h2>
      @for (day of days(); track day.id) {
        <p class="reported" data-testid="reported-day">
          {{ words(day.date) }}: {{ labels[day.reason] }} ·
          {{
            day.confirmed ? 'confirmed by your coach' : 'waiting for your coach'
          }}
          @if (!day.confirmed) {
            <button class="button" type="button" (click)="withdraw(day)">
              Withdraw<span class="visually-hidden">
                {{ words(day.date) }}</span
              >
            </button>
          }
        </p>
      }
      @if (open()) {
        <!-- Plain inputs, no forms package: the runner's phone loads less. -->
        <form (submit)="$event.preventDefault(); send()" class="form">
          <label>
            Day
            <input
              type="date"
              name="date"
              required
              [value]="date()"
              (change)="date.set($any($event.target).value)"
            />
          </label>
          <label>
            Why
            <select
              name="reason"
              (change)="reason.set($any($event.target).value)"
            >
              @for (r of reasons; track r) {
                <option [value]="r" [selected]="r === reason()">
                  {{ labels[r] }}
                </option>
              }
            </select>
          </label>
          <label>
            A word for your coach (optional)
            <input
              name="note"
              [value]="note()"
              (input)="note.set($any($event.target).value)"
              [attr.maxlength]="noteMax"
            />
          </label>
          <div class="actions">
            <button class="button button-filled" type="submit">
              Tell my coach
            </button>
            <button
              class="button button-outlined"
              type="button"
              (click)="open.set(false)"
            >
              Cancel
            </button>
          </div>
          <rh-form-errors [errors]="errors()" [labelOf]="labelOf" />
        </form>
      } @else {
        <button class="button button-outlined" type="button" (click)="start()">
          Report a day off (ill, travelling, racing)
        </button>
      }
      <p role="status" class="notice">{{ notice() }}</p>
    </section>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 360px;
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      input,
      select {
        font: inherit;
        padding: 8px;
        min-height: 44px;
      }
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .reported {
      margin: 4px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DayOff {
  private readonly graphql = inject(GraphqlClient);

  /** Today in the runner's zone: the day proposed. */
  readonly today = input.required<string>();
  readonly days = signal<ExcusedDay[]>([]);
  readonly open = signal(false);
  readonly notice = signal('');
  readonly errors = signal<Record<string, string>>({});
  readonly reasons = EXCUSE_REASONS;
  readonly labels = EXCUSE_REASON_LABELS;
  readonly noteMax = EXCUSE_NOTE_MAX;
  readonly labelOf = (field: string) => FIELD_LABELS[field] ?? field;
  readonly date = signal('');
  readonly reason = signal<ExcuseReason>('ILLNESS');
  readonly note = signal('');

  constructor() {
    this.load();
  }

  readonly words = dayInWords;

  load(): void {
    this.graphql.query({ query: MY_EXCUSED_DAYS }).subscribe({
      next: (result) => this.days.set(result.data?.myExcusedDays ?? []),
      // Offline: the list waits for the connection; reporting says so below.
      error: () => undefined,
    });
  }

  start(): void {
    this.date.set(this.today());
    this.note.set('');
    this.errors.set({});
    this.open.set(true);
  }

  async send(): Promise<void> {
    try {
      await firstValueFrom(
        this.graphql.mutate({
          mutation: REPORT_EXCUSED_DAY,
          variables: {
            input: {
              date: this.date(),
              reason: this.reason(),
              note: this.note(),
            },
          },
        }),
      );
      this.open.set(false);
      this.notice.set(
        `Your coach will see ${this.words(this.date())}. Once they confirm it, it will not count against you.`,
      );
      this.load();
    } catch (error) {
      this.errors.set(
        formErrorsOf(error, 'Not sent: check your connection and try again.'),
      );
    }
  }

  async withdraw(day: ExcusedDay): Promise<void> {
    try {
      await firstValueFrom(
        this.graphql.mutate({
          mutation: WITHDRAW_EXCUSED_DAY,
          variables: { id: day.id },
        }),
      );
      this.notice.set(`${this.words(day.date)} withdrawn.`);
      this.load();
    } catch {
      this.notice.set('Not withdrawn: check your connection and try again.');
    }
  }
}
