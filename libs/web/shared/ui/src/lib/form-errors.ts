import { KeyValuePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The errors of a form after the server refused it, read out as they appear: field
 * errors as "email must be an email address", a form-wide one as it is.
 */
@Component({
  selector: 'rh-form-errors',
  imports: [KeyValuePipe],
  template: `
    <div role="alert" class="error" [attr.data-testid]="testId()">
      @for (entry of errors() | keyvalue; track entry.key) {
        <p>
          {{
            entry.key === 'form'
              ? entry.value
              : labelOf()(entry.key) + ' ' + entry.value
          }}
        </p>
      }
    </div>
  `,
  styles: `
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormErrors {
  /** By field ("input.email") or "form". */
  readonly errors = input.required<Record<string, string>>();
  readonly testId = input<string | null>(null);
  /** How a field path reads to a person; by default the path without "input.". */
  readonly labelOf = input<(field: string) => string>((field) =>
    field.replace(/^input\./, ''),
  );
}
