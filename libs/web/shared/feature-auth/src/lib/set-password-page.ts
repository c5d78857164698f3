import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
  type OnInit,
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
import { PASSWORD_LENGTH } from '@rehabit/shared-domain';
import {
  fieldErrorsOf,
  graphql,
  GraphqlClient,
  homeOf,
  Session,
} from '@rehabit/web-shared-data-access';
import { firstValueFrom } from 'rxjs';

export const ACCEPT_RUNNER_INVITATION = graphql(`
  mutation AcceptRunnerInvitation($input: AcceptRunnerInvitationInput!) {
    acceptRunnerInvitation(input: $input) {
      email
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      email
    }
  }
`);

/** The two single-use links that end in choosing a password. */
export type SetPasswordPurpose = 'join' | 'welcome' | 'reset';

const TEXT: Record<
  SetPasswordPurpose,
  { heading: string; intro: string; button: string; busy: string }
> = {
  join: {
    heading: 'Join your clinic on Rehabit',
    intro: 'Choose a password. You will use it with your email to sign in.',
    button: 'Set password and join',
    busy: 'Joining…',
  },
  welcome: {
    heading: 'Join your clinic on Rehabit',
    intro:
      'Your clinic admin invited you as a coach. Choose a password to sign in with your email.',
    button: 'Set password and join',
    busy: 'Joining…',
  },
  reset: {
    heading: 'Choose a new password',
    intro:
      'Your old password stops working, and you are signed out everywhere else.',
    button: 'Set new password',
    busy: 'Saving…',
  },
};

/**
 * The page of an invitation or reset link: choose a password, then sign in. The token
 * arrives in the URL fragment and is taken out of the address bar at once, so it
 * stays out of history, bookmarks and screenshots.
 */
@Component({
  selector: 'rh-set-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h1>{{ text().heading }}</h1>
    @if (token) {
      <p>
        {{ text().intro }} At least {{ minLength }} characters ({{
          staffMinLength
        }}
        for clinic staff).
      </p>
      <form
        [formGroup]="form"
        (ngSubmit)="submit()"
        class="auth-form"
        novalidate
      >
        <mat-form-field appearance="outline">
          <mat-label>New password</mat-label>
          <input
            matInput
            type="password"
            formControlName="password"
            autocomplete="new-password"
            required
          />
        </mat-form-field>
        <p class="message" role="alert" data-testid="set-password-message">
          {{ message() }}
        </p>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ busy() ? text().busy : text().button }}
        </button>
      </form>
    } @else {
      <p role="alert" data-testid="set-password-message">
        This link is incomplete. Open the whole link you were sent.
      </p>
    }
    <p><a routerLink="/sign-in">Sign in instead</a></p>
  `,
  styleUrl: './auth-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordPage implements OnInit {
  private readonly graphql = inject(GraphqlClient);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  /** From the route's data. */
  readonly purpose = input<SetPasswordPurpose>('join');
  text = () => TEXT[this.purpose()];

  readonly minLength = PASSWORD_LENGTH.runner;
  readonly staffMinLength = PASSWORD_LENGTH.staff;
  readonly form = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  readonly message = signal('');
  readonly busy = signal(false);
  token = '';

  ngOnInit(): void {
    this.token =
      new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
    if (window.location.hash)
      history.replaceState(history.state, '', window.location.pathname);
  }

  async submit(): Promise<void> {
    this.busy.set(true);
    this.message.set('');
    const password = this.form.controls.password.value;
    try {
      const email = await this.usePassword(password);
      const outcome = await this.session.signIn(email, password);
      const me = this.session.me();
      await this.router.navigateByUrl(
        outcome === 'signed-in' && me ? homeOf(me.role) : '/sign-in',
      );
    } catch (error) {
      const fields = fieldErrorsOf(error);
      this.message.set(
        fields['input.token']
          ? `This link ${fields['input.token']}.`
          : fields['input.password']
            ? `The password ${fields['input.password']}.`
            : 'Rehabit could not be reached. Check your connection and try again.',
      );
    } finally {
      this.busy.set(false);
    }
  }

  /** Sends the token and password; answers the email to sign in with. */
  private async usePassword(password: string): Promise<string> {
    const input = { token: this.token, password };
    // A staff welcome link is a first password link: the same operation as a reset.
    if (this.purpose() !== 'join') {
      const result = await firstValueFrom(
        this.graphql.mutate({ mutation: RESET_PASSWORD, variables: { input } }),
      );
      return result.data?.resetPassword.email ?? '';
    }
    const result = await firstValueFrom(
      this.graphql.mutate({
        mutation: ACCEPT_RUNNER_INVITATION,
        variables: { input },
      }),
    );
    return result.data?.acceptRunnerInvitation.email ?? '';
  }
}
