import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RUNNER_ROSTER } from '@rehabit/web-coach-data-access';
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
