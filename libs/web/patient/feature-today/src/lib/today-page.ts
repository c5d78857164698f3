import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  RECORD_NEXT_MORNING_PAIN,
  RUNNER_TODAY,
} from '@rehabit/web-patient-data-access';
import {
  Session,
  type RunnerTodayQuery,
} from '@rehabit/web-shared-data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

type Today = RunnerTodayQuery['runnerToday'];

const weekday = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  timeZone: 'UTC',
});
const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);

/** The runner's day: today's sessions, the next one, the week, the morning check. */
@Component({
  selector: 'rh-today-page',
  imports: [MatButtonModule, RouterLink],
  templateUrl: './today-page.html',
  styleUrl: './today-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TodayPage {
  private readonly apollo = inject(Apollo);
  readonly session = inject(Session);

  readonly today = signal<Today | null>(null);
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  readonly morningSaved = signal('');
  readonly painScale = Array.from({ length: 11 }, (_, i) => i);

  constructor() {
    this.load();
  }

  load(): void {
    this.apollo
      .query({ query: RUNNER_TODAY, fetchPolicy: 'network-only' })
      .subscribe({
        next: (result) => {
          this.today.set(result.data?.runnerToday ?? null);
          this.status.set('ready');
        },
        error: () => this.status.set('error'),
      });
  }

  weekday(date: string): string {
    return weekday.format(dayOf(date));
  }

  longDate(date: string): string {
    return longDate.format(dayOf(date));
  }

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
        this.apollo.mutate({
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
