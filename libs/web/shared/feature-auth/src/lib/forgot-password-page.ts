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
import { RouterLink } from '@angular/router';
import {
  fieldErrorsOf,
  graphql,
  GraphqlClient,
} from '@rehabit/web-shared-data-access';
import { firstValueFrom } from 'rxjs';

export const PASSWORD_RESET_BY_EMAIL = graphql(`
  query PasswordResetByEmail {
    passwordResetByEmail
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * "Forgot your password?": where the server emails links, the person asks for one
 * here; where it does not, the page says who can make one (their coach or admin).
 */
@Component({
  selector: 'rh-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h1>Forgot your password?</h1>
    @switch (mode()) {
      @case ('loading') {
        <p role="status">Loading…</p>
      }
      @case ('handed-over') {
        <p data-testid="forgot-password-handover">
          This clinic’s Rehabit does not send email. Ask for a password link
          instead: runners from their coach, coaches from their clinic admin.
          The link works once, for 24 hours.
        </p>
      }
      @case ('sent') {
        <p role="status" data-testid="forgot-password-sent">
          If an account uses {{ sentTo() }}, an email with a link to choose a
          new password is on its way. The link works once, for 24 hours.
        </p>
      }
      @default {
        <p>We will email you a link to choose a new password.</p>
        <form
          [formGroup]="form"
          (ngSubmit)="submit()"
          class="auth-form"
          novalidate
        >
          <mat-form-field appearance="outline">
            <mat-label>Email</mat-label>
            <input
              matInput
              type="email"
              formControlName="email"
              autocomplete="username"
              required
            />
          </mat-form-field>
          <p class="message" role="alert">{{ message() }}</p>
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ busy() ? 'Sending…' : 'Email me a link' }}
          </button>
        </form>
      }
    }
    <p><a routerLink="/sign-in">Back to sign in</a></p>
  `,
  styleUrl: './auth-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly graphql = inject(GraphqlClient);

  readonly mode = signal<'loading' | 'form' | 'handed-over' | 'sent'>(
    'loading',
  );
  readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
  });
  readonly message = signal('');
  readonly busy = signal(false);
  readonly sentTo = signal('');

  constructor() {
    this.graphql.query({ query: PASSWORD_RESET_BY_EMAIL }).subscribe({
      next: (result) =>
        this.mode.set(
          result.data?.passwordResetByEmail ? 'form' : 'handed-over',
        ),
      // Offering the form is harmless: the answer says if no email can be sent.
      error: () => this.mode.set('form'),
    });
  }

  async submit(): Promise<void> {
    if (this.form.invalid) {
      this.message.set('Enter the email address you sign in with.');
      return;
    }
    this.busy.set(true);
    this.message.set('');
    const email = this.form.getRawValue().email.trim();
    try {
      const result = await firstValueFrom(
        this.graphql.mutate({
          mutation: REQUEST_PASSWORD_RESET,
          variables: { email },
        }),
      );
      if (result.data?.requestPasswordReset) {
        this.sentTo.set(email);
        this.mode.set('sent');
      } else {
        this.mode.set('handed-over');
      }
    } catch (error) {
      this.message.set(
        fieldErrorsOf(error)['email']
          ? 'Enter a valid email address.'
          : 'Rehabit could not be reached. Check your connection and try again.',
      );
    } finally {
      this.busy.set(false);
    }
  }
}
