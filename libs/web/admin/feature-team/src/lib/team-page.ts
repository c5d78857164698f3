import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { AccountActions, STAFF_MEMBERS } from '@rehabit/web-coach-data-access';
import {
  GraphqlClient,
  Session,
  type StaffMembersQuery,
} from '@rehabit/web-shared-data-access';
import { PasswordLinkResultView } from '@rehabit/web-shared-ui';
import { InviteCoachDialog } from './invite-coach-dialog';

type StaffMember = StaffMembersQuery['staffMembers'][number];

/** The clinic's admins and coaches: invite coaches, unlock accounts, hand over password links. */
@Component({
  selector: 'rh-team-page',
  imports: [MatButtonModule, PasswordLinkResultView],
  providers: [AccountActions],
  templateUrl: './team-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  readonly session = inject(Session);
  readonly accounts = inject(AccountActions);

  readonly staff = signal<StaffMember[]>([]);
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  readonly notice = signal('');

  constructor() {
    this.refresh();
  }

  refresh(): void {
    this.graphql.query({ query: STAFF_MEMBERS }).subscribe({
      next: (result) => {
        this.staff.set(result.data?.staffMembers ?? []);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }

  statusOf(member: StaffMember): string {
    if (!member.joined) return 'Invited';
    return member.signInLocked ? 'Active · locked out' : 'Active';
  }

  async unlock(member: StaffMember): Promise<void> {
    const done = await this.accounts.unlock(member.email);
    this.notice.set(
      done
        ? `${member.name} can sign in again.`
        : `${member.name} could not be unlocked. Try again.`,
    );
    if (done) this.refresh();
  }

  inviteCoach(): void {
    this.dialog
      .open(InviteCoachDialog, {
        width: 'min(560px, 100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((invited) => {
        if (invited) this.refresh();
      });
  }
}
