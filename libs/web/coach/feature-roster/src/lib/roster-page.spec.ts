import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { MatDialog } from '@angular/material/dialog';
import { ROSTER_REPORT } from '@rehabit/web-coach-data-access';
import { GraphqlClient, Session } from '@rehabit/web-shared-data-access';
import { of, throwError } from 'rxjs';
import { RosterPage } from './roster-page';
import type { RosterFigures, RosterRunner } from './roster-table';

const runner = (
  id: string,
  name: string,
  extra: Partial<RosterRunner> = {},
): RosterRunner => ({
  id,
  name,
  email: `${id}@x.test`,
  timeZone: 'UTC',
  status: 'ACTIVE',
  signInLocked: false,
  coach: { id: 'c1', name: 'Sam' },
  ...extra,
});

const figures = (
  runnerId: string,
  last7: number,
  missed = 0,
): RosterFigures => ({
  runnerId,
  routine: 'Piriformis relief',
  phase: 'Stretch',
  lastSessionDate: '2026-11-20',
  last7: {
    scheduled: 7,
    completed: Math.round(last7 * 7),
    sessionAdherence: last7,
  },
  last28: { scheduled: 28, completed: 20, sessionAdherence: 20 / 28 },
  weeks: [1, 0.86, 0.57, last7],
  signals: {
    missedDaysInARow: missed,
    daysSilent: 2,
    latestPain: 3,
    painChange: 1,
    painHigh: false,
    painRising: false,
    morningWorse: false,
    stopAndContactOn: null,
    needsAttention: missed >= 2,
  },
});

/** The GraphQL client answering the two roster queries. */
function serverWith(runners: RosterRunner[], rows: RosterFigures[]) {
  return jest.fn(({ query }: { query: unknown }) =>
    of({
      data:
        query === ROSTER_REPORT
          ? { rosterReport: { rows } }
          : { runners: { items: runners } },
    }),
  );
}

