import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { adherenceBand, percentText } from '@rehabit/shared-domain';

/**
 * An adherence figure, colour-coded (adherent at ≥ 80 %, poor under 50 %) and said in
 * words too, so that colour is never the only cue (WCAG 1.4.1).
 */
@Component({
  selector: 'rh-adherence-badge',
  template: `<span class="badge" [class]="band()"
    >{{ text() }}<span class="visually-hidden">{{ bandWords() }}</span></span
  >`,
  styles: `
    .badge {
      display: inline-block;
      min-width: 3.2em;
      padding: 2px 8px;
      border-radius: 12px;
      font-weight: 600;
      text-align: center;
      font-variant-numeric: tabular-nums;
    }
    .good {
      background: #d7f0d8;
      color: #14501a;
    }
    .fair {
      background: #ffe7c2;
      color: #6b3a00;
    }
    .poor {
      background: #ffd9d9;
      color: #8a1414;
    }
    .none {
      color: #5c5f66;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdherenceBadge {
  readonly ratio = input<number | null | undefined>(null);
  readonly text = computed(() => percentText(this.ratio()));
  readonly band = computed(() => adherenceBand(this.ratio()));
  readonly bandWords = computed(
    () =>
      ({
        good: ', adherent',
        fair: ', below 80 percent',
        poor: ', below 50 percent',
        none: ', nothing was due',
      })[this.band()],
  );
}
