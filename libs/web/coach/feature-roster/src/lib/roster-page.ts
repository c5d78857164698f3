import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import {
  CREATE_PASSWORD_RESET_LINK,
  RUNNER_ROSTER,
} from '@rehabit/web-coach-data-access';
import {
  Session,
  type RunnerRosterQuery,
} from '@rehabit/web-shared-data-access';
import { Apollo } from 'apollo-angular';
import { AddRunnerDialog } from './add-runner-dialog';

type RosterRunner = RunnerRosterQuery['runners']['items'][number];

const STATUS_LABELS: Record<RosterRunner['status'], string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  DISCHARGED: 'Discharged',
};

/** The coach's runners (placeholder of the roster: adherence columns come with issue 6). */
@Component({
  selector: 'rh-roster-page',
  imports: [MatButtonModule],
  templateUrl: './roster-page.html',
  styleUrl: './roster-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RosterPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  readonly session = inject(Session);

  readonly statusLabels = STATUS_LABELS;
  readonly runners = signal<RosterRunner[]>([]);
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  /** Password links made on this page, by runner id: shown once, to hand over. */
  readonly resetLinks = signal<Record<string, string>>({});

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

  /** For a runner who forgot their password: a single-use link to hand over. */
  createResetLink(runner: RosterRunner): void {
    this.apollo
      .mutate({
        mutation: CREATE_PASSWORD_RESET_LINK,
        variables: { email: runner.email },
      })
      .subscribe({
        next: (result) => {
          const url = result.data?.createPasswordResetLink.url;
          if (url)
            this.resetLinks.update((links) => ({ ...links, [runner.id]: url }));
        },
        error: () =>
          this.resetLinks.update((links) => ({ ...links, [runner.id]: '' })),
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
