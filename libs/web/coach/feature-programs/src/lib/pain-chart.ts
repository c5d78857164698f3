import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { daysBetween } from '@rehabit/shared-domain';

export interface ChartLog {
  date: string;
  slot: number;
  painBefore: number;
  painAfter: number;
  nextMorningPain: number | null;
  effort: number;
}

export interface ChartVersion {
  prescriptionName: string;
  version: number;
  effectiveFrom: string;
}

const W = 640;
const H = 200;
const PAD = { left: 32, right: 12, top: 12, bottom: 28 };

/** The series drawn, each told apart by colour and by dash or marker shape. */
const SERIES = [
  { key: 'painAfter', label: 'Pain after', color: '#b3261e', dash: '' },
  { key: 'painBefore', label: 'Pain before', color: '#6b3a00', dash: '6 4' },
  {
    key: 'nextMorningPain',
    label: 'Next morning',
    color: '#4a148c',
    dash: '2 3',
  },
  { key: 'effort', label: 'Effort', color: '#37474f', dash: '10 3 2 3' },
] as const;

/**
 * Pain (NPRS 0–10) before, after and the next morning, and effort (Borg CR10), over the
 * report's dates, with the plan versions marked. An image with a summary as its name;
 * the numbers themselves are in a table beside it.
 */
@Component({
  selector: 'rh-pain-chart',
  template: `
    <svg
      [attr.viewBox]="'0 0 ' + w + ' ' + h"
      role="img"
      [attr.aria-label]="summary()"
      class="chart"
    >
      @for (tick of ticks; track tick) {
        <line
          [attr.x1]="pad.left"
          [attr.x2]="w - pad.right"
          [attr.y1]="y(tick)"
          [attr.y2]="y(tick)"
          class="grid"
        />
        <text [attr.x]="pad.left - 6" [attr.y]="y(tick) + 4" text-anchor="end">
          {{ tick }}
        </text>
      }
      @for (mark of versionMarks(); track mark.label) {
        <line
          [attr.x1]="mark.x"
          [attr.x2]="mark.x"
          [attr.y1]="pad.top"
          [attr.y2]="h - pad.bottom"
          class="version"
        />
        <text
          [attr.x]="mark.x + 3"
          [attr.y]="pad.top + 10"
          class="version-label"
        >
          {{ mark.label }}
        </text>
      }
      @for (line of lines(); track line.key) {
        <polyline
          [attr.points]="line.points"
          fill="none"
          [attr.stroke]="line.color"
          [attr.stroke-dasharray]="line.dash"
          stroke-width="2"
        />
      }
      <text [attr.x]="pad.left" [attr.y]="h - 8">{{ from() }}</text>
      <text [attr.x]="w - pad.right" [attr.y]="h - 8" text-anchor="end">
        {{ to() }}
      </text>
    </svg>
    <ul class="legend">
      @for (s of series; track s.key) {
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="0"
              x2="28"
              y1="5"
              y2="5"
              [attr.stroke]="s.color"
              [attr.stroke-dasharray]="s.dash"
              stroke-width="2"
            />
          </svg>
          {{ s.label }}
        </li>
      }
      <li>
        <span class="version-key" aria-hidden="true"></span> Plan version from
        this date
      </li>
    </ul>
  `,
  styles: `
    .chart {
      width: 100%;
      max-width: 720px;
      height: auto;
      font:
        11px system-ui,
        sans-serif;
      fill: #44474e;
    }
    .grid {
      stroke: #e0e2e8;
    }
    .version {
      stroke: #00639b;
      stroke-dasharray: 3 3;
    }
    .version-label {
      fill: #00639b;
      font-weight: 600;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      list-style: none;
      padding: 0;
      font: var(--mat-sys-body-small);
    }
    .version-key {
      display: inline-block;
      width: 0;
      height: 10px;
      border-left: 2px dashed #00639b;
      margin: 0 6px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PainChart {
  readonly logs = input.required<readonly ChartLog[]>();
  readonly versions = input<readonly ChartVersion[]>([]);
  readonly from = input.required<string>();
  readonly to = input.required<string>();

  readonly w = W;
  readonly h = H;
  readonly pad = PAD;
  readonly ticks = [0, 5, 10];
  readonly series = SERIES;

  private readonly span = computed(() =>
    Math.max(1, daysBetween(this.from(), this.to())),
  );

  x(date: string, slot = 1): number {
    const day = daysBetween(this.from(), date) + (slot - 1) * 0.3;
    return PAD.left + (day / this.span()) * (W - PAD.left - PAD.right);
  }

  y(value: number): number {
    return H - PAD.bottom - (value / 10) * (H - PAD.top - PAD.bottom);
  }

  readonly lines = computed(() =>
    SERIES.map((s) => ({
      ...s,
      points: this.logs()
        .filter((log) => log[s.key] !== null)
        .map(
          (log) =>
            `${this.x(log.date, log.slot).toFixed(1)},${this.y(log[s.key] as number).toFixed(1)}`,
        )
        .join(' '),
    })),
  );

  readonly versionMarks = computed(() =>
    this.versions()
      .filter(
        (v) =>
          v.version > 1 &&
          v.effectiveFrom >= this.from() &&
          v.effectiveFrom <= this.to(),
      )
      .map((v) => ({ x: this.x(v.effectiveFrom), label: `v${v.version}` })),
  );

  readonly summary = computed(() => {
    const logs = this.logs();
    if (logs.length === 0)
      return 'Pain and effort chart: no sessions logged in this range.';
    const last = logs[logs.length - 1];
    const first = logs[0];
    return `Pain and effort chart, ${logs.length} sessions from ${first.date} to ${last.date}: pain after went from ${first.painAfter} to ${last.painAfter} out of 10; the table below lists every value.`;
  });
}
