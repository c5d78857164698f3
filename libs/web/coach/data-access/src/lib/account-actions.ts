import { inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { CREATE_PASSWORD_RESET_LINK, UNLOCK_ACCOUNT } from './roster.queries';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

/** A password link made on a page: shown once, or the reason it could not be made. */
export type PasswordLinkState =
  | { url: string; emailedTo: string | null }
  | { error: string };

/**
 * What a coach or admin does to someone's sign-in from a list of people: make a
 * password link to hand over, or (an admin) unlock an account locked by failed
 * sign-ins. Provide it per page: the links live as long as the page.
 */
@Injectable()
export class AccountActions {
  private readonly graphql = inject(GraphqlClient);

  /** The links made on this page, by the person's id. */
  readonly passwordLinks = signal<Record<string, PasswordLinkState>>({});

  async makePasswordLink(personId: string, email: string): Promise<void> {
    let state: PasswordLinkState;
    try {
      const result = await firstValueFrom(
        this.graphql.mutate({
          mutation: CREATE_PASSWORD_RESET_LINK,
          variables: { email },
        }),
      );
      const link = result.data?.createPasswordResetLink;
      state = link
        ? { url: link.url, emailedTo: link.emailed ? email : null }
        : { error: 'The link could not be made. Try again.' };
    } catch {
      state = { error: 'The link could not be made. Try again.' };
    }
    this.passwordLinks.update((links) => ({ ...links, [personId]: state }));
  }

  /** True when the account is unlocked. */
  async unlock(email: string): Promise<boolean> {
    try {
      const result = await firstValueFrom(
        this.graphql.mutate({ mutation: UNLOCK_ACCOUNT, variables: { email } }),
      );
      return result.data?.unlockAccount === true;
    } catch {
      return false;
    }
  }
}
