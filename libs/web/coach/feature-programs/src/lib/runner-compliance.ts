import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  CONFIRM_EXCUSED_DAY,
  EXCUSE_DAY,
  RUNNER_REPORT,
  UNDO_EXCUSED_DAY,
} from '@rehabit/web-coach-data-access';
import {
  formErrorsOf,
  GraphqlClient,
  type RunnerReportQuery,
} from '@rehabit/web-shared-data-access';
import {
  addDays,
  EXCUSE_REASON_LABELS,
  EXCUSE_REASONS,
  type ExcuseReason,
  dayInShortWords,
} from '@rehabit/shared-domain';
import {
  AdherenceBadge,
  FormErrors,
  HowComputed,
  ReportDownloads,
} from '@rehabit/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { calendarWeeks, dayState, type CalendarDay } from './calendar';
import { PainChart } from './pain-chart';

type Report = RunnerReportQuery['runnerReport'];
type Day = Report['days'][number];

const SPANS = [28, 56, 84] as const;

const STATE_WORDS = {
  done: 'all done',
  partial: 'partly done',
  missed: 'missed',
  excused: 'excused',
  pending: 'excuse awaiting your confirmation',
  rest: 'nothing scheduled',
} as const;

/**
 * A runner's compliance, as their coach reviews it: the figures over 4, 8 or 12 weeks,
 * a calendar heat-map of scheduled against done sessions where a day can be excused
 * (or a runner's report confirmed or undone), adherence by exercise, and pain and
 * effort over time with the plan versions marked.
 */
@Component({
  selector: 'rh-runner-compliance',
  imports: [
    FormsModule,
    MatButtonModule,
    AdherenceBadge,
    FormErrors,
    HowComputed,
    ReportDownloads,
    PainChart,
  ],
  templateUrl: './runner-compliance.html',
  styleUrl: './runner-compliance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunnerCompliance {
  private readonly graphql = inject(GraphqlClient);

  readonly runnerId = input.required<string>();
  /** Days back from the runner's today: 4, 8 or 12 weeks. */
  readonly span = signal<number>(28);
  readonly spans = SPANS;
  readonly report = signal<Report | null>(null);
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  readonly selected = signal<string | null>(null);
  readonly notice = signal('');
  readonly errors = signal<Record<string, string>>({});

  readonly reasons = EXCUSE_REASONS;
  readonly reasonLabels = EXCUSE_REASON_LABELS;
  reason: ExcuseReason = 'ILLNESS';
  note = '';

  readonly weeks = computed(() => calendarWeeks(this.report()?.days ?? []));
  readonly selectedDay = computed(
    () => this.report()?.days.find((d) => d.date === this.selected()) ?? null,
  );
  readonly pending = computed(
    () => this.report()?.excusedDays.filter((d) => !d.confirmed) ?? [],
  );
  readonly downloadPath = computed(
    () => `/api/reports/runners/${this.runnerId()}/report`,
  );

  readonly words = dayInShortWords;

  constructor() {
    effect(() => {
      this.runnerId();
      this.span();
      this.load();
    });
  }

  load(): void {
    const today = this.report()?.today;
    const span = this.span();
    const range =
      today && span !== 28
        ? { from: addDays(today, -(span - 1)), to: today }
        : null;
    this.graphql
      .query({
        query: RUNNER_REPORT,
        variables: { runnerId: this.runnerId(), range },
      })
      .subscribe({
        next: (result) => {
          this.report.set(result.data?.runnerReport ?? null);
          this.status.set(result.data ? 'ready' : 'error');
        },
        error: () => this.status.set('error'),
      });
  }

  state(day: CalendarDay) {
    return dayState(day);
  }

  dayLabel(day: Day): string {
    const counts =
      day.scheduled > 0
        ? `, ${day.completed} of ${day.scheduled} sessions`
        : '';
    const reason = day.excused
      ? ` (${EXCUSE_REASON_LABELS[day.excused.reason]})`
      : '';
    return `${dayInShortWords(day.date)}: ${STATE_WORDS[dayState(day)]}${reason}${counts}`;
  }

  select(day: Day): void {
    this.selected.set(this.selected() === day.date ? null : day.date);
    this.errors.set({});
    this.note = '';
  }

  async excuse(day: Day): Promise<void> {
    await this.change(
      EXCUSE_DAY,
      {
        runnerId: this.runnerId(),
        input: { date: day.date, reason: this.reason, note: this.note },
      },
      `${dayInShortWords(day.date)} is excused: it no longer counts against adherence.`,
    );
  }

  async confirm(id: string, date: string): Promise<void> {
    await this.change(
      CONFIRM_EXCUSED_DAY,
      { id },
      `${dayInShortWords(date)} confirmed as excused.`,
    );
  }

  async undo(id: string, date: string): Promise<void> {
    await this.change(
      UNDO_EXCUSED_DAY,
      { id },
      `${dayInShortWords(date)} counts again.`,
    );
  }

  private async change(
    mutation:
      | typeof EXCUSE_DAY
      | typeof CONFIRM_EXCUSED_DAY
      | typeof UNDO_EXCUSED_DAY,
    variables: Record<string, unknown>,
    done: string,
  ): Promise<void> {
    try {
      await firstValueFrom(
        this.graphql.mutate({
          mutation: mutation as typeof EXCUSE_DAY,
          variables: variables as never,
        }),
      );
      this.errors.set({});
      this.notice.set(done);
      this.load();
    } catch (error) {
      this.notice.set('');
      this.errors.set(
        formErrorsOf(
          error,
          'That did not work. Check your connection and try again.',
        ),
      );
    }
  }
}
