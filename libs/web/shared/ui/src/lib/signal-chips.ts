import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { signalWords, type SignalFigures } from '@rehabit/shared-domain';

/** The roster's signals as chips, in words (no alert inbox: they live in the row). */
@Component({
  selector: 'rh-signal-chips',
  template: `
    @for (word of words(); track word.text) {
      <span class="chip" [class]="word.tone">{{ word.text }}</span>
    } @empty {
      <span class="quiet">None</span>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .chip {
      padding: 2px 8px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      border: 1px solid currentColor;
    }
    .alert {
      background: #ffe9e9;
      color: #8a1414;
    }
    .warn {
      background: #fff2dc;
      color: #6b3a00;
    }
    .quiet {
      color: #5c5f66;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignalChips {
  readonly signals = input.required<SignalFigures>();
  readonly words = computed(() => signalWords(this.signals()));
}
