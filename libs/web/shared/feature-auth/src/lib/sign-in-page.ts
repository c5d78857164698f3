import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
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
import { Router, RouterLink } from '@angular/router';
import {
  graphql,
  GraphqlClient,
  homeOf,
  Session,
  type SignInOutcome,
} from '@rehabit/web-shared-data-access';

export const NEEDS_SETUP = graphql(`
  query NeedsSetup {
    needsSetup
  }
`);

const MESSAGES: Record<Exclude<SignInOutcome, 'signed-in'>, string> = {
  'wrong-credentials':
    'That email and password do not match. Check them and try again.',
  locked:
    'Too many failed sign-ins. Try again in 15 minutes, or ask your clinic to unlock your account.',
  'too-many-attempts':
    'Too many sign-in attempts from this network. Wait a while and try again.',
  unavailable:
    'Rehabit could not be reached. Check your connection and try again.',
};

@Component({
  selector: 'rh-sign-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h1>Sign in</h1>
    @if (needsSetup()) {
      <p role="status">
        This Rehabit has no clinic yet.
        <a routerLink="/setup">Set up your clinic</a> first.
      </p>
    }
    <form [formGroup]="form" (ngSubmit)="submit()" class="auth-form" novalidate>
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
      <mat-form-field appearance="outline">
        <mat-label>Password</mat-label>
        <input
          matInput
          type="password"
          formControlName="password"
          autocomplete="current-password"
          required
        />
      </mat-form-field>
      <p class="message" role="alert" data-testid="sign-in-message">
        {{ message() }}
      </p>
      <button mat-flat-button type="submit" [disabled]="busy()">
        {{ busy() ? 'Signing in…' : 'Sign in' }}
      </button>
    </form>
    <p><a routerLink="/forgot-password">Forgot your password?</a></p>
  `,
  styleUrl: './auth-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  /** Where to go after signing in (query parameter), if it is a path of this app. */
  readonly next = input<string | undefined>();

  readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  readonly message = signal('');
  readonly busy = signal(false);
  readonly needsSetup = signal(false);

  constructor() {
    inject(GraphqlClient)
      .query({ query: NEEDS_SETUP })
      .subscribe({
        next: (result) => this.needsSetup.set(result.data?.needsSetup === true),
        error: () => undefined,
      });
  }

  async submit(): Promise<void> {
    if (this.form.invalid) {
      this.message.set('Enter your email and your password.');
      return;
    }
    this.busy.set(true);
    this.message.set('');
    const { email, password } = this.form.getRawValue();
    const outcome = await this.session.signIn(email.trim(), password);
    this.busy.set(false);
    if (outcome !== 'signed-in') {
      this.message.set(MESSAGES[outcome]);
      return;
    }
    const me = this.session.me();
    const next = this.next();
    await this.router.navigateByUrl(
      next?.startsWith('/') && !next.startsWith('//')
        ? next
        : homeOf(me?.role ?? 'runner'),
    );
  }
}
