import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { CLINIC_REPORT } from '@rehabit/web-coach-data-access';
import type { ClinicReportQuery } from '@rehabit/web-shared-data-access';
import {
  AdherenceBadge,
  HowComputed,
  ReportDownloads,
} from '@rehabit/web-shared-ui';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

type Report = ClinicReportQuery['clinicReport'];

/**
 * The admin's clinic view: compliance per coach and overall over each runner's last
 * 28 days, by the same definitions as the roster.
 */
@Component({
  selector: 'rh-clinic-report-page',
  imports: [AdherenceBadge, HowComputed, ReportDownloads],
  template: `
    <h1>Clinic compliance</h1>
    <p>Each runner’s last 28 days, in their own time zone.</p>
    <rh-how-computed />
    @switch (status()) {
      @case ('loading') {
        <p role="status">Loading the clinic report…</p>
      }
      @case ('error') {
        <p role="alert">
          The clinic report could not be loaded. Check your connection and try
          again.
        </p>
      }
      @default {
        @if (report(); as r) {
          <div
            class="table-scroll"
            role="region"
            aria-label="Compliance per coach"
            tabindex="0"
          >
            <table class="data-table" data-testid="clinic-report">
              <caption class="visually-hidden">
                Compliance per coach and overall
              </caption>
              <thead>
                <tr>
                  <th scope="col">Coach</th>
                  <th scope="col">Runners</th>
                  <th scope="col">Adherent (≥ 80%)</th>
                  <th scope="col">Needing attention</th>
                  <th scope="col">Sessions</th>
                  <th scope="col">Session adherence</th>
                  <th scope="col">Dose adherence</th>
                </tr>
              </thead>
              <tbody>
                @for (c of r.coaches; track c.coachId) {
                  <tr>
                    <th scope="row">{{ c.coachName }}</th>
                    <td>{{ c.runners }}</td>
                    <td>{{ c.adherentRunners }}</td>
                    <td>{{ c.needsAttention }}</td>
                    <td>
                      {{ c.figures.completed }} of {{ c.figures.scheduled }}
                    </td>
                    <td>
                      <rh-adherence-badge
                        [ratio]="c.figures.sessionAdherence"
                      />
                    </td>
                    <td>
                      <rh-adherence-badge [ratio]="c.figures.doseAdherence" />
                    </td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="7">No runners yet.</td>
                  </tr>
                }
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All coaches</th>
                  <td>{{ r.overall.runners }}</td>
                  <td>{{ r.overall.adherentRunners }}</td>
                  <td>{{ r.overall.needsAttention }}</td>
                  <td>
                    {{ r.overall.figures.completed }} of
                    {{ r.overall.figures.scheduled }}
                  </td>
                  <td>
                    <rh-adherence-badge
                      [ratio]="r.overall.figures.sessionAdherence"
                    />
                  </td>
                  <td>
                    <rh-adherence-badge
                      [ratio]="r.overall.figures.doseAdherence"
                    />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          <rh-report-downloads
            path="/api/reports/roster"
            legend="Export every runner’s compliance report"
          />
        }
      }
    }
  `,
  styles: `
    .table-scroll {
      overflow-x: auto;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
      border-top: 2px solid var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClinicReportPage {
  readonly report = signal<Report | null>(null);
  readonly status = signal<'loading' | 'ready' | 'error'>('loading');

  constructor() {
    inject(GraphqlClient)
      .query({ query: CLINIC_REPORT })
      .subscribe({
        next: (result) => {
          this.report.set(result.data?.clinicReport ?? null);
          this.status.set(result.data ? 'ready' : 'error');
        },
        error: () => this.status.set('error'),
      });
  }
}
