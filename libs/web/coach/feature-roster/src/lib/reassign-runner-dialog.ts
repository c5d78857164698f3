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
import { REASSIGN_RUNNER, STAFF_MEMBERS } from '@rehabit/web-coach-data-access';
import type { StaffMembersQuery } from '@rehabit/web-shared-data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export interface ReassignRunnerData {
  runnerId: string;
  runnerName: string;
  coachId: string;
}

type StaffMember = StaffMembersQuery['staffMembers'][number];

/** An admin makes another coach (or admin) of the clinic responsible for a runner. */
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
                {{ member.name }}{{ member.role === 'admin' ? ' (admin)' : '' }}
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
  private readonly apollo = inject(Apollo);
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
  readonly staff = signal<StaffMember[]>([]);
  readonly error = signal('');
  readonly busy = signal(false);

  constructor() {
    this.apollo
      .query({ query: STAFF_MEMBERS, fetchPolicy: 'network-only' })
      .subscribe({
        next: (result) =>
          this.staff.set(
            (result.data?.staffMembers ?? []).filter((m) => m.joined),
          ),
        error: () => this.error.set('The coaches could not be loaded.'),
      });
  }

  async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set('');
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: REASSIGN_RUNNER,
          variables: {
            runnerId: this.data.runnerId,
            coachId: this.form.controls.coachId.value,
          },
        }),
      );
      this.dialogRef.close(true);
    } catch {
      this.error.set('The runner could not be reassigned. Try again.');
    } finally {
      this.busy.set(false);
    }
  }
}
