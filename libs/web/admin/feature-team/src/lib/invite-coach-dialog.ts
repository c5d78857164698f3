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
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { INVITE_COACH } from '@rehabit/web-coach-data-access';
import { formErrorsOf, GraphqlClient } from '@rehabit/web-shared-data-access';
import { FormErrors, IssuedLink } from '@rehabit/web-shared-ui';
import { firstValueFrom } from 'rxjs';

/** Invites a coach: their account exists at once; they choose a password with the link. */
@Component({
  selector: 'rh-invite-coach-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    IssuedLink,
    FormErrors,
  ],
  template: `
    @if (link(); as l) {
      <h2 mat-dialog-title>Invitation for {{ l.name }}</h2>
      <mat-dialog-content>
        <p>Send this link to {{ l.name }} to choose a password and sign in.</p>
        <rh-issued-link
          label="Invitation link"
          lifetime="for 72 hours"
          [url]="l.url"
          [emailedTo]="l.emailedTo"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" [mat-dialog-close]="true">
          Done
        </button>
      </mat-dialog-actions>
    } @else {
      <h2 mat-dialog-title>Invite coach</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content class="fields">
          <mat-form-field appearance="outline">
            <mat-label>Name</mat-label>
            <input
              matInput
              formControlName="name"
              autocomplete="off"
              required
            />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Email</mat-label>
            <input
              matInput
              type="email"
              formControlName="email"
              autocomplete="off"
              required
            />
          </mat-form-field>
          <rh-form-errors [errors]="errors()" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-stroked-button type="button" mat-dialog-close>
            Cancel
          </button>
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ busy() ? 'Inviting…' : 'Invite coach' }}
          </button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteCoachDialog {
  private readonly graphql = inject(GraphqlClient);

  readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
  });
  readonly errors = signal<Record<string, string>>({});
  readonly busy = signal(false);
  readonly link = signal<{
    url: string;
    name: string;
    emailedTo: string | null;
  } | null>(null);

  async submit(): Promise<void> {
    this.busy.set(true);
    this.errors.set({});
    const input = this.form.getRawValue();
    try {
      const result = await firstValueFrom(
        this.graphql.mutate({ mutation: INVITE_COACH, variables: { input } }),
      );
      const invited = result.data?.inviteCoach;
      if (invited)
        this.link.set({
          url: invited.url,
          name: input.name.trim(),
          emailedTo: invited.emailed ? input.email.trim() : null,
        });
    } catch (error) {
      this.errors.set(
        formErrorsOf(
          error,
          'The coach could not be invited. Check your connection and try again.',
        ),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
