import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  AccountActions,
  ROSTER_REPORT,
  RUNNER_ROSTER,
  RunnerAdminApi,
} from '@rehabit/web-coach-data-access';
import {
  GraphqlClient,
  type RosterReportQuery,
  type RunnerRosterQuery,
  Session,
} from '@rehabit/web-shared-data-access';
import {
  AdherenceBadge,
  HowComputed,
  PasswordLinkResultView,
  ReassignRunnerDialog,
  ReportDownloads,
  SignalChips,
  Sparkline,
} from '@rehabit/web-shared-ui';
import { dayInShortWords } from '@rehabit/shared-domain';
import { forkJoin, Observable, of, switchMap } from 'rxjs';
import { AddRunnerDialog } from './add-runner-dialog';
import {
  isSortKey,
  needsAttention,
  rosterEntries,
  sortRoster,
  type RosterFigures,
  type RosterRunner,
  type SortDirection,
  type SortKey,
} from './roster-table';

/** The sortable columns, in table order, with what a screen reader should hear. */
const COLUMNS: { key: SortKey; label: string; adminOnly?: boolean }[] = [
  { key: 'name', label: 'Runner' },
  { key: 'coach', label: 'Coach', adminOnly: true },
  { key: 'routine', label: 'Routine · phase' },
  { key: 'lastSession', label: 'Last session' },
  { key: 'adherence7', label: '7 days' },
  { key: 'adherence28', label: '28 days' },
  { key: 'pain', label: 'Pain' },
  { key: 'signals', label: 'Signals' },
];

const STATUS_LABELS: Record<RosterRunner['status'], string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  DISCHARGED: 'Discharged',
};

/**
 * The coach's runners (an admin: the clinic's, with their coach) at a glance: routine
 * and phase, last session, 7- and 28-day adherence, a 4-week sparkline, pain and the
 * signals inline. Sorted by any column and filtered to "needs attention", both kept in
 * the URL so a coach can bookmark their morning view.
 */
@Component({
  selector: 'rh-roster-page',
  imports: [
    MatButtonModule,
    RouterLink,
    PasswordLinkResultView,
    AdherenceBadge,
    Sparkline,
    SignalChips,
    HowComputed,
    ReportDownloads,
  ],
  providers: [AccountActions],
  templateUrl: './roster-page.html',
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 8px 24px;
    }
    .attention-filter {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      min-height: 44px;
      font-weight: 500;
      input {
        width: 20px;
        height: 20px;
      }
    }
    .table-scroll {
      overflow-x: auto;
    }
    .roster {
      min-width: 1000px;
      th,
      td {
        overflow-wrap: normal;
        vertical-align: middle;
      }
      .count,
      .sort {
        white-space: nowrap;
      }
      th[scope='row'] {
        font-weight: 500;
      }
      tr.attention th[scope='row'] {
        box-shadow: inset 4px 0 0 #b3261e;
      }
    }
    .sort {
      font: inherit;
      font-weight: 600;
      background: none;
      border: none;
      padding: 8px 4px;
      min-height: 32px;
      cursor: pointer;
      color: inherit;
      text-align: left;
    }
    .arrow {
      font-size: 0.75em;
    }
    .status,
    .locked,
    .phase,
    .count,
    .quiet,
    .trend {
      color: #5c5f66;
      font-size: 0.875em;
      margin-left: 4px;
    }
    .locked {
      color: var(--mat-sys-error);
    }
    a {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RosterPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  readonly session = inject(Session);
  readonly accounts = inject(AccountActions);
  private readonly runnerAdmin = inject(RunnerAdminApi);

  private readonly router = inject(Router);
  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap);

  readonly statusLabels = STATUS_LABELS;
  readonly runners = signal<RosterRunner[]>([]);
  readonly figures = signal<RosterFigures[]>([]);
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  readonly isAdmin = computed(() => this.session.me()?.role === 'admin');
  readonly headers = computed(() =>
    COLUMNS.filter((c) => !c.adminOnly || this.isAdmin()),
  );
  /** Every column, the actions included: the span of a row under a runner. */
  readonly columns = computed(() => this.headers().length + 1);

  readonly sortKey = computed<SortKey>(() => {
    const key = this.query()?.get('sort');
    return isSortKey(key) ? key : 'name';
  });
  readonly sortDirection = computed<SortDirection>(() =>
    this.query()?.get('dir') === 'desc' ? 'desc' : 'asc',
  );
  readonly attentionOnly = computed(
    () => this.query()?.get('attention') === '1',
  );
  readonly entries = computed(() =>
    rosterEntries(this.runners(), this.figures()),
  );
  readonly attentionCount = computed(
    () => this.entries().filter(needsAttention).length,
  );
  readonly rows = computed(() =>
    sortRoster(
      this.attentionOnly()
        ? this.entries().filter(needsAttention)
        : this.entries(),
      this.sortKey(),
      this.sortDirection(),
    ),
  );
  /** What the last action did (unlock, or an erasure on the runner page), read out to screen readers. */
  readonly notice = signal('');

  constructor() {
    if (this.query()?.get('erased') === '1')
      this.notice.set(
        'The runner was erased: their name, account and notes are gone.',
      );
    this.refresh();
  }

  refresh(): void {
    forkJoin([
      this.allRunners(),
      this.graphql.query({ query: ROSTER_REPORT }),
    ]).subscribe({
      next: ([runners, report]) => {
        this.runners.set(runners);
        this.figures.set((report.data as RosterReportQuery).rosterReport.rows);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }

  /** Every runner, page after page (100 a page): the roster sorts and filters them all. */
  private allRunners(
    cursor: string | null = null,
    before: RosterRunner[] = [],
  ): Observable<RosterRunner[]> {
    return this.graphql
      .query({
        query: RUNNER_ROSTER,
        variables: { page: { size: 100, cursor } },
      })
      .pipe(
        switchMap((result) => {
          const page = (result.data as RunnerRosterQuery).runners;
          const runners = [...before, ...page.items];
          return page.nextCursor
            ? this.allRunners(page.nextCursor, runners)
            : of(runners);
        }),
      );
  }

  /** The sort state of a column header (WAI-ARIA sortable table). */
  ariaSort(key: SortKey): 'ascending' | 'descending' | null {
    if (this.sortKey() !== key) return null;
    return this.sortDirection() === 'asc' ? 'ascending' : 'descending';
  }

  /** Sorts by a column; the same column again turns the order round. */
  sortBy(key: SortKey): void {
    const dir =
      this.sortKey() === key && this.sortDirection() === 'asc' ? 'desc' : 'asc';
    this.navigate({ sort: key, dir });
  }

  showAttentionOnly(on: boolean): void {
    this.navigate({ attention: on ? '1' : null });
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], {
      queryParams,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  dateWords(date: string | null | undefined): string {
    return date ? dayInShortWords(date) : 'Never';
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
