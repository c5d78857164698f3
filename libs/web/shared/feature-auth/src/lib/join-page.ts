import {
  ChangeDetectionStrategy,
  Component,
  inject,
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
  Session,
} from '@rehabit/web-shared-data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export const ACCEPT_RUNNER_INVITATION = graphql(`
  mutation AcceptRunnerInvitation($input: AcceptRunnerInvitationInput!) {
    acceptRunnerInvitation(input: $input) {
      email
    }
  }
`);

/**
 * The page of a runner's invitation link: set a password, join, land on Today. The
 * token arrives in the URL fragment and is taken out of the address bar at once, so
 * it stays out of history, bookmarks and screenshots.
 */
@Component({
  selector: 'rh-join-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h1>Join your clinic on Rehabit</h1>
    @if (token) {
      <p>
        Choose a password of at least {{ minLength }} characters. You will use
        it with your email to sign in.
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
        <p class="message" role="alert" data-testid="join-message">
          {{ message() }}
        </p>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ busy() ? 'Joining…' : 'Set password and join' }}
        </button>
      </form>
    } @else {
      <p role="alert" data-testid="join-message">
        This invitation link is incomplete. Open the whole link your coach sent
        you.
      </p>
    }
    <p><a routerLink="/sign-in">Already joined? Sign in</a></p>
  `,
  styleUrl: './auth-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JoinPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  readonly minLength = PASSWORD_LENGTH.runner;
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
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: ACCEPT_RUNNER_INVITATION,
          variables: {
            input: {
              token: this.token,
              password: this.form.controls.password.value,
            },
          },
        }),
      );
      const email = result.data?.acceptRunnerInvitation.email ?? '';
      const outcome = await this.session.signIn(
        email,
        this.form.controls.password.value,
      );
      await this.router.navigateByUrl(
        outcome === 'signed-in' ? '/today' : '/sign-in',
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
}
