import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
  type OnInit,
} from '@angular/core';
import { CORRECT_SESSION } from '@rehabit/web-patient-data-access';
import { itemAnswers } from '@rehabit/shared-domain';
import type { RunnerTodayQuery } from '@rehabit/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

type Log = RunnerTodayQuery['runnerToday']['correctable'][number];

/**
 * Corrects a session's answers within 24 hours: a new revision with its own client id
 * (never a resend of the old one); the original stays on record.
 */
@Component({
  selector: 'rh-correct-log-form',
  template: `
    <form (submit)="$event.preventDefault(); save()" novalidate class="correct">
      @for (field of fields; track field.key) {
        <label class="field">
          {{ field.label }}
          <select (change)="set(field.key, $event)">
            @for (n of scale; track n) {
              <option [value]="n" [selected]="n === values()[field.key]">
                {{ n }}
              </option>
            }
          </select>
        </label>
      }
      <p role="alert" class="error">{{ error() }}</p>
      <div class="actions">
        <button class="button button-filled" type="submit" [disabled]="busy()">
          Save correction
        </button>
        <button
          class="button button-outlined"
          type="button"
          (click)="cancelled.emit()"
        >
          Cancel
        </button>
      </div>
    </form>
  `,
  styles: `
    .correct {
      display: grid;
      grid-template-columns: repeat(3, 1fr);
      gap: 8px;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
      select {
        font: inherit;
        min-height: 44px;
      }
    }
    .error,
    .actions {
      grid-column: 1 / -1;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
    .actions {
      display: flex;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CorrectLogForm implements OnInit {
  private readonly graphql = inject(GraphqlClient);

  readonly log = input.required<Log>();
  readonly saved = output<void>();
  readonly cancelled = output<void>();

  readonly scale = Array.from({ length: 11 }, (_, i) => i);
  readonly fields = [
    { key: 'painBefore', label: 'Pain before' },
    { key: 'painAfter', label: 'Pain after' },
    { key: 'effort', label: 'Effort' },
  ] as const;
  readonly values = signal({ painBefore: 0, painAfter: 0, effort: 0 });
  readonly error = signal('');
  readonly busy = signal(false);

  ngOnInit(): void {
    const { painBefore, painAfter, effort } = this.log();
    this.values.set({ painBefore, painAfter, effort });
  }

  set(key: 'painBefore' | 'painAfter' | 'effort', event: Event): void {
    const value = Number((event.target as HTMLSelectElement).value);
    this.values.update((v) => ({ ...v, [key]: value }));
  }

  async save(): Promise<void> {
    const log = this.log();
    this.busy.set(true);
    this.error.set('');
    try {
      await firstValueFrom(
        this.graphql.mutate({
          mutation: CORRECT_SESSION,
          variables: {
            correctsId: log.id,
            input: {
              clientId: crypto.randomUUID(),
              prescriptionId: log.prescriptionId,
              localDate: log.localDate,
              slot: log.slot,
              startedAt: new Date(String(log.startedAt)).toISOString(),
              completedAt: new Date(String(log.completedAt)).toISOString(),
              ...this.values(),
              warningSigns: log.warningSigns,
              note: log.note,
              items: log.items.map(itemAnswers),
            },
          },
        }),
      );
      this.saved.emit();
    } catch {
      this.error.set('The correction could not be saved. Try again.');
    } finally {
      this.busy.set(false);
    }
  }
}
