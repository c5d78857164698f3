import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  addDays,
  validateReportRange,
  type LocalDate,
} from '@rehabit/shared-domain';

let nextId = 0;

/** Today on this device's calendar (the range is in each runner's local dates). */
function deviceToday(): LocalDate {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 10);
}

/**
 * "Download CSV" and "Download PDF" of a report over a chosen range of dates (the
 * last 28 days unless changed). A wrong range says why and offers no download.
 */
@Component({
  selector: 'rh-report-downloads',
  imports: [MatButtonModule],
  template: `
    <fieldset>
      <legend>{{ legend() }}</legend>
      <div class="range">
        <label [for]="id + '-from'">From</label>
        <input
          type="date"
          [id]="id + '-from'"
          [value]="from()"
          (change)="from.set($any($event.target).value)"
          [attr.aria-describedby]="problem() ? id + '-problem' : null"
        />
        <label [for]="id + '-to'">To</label>
        <input
          type="date"
          [id]="id + '-to'"
          [value]="to()"
          (change)="to.set($any($event.target).value)"
          [attr.aria-describedby]="problem() ? id + '-problem' : null"
        />
        @if (problem(); as message) {
          <p [id]="id + '-problem'" role="alert" class="problem">
            {{ message }}
          </p>
        } @else {
          <a
            mat-stroked-button
            [href]="url('csv')"
            download
            data-testid="download-csv"
          >
            Download CSV
          </a>
          <a
            mat-stroked-button
            [href]="url('pdf')"
            download
            data-testid="download-pdf"
          >
            Download PDF
          </a>
        }
      </div>
    </fieldset>
  `,
  styles: `
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      margin: 16px 0;
    }
    .range {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    input {
      font: inherit;
      padding: 6px;
      min-height: 32px;
    }
    .problem {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportDownloads {
  /** The report's path without extension, e.g. "/api/reports/roster". */
  readonly path = input.required<string>();
  readonly legend = input('Export the compliance report');
  readonly id = `report-range-${++nextId}`;

  readonly to = signal(deviceToday());
  readonly from = signal(addDays(deviceToday(), -27));
  readonly problem = computed(() => {
    const [error] = validateReportRange(
      { from: this.from(), to: this.to() },
      'range',
    );
    if (!error) return null;
    return `${error.field === 'range.from' ? 'From' : 'To'} ${error.message}.`;
  });

  url(format: 'csv' | 'pdf'): string {
    const query = new URLSearchParams({ from: this.from(), to: this.to() });
    return `${this.path()}.${format}?${query}`;
  }
}
