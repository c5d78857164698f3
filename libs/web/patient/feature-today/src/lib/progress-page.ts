import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { RUNNER_PROGRESS } from '@rehabit/web-patient-data-access';
import type { RunnerProgressQuery } from '@rehabit/web-shared-data-access';
import { GraphqlClient } from '@rehabit/web-shared-data-access';
import { dayAndMonthShort } from '@rehabit/shared-domain';

type Progress = RunnerProgressQuery['runnerProgress'];

/** The runner's last 4 weeks: sessions done against scheduled, the streak, the pain. */
@Component({
  selector: 'rh-progress-page',
  imports: [RouterLink],
  template: `
    <p><a routerLink="/today">← Today</a></p>
    <h1>My progress</h1>
    @switch (status()) {
      @case ('loading') {
        <p role="status">Loading…</p>
      }
      @case ('error') {
        <p role="alert">
          Your progress could not be loaded. Check your connection.
        </p>
      }
      @default {
        @if (progress(); as p) {
          <p class="streak" data-testid="streak">
            {{ p.streak }} {{ p.streak === 1 ? 'day' : 'days' }} in a row with
            every session done
          </p>
          @if (p.coachNotes.length > 0) {
            <h2>From your coach</h2>
            <ul class="notes" data-testid="coach-notes">
              @for (n of p.coachNotes; track n.at) {
                <li>
                  <span class="label"
                    >On your session of {{ date(n.date) }}:</span
                  >
                  “{{ n.comment }}”
                </li>
              }
            </ul>
          }
          <h2>Sessions, week by week</h2>
          <ul class="weeks" data-testid="weeks">
            @for (week of p.weeks; track week.start) {
              <li>
                <span class="label">From {{ date(week.start) }}</span>
                <span class="bar" aria-hidden="true">
                  <span class="fill" [style.width.%]="percent(week)"></span>
                </span>
                <span>{{ week.completed }} of {{ week.scheduled }} done</span>
              </li>
            }
          </ul>
          <h2>Pain after your sessions</h2>
          @if (p.pain.length === 0) {
            <p>No sessions logged in the last 4 weeks.</p>
          } @else {
            <svg
              class="trend"
              viewBox="0 0 300 100"
              role="img"
              [attr.aria-label]="painSummary()"
            >
              <polyline
                [attr.points]="points()"
                fill="none"
                stroke="currentColor"
                stroke-width="3"
              />
            </svg>
            <p>{{ painSummary() }}</p>
          }
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 560px;
    }
    .notes {
      padding-left: 18px;
      li {
        margin: 4px 0;
      }
      .label {
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .streak {
      font: var(--mat-sys-title-large);
    }
    .weeks {
      list-style: none;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
      li {
        display: grid;
        grid-template-columns: 7em 1fr auto;
        gap: 8px;
        align-items: center;
      }
    }
    .bar {
      height: 12px;
      border-radius: 6px;
      background: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
    .trend {
      width: 100%;
      max-width: 480px;
      color: var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
      border-radius: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressPage {
  readonly progress = signal<Progress | null>(null);
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');

  readonly points = computed(() => {
    const pain = this.progress()?.pain ?? [];
    const step = pain.length > 1 ? 300 / (pain.length - 1) : 0;
    return pain
      .map((p, i) => `${Math.round(i * step)},${100 - p.painAfter * 10}`)
      .join(' ');
  });
  readonly painSummary = computed(() => {
    const pain = this.progress()?.pain ?? [];
    const first = pain[0];
    const last = pain.at(-1);
    if (!first || !last) return '';
    return `Pain after sessions went from ${first.painAfter} out of 10 on ${this.date(first.date)} to ${last.painAfter} on ${this.date(last.date)}, over ${pain.length} sessions.`;
  });

  constructor() {
    inject(GraphqlClient)
      .query({ query: RUNNER_PROGRESS })
      .subscribe({
        next: (result) => {
          this.progress.set(result.data?.runnerProgress ?? null);
          this.status.set('ready');
        },
        error: () => this.status.set('error'),
      });
  }

  readonly date = dayAndMonthShort;

  percent(week: { scheduled: number; completed: number }): number {
    return week.scheduled === 0
      ? 0
      : Math.round((week.completed / week.scheduled) * 100);
  }
}
