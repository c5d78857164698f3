import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';

/** Someone who can be responsible for a runner. */
export interface CoachChoice {
  id: string;
  name: string;
  admin: boolean;
}

/** What the dialog needs: the runner, and how to list coaches and reassign (data access stays outside). */
export interface ReassignRunnerData {
  runnerName: string;
  coachId: string;
  coaches: () => Promise<CoachChoice[]>;
  reassign: (coachId: string) => Promise<void>;
}

/**
 * An admin makes another coach (or admin) of the clinic responsible for a runner.
 * Closes with true once reassigned.
 */
@Component({
  selector: 'rh-reassign-runner-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>Reassign {{ data.runnerName }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <label class="field">
          Responsible coach
          <select formControlName="coachId" data-testid="reassign-coach">
            @for (member of staff(); track member.id) {
              <option [value]="member.id">
                {{ member.name }}{{ member.admin ? ' (admin)' : '' }}
              </option>
            }
          </select>
        </label>
        <p role="alert" class="error">{{ error() }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-stroked-button type="button" mat-dialog-close>
          Cancel
        </button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="busy() || form.controls.coachId.value === data.coachId"
        >
          {{ busy() ? 'Saving…' : 'Reassign' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    select {
      font: inherit;
      padding: 8px;
      min-height: 44px;
    }
    .error {
      color: var(--mat-sys-error);
      min-height: 1.5em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignRunnerDialog {
  private readonly dialogRef = inject(
    MatDialogRef<ReassignRunnerDialog, boolean>,
  );
  readonly data = inject<ReassignRunnerData>(MAT_DIALOG_DATA);

  readonly form = new FormGroup({
    coachId: new FormControl(this.data.coachId, {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  readonly staff = signal<CoachChoice[]>([]);
  readonly error = signal('');
  readonly busy = signal(false);

  constructor() {
    this.data.coaches().then(
      (coaches) => this.staff.set(coaches),
      () => this.error.set('The coaches could not be loaded.'),
    );
  }

  async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set('');
    try {
      await this.data.reassign(this.form.controls.coachId.value);
      this.dialogRef.close(true);
    } catch {
      this.error.set('The runner could not be reassigned. Try again.');
    } finally {
      this.busy.set(false);
    }
  }
}
