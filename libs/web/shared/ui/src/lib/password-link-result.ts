import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { IssuedLink } from './issued-link';

/** A password link just made for someone: the link to hand over, or why it failed. */
export type PasswordLinkResult =
  | { url: string; emailedTo: string | null }
  | { error: string };

/** The row under a person in a list (roster, team) once "Password link" was pressed. */
@Component({
  selector: 'rh-password-link-result',
  imports: [IssuedLink],
  template: `
    @let made = result();
    @if ('url' in made) {
      <rh-issued-link
        [label]="'Password link for ' + personName()"
        lifetime="for 24 hours"
        [url]="made.url"
        [emailedTo]="made.emailedTo"
      />
    } @else {
      <p role="alert">{{ made.error }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordLinkResultView {
  readonly result = input.required<PasswordLinkResult>();
  readonly personName = input.required<string>();
}
