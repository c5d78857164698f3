import { TestBed } from '@angular/core/testing';
import { EXCUSE_DAY, RUNNER_REPORT } from '@rehabit/web-coach-data-access';
import { of } from 'rxjs';
import { RunnerCompliance } from './runner-compliance';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

const report = (scheduled: number, completed: number) => ({
  runnerId: 'r1',
  from: '2026-11-23',
  to: '2026-11-26',
  today: '2026-11-26',
  figures: {
    scheduled,
    completed,
    sessionAdherence: completed / scheduled,
    doseAdherence: completed / scheduled,
    prescribedSetSides: scheduled * 6,
    completedSetSides: completed * 6,
  },
  days: [
    { date: '2026-11-23', scheduled: 1, completed: 1, excused: null },
    { date: '2026-11-24', scheduled: 1, completed: 0, excused: null },
    { date: '2026-11-25', scheduled: 1, completed: 1, excused: null },
    { date: '2026-11-26', scheduled: 0, completed: 0, excused: null },
  ],
  exercises: [
    {
      exerciseId: 'e1',
      name: 'Supine figure-four stretch',
      sessions: scheduled,
      prescribedSetSides: scheduled * 6,
      completedSetSides: completed * 6,
      doseAdherence: completed / scheduled,
    },
  ],
  logs: [
    {
      logId: 'l1',
      date: '2026-11-23',
      slot: 1,
      painBefore: 2,
      painAfter: 3,
      nextMorningPain: null,
      effort: 4,
    },
  ],
  versions: [
    {
      prescriptionName: 'Piriformis relief',
      version: 1,
      effectiveFrom: '2026-11-01',
      changeNote: '',
    },
  ],
  excusedDays: [],
});

describe('RunnerCompliance', () => {
  it('shows the figures and the heat-map in words, and excuses a chosen day', async () => {
    let current = report(3, 2);
    const query = jest.fn(({ query: document }: { query: unknown }) => {
      expect(document).toBe(RUNNER_REPORT);
      return of({ data: { runnerReport: current } });
    });
    const mutate = jest.fn(() => {
      current = report(2, 2);
      return of({ data: { excuseDay: { id: 'x1' } } });
    });
    TestBed.configureTestingModule({
      imports: [RunnerCompliance],
      providers: [{ provide: GraphqlClient, useValue: { query, mutate } }],
    });
    const fixture = TestBed.createComponent(RunnerCompliance);
    fixture.componentRef.setInput('runnerId', 'r1');
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="sessions-done"]')?.textContent).toBe(
      '2 of 3 due',
    );
    expect(el.textContent).toContain('67%');
    const missed = el.querySelector(
      '[data-date="2026-11-24"]',
    ) as HTMLButtonElement;
    expect(missed.getAttribute('aria-label')).toBe(
      'Tue 24 Nov: missed, 0 of 1 sessions',
    );
    expect(
      el.querySelector('[data-date="2026-11-26"]')?.getAttribute('aria-label'),
    ).toBe('Thu 26 Nov: nothing scheduled');

    missed.click();
    fixture.detectChanges();
    const form = el.querySelector(
      '[data-testid="day-panel"] form',
    ) as HTMLFormElement;
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith({
      mutation: EXCUSE_DAY,
      variables: {
        runnerId: 'r1',
        input: { date: '2026-11-24', reason: 'ILLNESS', note: '' },
      },
    });
    expect(el.querySelector('[data-testid="sessions-done"]')?.textContent).toBe(
      '2 of 2 due',
    );
    expect(el.textContent).toContain('Tue 24 Nov is excused');
  });
});
