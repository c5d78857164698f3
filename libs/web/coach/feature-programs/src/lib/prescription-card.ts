import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { addDays, localDateIn, validatePhases } from '@rehabit/shared-domain';
import {
  describeField,
  draftsOf,
  END_PRESCRIPTION,
  PAUSE_PRESCRIPTION,
  phasesInput,
  RESUME_PRESCRIPTION,
  REVISE_PRESCRIPTION,
  type PhaseDraft,
} from '@rehabit/web-coach-data-access';
import {
  formErrorsOf,
  GraphqlClient,
  type RunnerDetailQuery,
} from '@rehabit/web-shared-data-access';
import { FormErrors } from '@rehabit/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { PhaseEditor } from './phase-editor';

type PrescriptionView = RunnerDetailQuery['runnerPrescriptions'][number];

const STATUS_LABELS: Record<PrescriptionView['status'], string> = {
  UPCOMING: 'Starts soon',
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  ENDED: 'Ended',
};

const weeks = (p: { startWeek: number; endWeek: number | null }) =>
  p.endWeek === null
    ? `from week ${p.startWeek}`
    : `weeks ${p.startWeek}–${p.endWeek}`;

/**
 * One prescription on the runner's page: the plan in force by phase, its history of
 * versions with what changed, and the coach's changes: a new dose from a chosen date
 * (a new version), pause, resume, end.
 */
@Component({
  selector: 'rh-prescription-card',
  imports: [MatButtonModule, PhaseEditor, FormErrors],
  templateUrl: './prescription-card.html',
  styleUrl: './prescription-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrescriptionCard {
  private readonly graphql = inject(GraphqlClient);

  readonly prescription = input.required<PrescriptionView>();
  readonly timeZone = input.required<string>();
  /** Read-only for a discharged runner. */
  readonly editable = input(true);
  readonly changed = output<void>();

  readonly statusLabels = STATUS_LABELS;
  readonly weeks = weeks;
  readonly describeField = describeField;
  readonly today = computed(() => localDateIn(this.timeZone(), new Date()));
  readonly paused = computed(() =>
    this.prescription().pauses.some((p) => p.endDate === null),
  );

  readonly editing = signal(false);
  readonly drafts = signal<PhaseDraft[]>([]);
  readonly effectiveFrom = signal('');
  readonly changeNote = signal('');
  readonly errors = signal<Record<string, string>>({});
  readonly busy = signal(false);
  readonly notice = signal('');

  startEditing(): void {
    this.drafts.set(draftsOf(this.prescription().current.phases));
    const tomorrow = addDays(this.today(), 1);
    const start = this.prescription().startDate;
    this.effectiveFrom.set(start > tomorrow ? start : tomorrow);
    this.changeNote.set('');
    this.errors.set({});
    this.editing.set(true);
  }

  value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  async saveVersion(): Promise<void> {
    const phases = phasesInput(this.drafts());
    const problems = validatePhases(phases);
    this.errors.set(
      Object.fromEntries(problems.map((e) => [e.field, e.message])),
    );
    if (problems.length > 0) return;
    const saved = await this.run(REVISE_PRESCRIPTION, {
      input: {
        prescriptionId: this.prescription().id,
        effectiveFrom: this.effectiveFrom(),
        changeNote: this.changeNote(),
        phases,
      },
    });
    if (saved) {
      this.editing.set(false);
      this.notice.set(
        `Saved: the new dose is in force from ${this.effectiveFrom()}.`,
      );
    }
  }

  pause(): Promise<boolean> {
    return this.run(PAUSE_PRESCRIPTION, {
      id: this.prescription().id,
      from: this.today(),
    });
  }

  resume(): Promise<boolean> {
    return this.run(RESUME_PRESCRIPTION, {
      id: this.prescription().id,
      on: this.today(),
    });
  }

  end(): Promise<boolean> {
    return this.run(END_PRESCRIPTION, {
      id: this.prescription().id,
      lastDay: this.today(),
    });
  }

  /** Runs one change; on success the page reloads the runner. */
  private async run(
    mutation:
      | typeof REVISE_PRESCRIPTION
      | typeof PAUSE_PRESCRIPTION
      | typeof RESUME_PRESCRIPTION
      | typeof END_PRESCRIPTION,
    variables: Record<string, unknown>,
  ): Promise<boolean> {
    this.busy.set(true);
    this.errors.set({});
    try {
      await firstValueFrom(
        this.graphql.mutate({ mutation, variables } as Parameters<
          GraphqlClient['mutate']
        >[0]),
      );
      this.changed.emit();
      return true;
    } catch (error) {
      this.errors.set(
        formErrorsOf(error, 'The change was not saved. Try again.'),
      );
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
