import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  RECORD_NEXT_MORNING_PAIN,
  sessionKey,
  SessionSync,
  TodayApi,
} from '@rehabit/web-patient-data-access';
import {
  GraphqlClient,
  type RunnerTodayQuery,
  Session,
} from '@rehabit/web-shared-data-access';
import { dayInWords, weekdayShort } from '@rehabit/shared-domain';
import { firstValueFrom } from 'rxjs';
import { CorrectLogForm } from './correct-log-form';
import { DayOff } from './day-off';

type Today = RunnerTodayQuery['runnerToday'];

/** The runner's day: today's sessions, the next one, the week, the morning check. */
@Component({
  selector: 'rh-today-page',
  imports: [RouterLink, CorrectLogForm, DayOff],
  templateUrl: './today-page.html',
  styleUrl: './today-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TodayPage {
  private readonly graphql = inject(GraphqlClient);
  readonly session = inject(Session);

  private readonly todayApi = inject(TodayApi);
  readonly sync = inject(SessionSync);
  readonly today = signal<Today | null>(null);
  /** When offline: the time the plan shown was fetched. */
  readonly offlineSince = signal<string | null>(null);
  private readonly waiting = signal<ReadonlySet<string>>(new Set());
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  readonly morningSaved = signal('');
  readonly painScale = Array.from({ length: 11 }, (_, i) => i);
  /** The log whose answers are being corrected. */
  readonly correcting = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    await this.sync.flush();
    const loaded = await this.todayApi.load();
    if (!loaded) return this.status.set('error');
    this.today.set(loaded.today);
    this.offlineSince.set(loaded.offlineSince);
    this.waiting.set(loaded.waiting);
    this.status.set('ready');
  }

  corrected(): void {
    this.correcting.set(null);
    this.morningSaved.set(
      'Your correction is saved; the first answers stay on record.',
    );
    void this.load();
  }

  /** Finished on this phone, not yet sent. */
  isWaiting(s: {
    prescriptionId: string;
    date: string;
    slot: number;
  }): boolean {
    return this.waiting().has(sessionKey(s));
  }

  time(iso: string): string {
    return new Date(iso).toLocaleTimeString([], {
      hour: '2-digit',
      minute: '2-digit',
    });
  }

  readonly weekday = weekdayShort;
  readonly longDate = dayInWords;

  dayState(day: Today['week'][number]): string {
    if (day.scheduled === 0) return 'rest day';
    if (day.completed >= day.scheduled) return 'done';
    return day.date === this.today()?.date
      ? `${day.completed} of ${day.scheduled} done`
      : 'missed';
  }

  async morning(pain: number): Promise<void> {
    const check = this.today()?.morningCheck;
    if (!check) return;
    try {
      await firstValueFrom(
        this.graphql.mutate({
          mutation: RECORD_NEXT_MORNING_PAIN,
          variables: { sessionLogId: check.id, pain },
        }),
      );
      this.morningSaved.set(`Thanks: ${pain} out of 10 this morning is saved.`);
      this.today.update((t) => (t ? { ...t, morningCheck: null } : t));
    } catch {
      this.morningSaved.set('That could not be saved. Try again.');
    }
  }
}
