import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { ClinicReportPage } from './clinic-report-page';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

const coach = (
  coachId: string,
  coachName: string,
  scheduled: number,
  completed: number,
) => ({
  coachId,
  coachName,
  runners: 2,
  adherentRunners: 1,
  needsAttention: 1,
  figures: {
    scheduled,
    completed,
    sessionAdherence: completed / scheduled,
    doseAdherence: completed / scheduled,
    prescribedSetSides: scheduled * 6,
    completedSetSides: completed * 6,
  },
});

describe('ClinicReportPage', () => {
  it('shows compliance per coach and overall', () => {
    TestBed.configureTestingModule({
      imports: [ClinicReportPage],
      providers: [
        {
          provide: GraphqlClient,
          useValue: {
            query: () =>
              of({
                data: {
                  clinicReport: {
                    from: null,
                    to: null,
                    coaches: [
                      coach('c1', 'Jordan Lee', 40, 36),
                      coach('c2', 'Sam Ortiz', 40, 20),
                    ],
                    overall: coach('all', 'All coaches', 80, 56),
                  },
                },
              }),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(ClinicReportPage);
    fixture.detectChanges();
    const rows = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('tr'),
    ].map((tr) =>
      [...tr.children].map((cell) =>
        cell.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(rows[1]).toEqual([
      'Jordan Lee',
      '2',
      '1',
      '1',
      '36 of 40',
      '90%, adherent',
      '90%, adherent',
    ]);
    expect(rows[2]).toEqual([
      'Sam Ortiz',
      '2',
      '1',
      '1',
      '20 of 40',
      '50%, below 80 percent',
      '50%, below 80 percent',
    ]);
    expect(rows[3]).toEqual([
      'All coaches',
      '2',
      '1',
      '1',
      '56 of 80',
      '70%, below 80 percent',
      '70%, below 80 percent',
    ]);
  });
});
