import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import {
  AccountActions,
  RUNNER_ROSTER,
  RunnerAdminApi,
} from '@rehabit/web-coach-data-access';
import {
  Session,
  type RunnerRosterQuery,
} from '@rehabit/web-shared-data-access';
import { IssuedLink, ReassignRunnerDialog } from '@rehabit/web-shared-ui';
import { Apollo } from 'apollo-angular';
import { AddRunnerDialog } from './add-runner-dialog';

type RosterRunner = RunnerRosterQuery['runners']['items'][number];

const STATUS_LABELS: Record<RosterRunner['status'], string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  DISCHARGED: 'Discharged',
};

/**
 * The coach's runners (an admin: the clinic's, with their coach). Placeholder of the
 * roster: adherence columns come with issue 6.
 */
@Component({
  selector: 'rh-roster-page',
  imports: [MatButtonModule, RouterLink, IssuedLink],
  providers: [AccountActions],
  templateUrl: './roster-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RosterPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  readonly session = inject(Session);
  readonly accounts = inject(AccountActions);
  private readonly runnerAdmin = inject(RunnerAdminApi);

  readonly statusLabels = STATUS_LABELS;
  readonly runners = signal<RosterRunner[]>([]);
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  readonly isAdmin = computed(() => this.session.me()?.role === 'admin');
  readonly columns = computed(() => (this.isAdmin() ? 5 : 4));
  /** What the last unlock did, read out to screen readers. */
  readonly notice = signal('');

  constructor() {
    this.refresh();
  }

  refresh(): void {
    this.apollo
      .query({
        query: RUNNER_ROSTER,
        variables: { page: { size: 100 } },
        fetchPolicy: 'network-only',
      })
      .subscribe({
        next: (result) => {
          this.runners.set((result.data as RunnerRosterQuery).runners.items);
          this.status.set('ready');
        },
        error: () => this.status.set('error'),
      });
  }

  async unlock(runner: RosterRunner): Promise<void> {
    const done = await this.accounts.unlock(runner.email);
    this.notice.set(
      done
        ? `${runner.name} can sign in again.`
        : `${runner.name} could not be unlocked. Try again.`,
    );
    if (done) this.refresh();
  }

  reassign(runner: RosterRunner): void {
    this.dialog
      .open(ReassignRunnerDialog, {
        data: this.runnerAdmin.reassignment(runner),
        width: 'min(480px, 100vw - 32px)',
      })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) this.refresh();
      });
  }

  addRunner(): void {
    this.dialog
      .open(AddRunnerDialog, {
        width: 'min(560px, 100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((added) => {
        if (added) this.refresh();
      });
  }
}
