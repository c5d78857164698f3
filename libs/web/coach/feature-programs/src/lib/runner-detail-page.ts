import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import {
  DISCHARGE_RUNNER,
  RUNNER_DETAIL,
  RunnerAdminApi,
} from '@rehabit/web-coach-data-access';
import {
  GraphqlClient,
  type RunnerDetailQuery,
  Session,
} from '@rehabit/web-shared-data-access';
import { dayInShortWords, groupBy } from '@rehabit/shared-domain';
import { RunnerCompliance } from './runner-compliance';
import { ReassignRunnerDialog } from '@rehabit/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { EraseRunnerDialog, type EraseRunnerData } from './erase-runner-dialog';
import { PrescribeDialog, type PrescribeDialogData } from './prescribe-dialog';
import { LogComment } from './log-comment';
import { PrescriptionCard } from './prescription-card';

type Detail = RunnerDetailQuery;

const isoDay = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const SIGN_LABELS: Record<string, string> = {
  NUMBNESS: 'numbness',
  PINS_AND_NEEDLES: 'pins and needles',
  WEAKNESS: 'weakness',
  BLADDER_OR_BOWEL_CHANGES: 'bladder or bowel changes',
};

/** A runner, as their coach sees them: the plan by phase, its history, the coming week. */
@Component({
  selector: 'rh-runner-detail-page',
  imports: [
    MatButtonModule,
    RouterLink,
    PrescriptionCard,
    RunnerCompliance,
    LogComment,
  ],
  templateUrl: './runner-detail-page.html',
  styles: `
    .facts {
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .rights {
      margin: 16px 0;
    }
    .plans {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .week {
      list-style: none;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 8px;
      > li {
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 8px;
        padding: 8px 12px;
      }
      h3 {
        font: var(--mat-sys-title-small);
        margin: 0 0 4px;
      }
      p {
        margin: 8px 0 0;
        font-weight: 500;
      }
      ul {
        padding-left: 18px;
        margin: 4px 0 0;
      }
    }
    a {
      color: var(--mat-sys-primary);
    }
    .logs {
      list-style: none;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
      li {
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 8px;
        padding: 4px 12px;
      }
      li.flagged {
        border: 2px solid var(--mat-sys-error);
      }
      p {
        margin: 4px 0;
      }
    }
    .flag {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunnerDetailPage implements OnInit {
  private readonly graphql = inject(GraphqlClient);
  private readonly dialog = inject(MatDialog);
  private readonly runnerAdmin = inject(RunnerAdminApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  readonly isAdmin = computed(() => this.session.me()?.role === 'admin');

  /** Route parameter. */
  readonly runnerId = input.required<string>();

  readonly detail = signal<Detail | null>(null);
  readonly status = signal<'loading' | 'ready' | 'missing'>('loading');
  readonly notice = signal('');
  readonly confirmDischarge = signal(false);
  readonly discharged = computed(
    () => this.detail()?.runner.status === 'DISCHARGED',
  );
  /** The coming sessions grouped by local date, in order. */
  readonly days = computed(() => {
    const byDate = groupBy(
      this.detail()?.upcomingSessions ?? [],
      (session) => session.date,
    );
    return [...byDate].map(([date, sessions]) => ({ date, sessions }));
  });

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.graphql
      .query({
        query: RUNNER_DETAIL,
        // Two weeks of logs, wide enough for any time zone's "today".
        variables: {
          id: this.runnerId(),
          logsFrom: isoDay(-14),
          logsTo: isoDay(1),
        },
      })
      .subscribe({
        next: (result) => {
          this.detail.set(result.data ?? null);
          this.status.set(result.data ? 'ready' : 'missing');
        },
        error: () => this.status.set('missing'),
      });
  }

  signs(signs: readonly string[]): string {
    return signs.map((sign) => SIGN_LABELS[sign] ?? sign).join(', ');
  }

  readonly dayName = dayInShortWords;

  prescribe(): void {
    const runner = this.detail()?.runner;
    if (!runner) return;
    const data: PrescribeDialogData = { runnerIds: [runner.id] };
    this.dialog
      .open(PrescribeDialog, { data, width: 'min(640px, 100vw - 32px)' })
      .afterClosed()
      .subscribe(() => this.load());
  }

  reassign(): void {
    const runner = this.detail()?.runner;
    if (!runner) return;
    this.dialog
      .open(ReassignRunnerDialog, {
        data: this.runnerAdmin.reassignment(runner),
        width: 'min(480px, 100vw - 32px)',
      })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) this.load();
      });
  }

  recordUrl(format: 'json' | 'pdf'): string {
    return this.runnerAdmin.recordUrl(this.runnerId(), format);
  }

  erase(): void {
    const runner = this.detail()?.runner;
    if (!runner) return;
    const data: EraseRunnerData = {
      runnerName: runner.name,
      erase: (confirmName) => this.runnerAdmin.erase(runner.id, confirmName),
    };
    this.dialog
      .open(EraseRunnerDialog, { data, width: 'min(520px, 100vw - 32px)' })
      .afterClosed()
      .subscribe((erased) => {
        if (erased)
          void this.router.navigate(['/roster'], {
            queryParams: { erased: 1 },
          });
      });
  }

  async discharge(): Promise<void> {
    try {
      await firstValueFrom(
        this.graphql.mutate({
          mutation: DISCHARGE_RUNNER,
          variables: { runnerId: this.runnerId() },
        }),
      );
      this.notice.set(
        'Discharged: their history stays; nothing new is scheduled.',
      );
      this.confirmDischarge.set(false);
      this.load();
    } catch {
      this.notice.set('The runner could not be discharged. Try again.');
    }
  }
}
