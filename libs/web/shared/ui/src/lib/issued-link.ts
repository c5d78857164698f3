import {
  ChangeDetectionStrategy,
  Component,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/**
 * A single-use link just issued (an invitation or a password link), shown once to
 * the coach or admin to copy and hand over, saying whether it was also emailed.
 */
@Component({
  selector: 'rh-issued-link',
  imports: [MatButtonModule],
  template: `
    <label class="field">
      {{ label() }}
      <input readonly [value]="url()" data-testid="issued-link" />
    </label>
    <p class="note">
      Works once, {{ lifetime() }}.
      @if (emailedTo(); as address) {
        We also emailed it to {{ address }}.
      } @else {
        Copy it and send it yourself: Rehabit did not email it.
      }
    </p>
    <div class="actions">
      <button mat-stroked-button type="button" (click)="copy()">
        Copy link
      </button>
      <span role="status">{{ copied() ? 'Link copied.' : '' }}</span>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    input {
      font: inherit;
      padding: 8px;
      width: 100%;
      box-sizing: border-box;
    }
    .note {
      margin: 0;
    }
    .actions {
      display: flex;
      align-items: center;
      gap: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IssuedLink {
  readonly label = input.required<string>();
  readonly url = input.required<string>();
  /** How long it works, in words: "for 72 hours". */
  readonly lifetime = input.required<string>();
  /** The address it was emailed to, or null when it was not. */
  readonly emailedTo = input<string | null>(null);

  readonly copied = signal(false);

  async copy(): Promise<void> {
    await navigator.clipboard.writeText(this.url());
    this.copied.set(true);
  }
}
