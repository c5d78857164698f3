import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { formErrorsOf } from '@rehabit/web-shared-data-access';

export interface EraseRunnerData {
  runnerName: string;
  erase: (confirmName: string) => Promise<void>;
}

const normal = (name: string) =>
  name.normalize('NFC').trim().toLocaleLowerCase();

/**
 * An admin erases a runner on the runner's request. It cannot be undone, so the admin
 * types the runner's name (as the API also checks). Closes with true once erased.
 */
@Component({
  selector: 'rh-erase-runner-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>Erase {{ data.runnerName }}?</h2>
    <form (submit)="submit($event)" novalidate>
      <mat-dialog-content>
        <p>
          Their name, email, account and every note and comment are removed. The
          numbers of past sessions stay, under a random id, so the clinic’s
          adherence figures stay true. This cannot be undone: download their
          record first if they asked for a copy.
        </p>
        <label class="field">
          Type {{ data.runnerName }} to confirm
          <input
            type="text"
            autocomplete="off"
            data-testid="erase-confirm-name"
            [value]="typed()"
            (input)="typed.set($any($event.target).value)"
            [attr.aria-invalid]="error() ? true : null"
            aria-describedby="erase-error"
          />
        </label>
        <p id="erase-error" role="alert" class="error">{{ error() }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-stroked-button type="button" mat-dialog-close>Keep</button>
        <button
          mat-flat-button
          class="danger"
          type="submit"
          [disabled]="busy() || !matches()"
        >
          {{ busy() ? 'Erasing…' : 'Erase for good' }}
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
    input {
      font: inherit;
      padding: 8px;
      min-height: 44px;
    }
    .error {
      color: var(--mat-sys-error);
      min-height: 1.5em;
    }
    .danger:not([disabled]) {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EraseRunnerDialog {
  private readonly dialogRef = inject(MatDialogRef<EraseRunnerDialog, boolean>);
  readonly data = inject<EraseRunnerData>(MAT_DIALOG_DATA);

  readonly typed = signal('');
  readonly error = signal('');
  readonly busy = signal(false);
  readonly matches = computed(
    () => normal(this.typed()) === normal(this.data.runnerName),
  );

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.matches()) return;
    this.busy.set(true);
    this.error.set('');
    try {
      await this.data.erase(this.typed());
      this.dialogRef.close(true);
    } catch (error) {
      const errors = formErrorsOf(
        error,
        'The runner could not be erased. Try again.',
      );
      this.error.set(
        errors['input.confirmName']
          ? `The name ${errors['input.confirmName']}.`
          : (errors['form'] ?? Object.values(errors)[0]),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
