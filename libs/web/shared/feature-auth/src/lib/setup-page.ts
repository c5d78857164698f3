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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { PASSWORD_LENGTH } from '@rehabit/shared-domain';
import {
  fieldErrorsOf,
  graphql,
  GraphqlClient,
  Session,
} from '@rehabit/web-shared-data-access';
import { firstValueFrom } from 'rxjs';

export const SETUP_CLINIC = graphql(`
  mutation SetupClinic($input: SetupClinicInput!) {
    setupClinic(input: $input) {
      email
    }
  }
`);

const FIELD_LABELS: Record<string, string> = {
  'input.clinicName': 'Clinic name',
  'input.adminName': 'Your name',
  'input.adminEmail': 'Email',
  'input.password': 'Password',
};

/** First run: the person installing Rehabit creates the clinic and becomes its admin. */
@Component({
  selector: 'rh-setup-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h1>Set up your clinic</h1>
    <p>
      This Rehabit has no clinic yet. You become its admin; you then invite your
      coaches.
    </p>
    <form [formGroup]="form" (ngSubmit)="submit()" class="auth-form" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>Clinic name</mat-label>
        <input
          matInput
          formControlName="clinicName"
          autocomplete="organization"
          required
        />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Your name</mat-label>
        <input
          matInput
          formControlName="adminName"
          autocomplete="name"
          required
        />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Email</mat-label>
        <input
          matInput
          type="email"
          formControlName="adminEmail"
          autocomplete="username"
          required
        />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Password</mat-label>
        <input
          matInput
          type="password"
          formControlName="password"
          autocomplete="new-password"
          required
        />
        <mat-hint>At least {{ minLength }} characters</mat-hint>
      </mat-form-field>
      <div class="message" role="alert" data-testid="setup-message">
        @for (line of messages(); track line) {
          <p>{{ line }}</p>
        }
      </div>
      <button mat-flat-button type="submit" [disabled]="busy()">
        {{ busy() ? 'Setting up…' : 'Create the clinic' }}
      </button>
    </form>
  `,
  styleUrl: './auth-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetupPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  readonly minLength = PASSWORD_LENGTH.staff;
  readonly form = new FormGroup({
    clinicName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    adminName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    adminEmail: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  readonly messages = signal<string[]>([]);
  readonly busy = signal(false);

  async submit(): Promise<void> {
    this.busy.set(true);
    this.messages.set([]);
    const input = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.graphql.mutate({ mutation: SETUP_CLINIC, variables: { input } }),
      );
      const outcome = await this.session.signIn(
        input.adminEmail.trim(),
        input.password,
      );
      await this.router.navigateByUrl(
        outcome === 'signed-in' ? '/roster' : '/sign-in',
      );
    } catch (error) {
      const fields = Object.entries(fieldErrorsOf(error));
      const refused = (error as { errors?: { message: string }[] }).errors?.[0]
        ?.message;
      this.messages.set(
        fields.length > 0
          ? fields.map(
              ([field, message]) =>
                `${FIELD_LABELS[field] ?? field} ${message}.`,
            )
          : [
              refused ??
                'Rehabit could not be reached. Check your connection and try again.',
            ],
      );
    } finally {
      this.busy.set(false);
    }
  }
}
