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
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ADD_RUNNER } from '@rehabit/web-coach-data-access';
import { formErrorsOf, GraphqlClient } from '@rehabit/web-shared-data-access';
import { FormErrors, IssuedLink } from '@rehabit/web-shared-ui';
import { firstValueFrom } from 'rxjs';

const TIME_ZONES: string[] =
  (
    Intl as { supportedValuesOf?: (key: string) => string[] }
  ).supportedValuesOf?.('timeZone') ?? [];

/** Adds a runner, then shows the invitation link for the coach to copy and send. */
@Component({
  selector: 'rh-add-runner-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    IssuedLink,
    FormErrors,
  ],
  templateUrl: './add-runner-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
  `,
})
export class AddRunnerDialog {
  private readonly graphql = inject(GraphqlClient);
  readonly dialogRef = inject(MatDialogRef<AddRunnerDialog, boolean>);

  readonly timeZones = TIME_ZONES;
  readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    timeZone: new FormControl(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
      {
        nonNullable: true,
        validators: [Validators.required],
      },
    ),
  });
  readonly errors = signal<Record<string, string>>({});
  readonly link = signal<{
    url: string;
    name: string;
    emailedTo: string | null;
  } | null>(null);
  readonly busy = signal(false);

  async submit(): Promise<void> {
    this.busy.set(true);
    this.errors.set({});
    try {
      const result = await firstValueFrom(
        this.graphql.mutate({
          mutation: ADD_RUNNER,
          variables: { input: this.form.getRawValue() },
        }),
      );
      const added = result.data?.addRunner;
      if (added)
        this.link.set({
          url: added.url,
          name: added.runner.name,
          emailedTo: added.emailed ? added.runner.email : null,
        });
    } catch (error) {
      this.errors.set(
        formErrorsOf(
          error,
          'The runner could not be added. Check your connection and try again.',
        ),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