function render(
  query: jest.Mock,
  me: unknown = { clinic: { name: 'Riverside' } },
  mutate = jest.fn(),
) {
  TestBed.configureTestingModule({
    imports: [RosterPage],
    providers: [
      provideRouter([]),
      { provide: GraphqlClient, useValue: { query, mutate } },
      { provide: MatDialog, useValue: { open: jest.fn() } },
      { provide: Session, useValue: { me: signal(me) } },
    ],
  });
  const fixture = TestBed.createComponent(RosterPage);
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

const names = (el: HTMLElement) =>
  [...el.querySelectorAll('tbody th[scope="row"] a')].map((a) =>
    a.textContent?.trim(),
  );

describe('RosterPage', () => {
  const runners = [
    runner('r1', 'Maya'),
    runner('r2', 'Ben'),
    runner('r3', 'Ines', { status: 'INVITED' }),
  ];
  const rows = [figures('r1', 1), figures('r2', 3 / 7, 3)];

  it('shows each runner’s routine, adherence, pain and signals', () => {
    const { el } = render(serverWith(runners, rows));
    expect(names(el)).toEqual(['Ben', 'Ines', 'Maya']);
    const ben = el.querySelector('tbody tr') as HTMLElement;
    expect(ben.textContent).toContain('Piriformis relief');
    expect(ben.textContent).toContain('43%');
    expect(ben.textContent).toContain('3/7');
    expect(ben.textContent).toContain('Missed 3 days in a row');
    expect(
      ben.querySelector('rh-sparkline svg')?.getAttribute('aria-label'),
    ).toBe(
      'Weekly adherence, oldest first: week 1 100%, week 2 86%, week 3 57%, week 4 43%',
    );
    expect(el.textContent).toContain('No routine');
    expect(el.textContent).toContain('Invited');
    expect(el.textContent).toContain('How is this computed?');
    expect(el.textContent).toContain('Riverside');
  });

  it('reads every page of runners, not just the first 100', () => {
    const query = jest.fn(
      ({
        query: document,
        variables,
      }: {
        query: unknown;
        variables?: { page: { cursor: string | null } };
      }) => {
        if (document === ROSTER_REPORT)
          return of({ data: { rosterReport: { rows: [] } } });
        const first = variables?.page.cursor === null;
        return of({
          data: {
            runners: {
              items: first ? [runner('r1', 'Maya')] : [runner('r2', 'Zoe')],
              nextCursor: first ? 'page-2' : null,
            },
          },
        });
      },
    );
    const { el } = render(query);
    expect(names(el)).toEqual(['Maya', 'Zoe']);
    expect(query).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: { page: { size: 100, cursor: 'page-2' } },
      }),
    );
  });

  it('sorts by a column, and the same column again turns the order round', async () => {
    const { fixture, el } = render(serverWith(runners, rows));
    const sortBy7 = el.querySelector(
      '[data-sort="adherence7"]',
    ) as HTMLButtonElement;
    sortBy7.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(TestBed.inject(Router).url).toBe('/?sort=adherence7&dir=asc');
    expect(names(el)).toEqual(['Ben', 'Maya', 'Ines']);
    expect(sortBy7.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    sortBy7.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(names(el)).toEqual(['Maya', 'Ben', 'Ines']);
    expect(sortBy7.closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('filters to the runners who need attention', async () => {
    const { fixture, el } = render(serverWith(runners, rows));
    const filter = el.querySelector(
      '[data-testid="needs-attention"]',
    ) as HTMLInputElement;
    expect(filter.parentElement?.textContent).toContain(
      'Needs attention only (1)',
    );
    filter.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(names(el)).toEqual(['Ben']);
    expect(TestBed.inject(Router).url).toBe('/?attention=1');
  });

  it('offers a password link for runners who have joined, and shows it once made', async () => {
    const mutate = jest.fn(() =>
      of({
        data: {
          createPasswordResetLink: {
            url: 'http://x/reset#token=abc',
            expiresAt: '',
            emailed: false,
          },
        },
      }),
    );
    const { fixture, el } = render(
      serverWith([runner('r2', 'Liam')], []),
      null,
      mutate,
    );
    const button = el.querySelector('tbody button') as HTMLButtonElement;
    expect(button.textContent).toContain('Password link for Liam');
    button.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { email: 'r2@x.test' } }),
    );
    expect(
      (el.querySelector('[data-testid="issued-link"]') as HTMLInputElement)
        .value,
    ).toBe('http://x/reset#token=abc');
    expect(el.textContent).not.toContain('Reassign');
  });

  it('invites the coach to add a first runner when there is none, and says when loading failed', () => {
    expect(render(serverWith([], [])).el.textContent).toContain(
      'No runners yet.',
    );
    TestBed.resetTestingModule();
    expect(
      render(jest.fn(() => throwError(() => new Error('offline')))).el
        .textContent,
    ).toContain('The runners could not be loaded.');
  });

  it('shows an admin each runner’s coach, who is locked out, and the unlock and reassign actions', async () => {
    const mutate = jest.fn(() => of({ data: { unlockAccount: true } }));
    const { fixture, el } = render(
      serverWith(
        [
          runner('r3', 'Ana', {
            signInLocked: true,
            coach: { id: 'c2', name: 'Jordan Lee' },
          }),
        ],
        [],
      ),
      { role: 'admin', clinic: { name: 'R' } },
      mutate,
    );
    const headers = [...el.querySelectorAll('thead th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual([
      'Runner ▲',
      'Coach',
      'Routine · phase',
      'Last session',
      '7 days',
      '28 days',
      'Pain',
      'Signals',
      'Actions',
    ]);
    expect(el.querySelector('tbody')?.textContent).toContain('locked out');
    expect(el.querySelector('tbody')?.textContent).toContain('Jordan Lee');
    const unlock = [...el.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Unlock'),
    ) as HTMLButtonElement;
    unlock.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { email: 'r3@x.test' } }),
    );
    expect(el.textContent).toContain('Ana can sign in again.');
    expect(el.textContent).toContain('Reassign');
  });
});
