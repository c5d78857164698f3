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
import { RouterLink } from '@angular/router';
import {
  BODY_REGION_LABELS,
  CATEGORY_LABELS,
  formatDays,
  formatIntensity,
} from '@rehabit/shared-domain';
import { PROGRAM_SHEET } from '@rehabit/web-coach-data-access';
import type { ProgramSheetQuery } from '@rehabit/web-shared-data-access';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

type SheetItem =
  ProgramSheetQuery['runnerPrescriptions'][number]['current']['phases'][number]['items'][number];

const TIMES = ['', 'once a day', 'twice a day'];

/**
 * The runner's program on paper (print from the browser, or save as PDF): for every
 * exercise, each CERT item Rehabit holds: name, position, steps, cues, safety notes,
 * equipment, dose, schedule and the phase it belongs to.
 */
@Component({
  selector: 'rh-program-sheet-page',
  imports: [MatButtonModule, RouterLink],
  templateUrl: './program-sheet-page.html',
  styleUrl: './program-sheet-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramSheetPage implements OnInit {
  private readonly graphql = inject(GraphqlClient);

  readonly runnerId = input.required<string>();
  readonly sheet = signal<ProgramSheetQuery | null>(null);
  readonly status = signal<'loading' | 'ready' | 'missing'>('loading');
  readonly plans = computed(
    () =>
      this.sheet()?.runnerPrescriptions.filter((p) => p.status !== 'ENDED') ??
      [],
  );
  readonly categories = CATEGORY_LABELS;
  readonly regions = BODY_REGION_LABELS;

  ngOnInit(): void {
    this.graphql
      .query({
        query: PROGRAM_SHEET,
        variables: { id: this.runnerId() },
      })
      .subscribe({
        next: (result) => {
          this.sheet.set(result.data ?? null);
          this.status.set(result.data ? 'ready' : 'missing');
        },
        error: () => this.status.set('missing'),
      });
  }

  schedule(item: SheetItem): string {
    const times =
      TIMES[item.dose.timesPerDay] ?? `${item.dose.timesPerDay} times a day`;
    return `${formatDays(item.dose.daysOfWeek)}, ${times}`;
  }

  effort(item: SheetItem): string {
    return formatIntensity(item.dose);
  }

  print(): void {
    window.print();
  }
}
