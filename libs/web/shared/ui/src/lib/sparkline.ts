import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { adherenceBand, percentText } from '@rehabit/shared-domain';

const WIDTH = 12;
const GAP = 4;
const HEIGHT = 24;

/**
 * Weekly adherence as small bars, oldest first. An image with the figures as its
 * name, so a screen reader hears "Week 1 100%, week 2 71%, …".
 */
@Component({
  selector: 'rh-sparkline',
  template: `
    <svg
      role="img"
      [attr.aria-label]="label()"
      [attr.width]="bars().length * (width + gap)"
      [attr.height]="height + 2"
      focusable="false"
    >
      <line
        x1="0"
        [attr.x2]="bars().length * (width + gap)"
        [attr.y1]="height + 1"
        [attr.y2]="height + 1"
        class="base"
      />
      @for (bar of bars(); track $index) {
        <rect
          [attr.x]="$index * (width + gap)"
          [attr.y]="height + 1 - bar.height"
          [attr.width]="width"
          [attr.height]="bar.height"
          [attr.class]="bar.band"
        />
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    .base {
      stroke: #767676;
    }
    .good {
      fill: #2e7d32;
    }
    .fair {
      fill: #b25e00;
    }
    .poor {
      fill: #c62828;
    }
    .none {
      fill: transparent;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Sparkline {
  readonly values = input.required<readonly (number | null)[]>();
  /** What the bars measure, e.g. "Weekly adherence". */
  readonly title = input('Weekly adherence');
  readonly width = WIDTH;
  readonly gap = GAP;
  readonly height = HEIGHT;

  readonly bars = computed(() =>
    this.values().map((v) => ({
      // A week at 0 % still shows a sliver, so it is not mistaken for "nothing due".
      height: v === null ? 0 : Math.max(2, Math.round(v * HEIGHT)),
      band: adherenceBand(v),
    })),
  );
  readonly label = computed(
    () =>
      `${this.title()}, oldest first: ${this.values()
        .map(
          (v, i) =>
            `week ${i + 1} ${v === null ? 'nothing due' : percentText(v)}`,
        )
        .join(', ')}`,
  );
}
