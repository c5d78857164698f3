import { signal } from '@angular/core';
import { DeferBlockState, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GraphqlClient, Session } from '@rehabit/web-shared-data-access';
import { of } from 'rxjs';
import { TodayPage } from './today-page';

const item = {
  id: 'i1',
  doseText: 'Hold 30 s · 3 sets · each side',
  cues: '',
  notes: '',
  tempo: '',
  dose: {},
  exercise: {
    id: 'e1',
    name: 'Figure four',
    cues: [],
    mediaUrl: null,
    startingPosition: '',
  },
};
const today = {
  date: '2026-11-26',
  timeZone: 'Europe/London',
  sessions: [
    {
      prescriptionId: 'p1',
      prescriptionName: 'Piriformis relief',
      date: '2026-11-26',
      slot: 1,
      slotsThatDay: 2,
      totalText: '6 holds, about 6 min',
      done: true,
      items: [item],
    },
    {
      prescriptionId: 'p1',
      prescriptionName: 'Piriformis relief',
      date: '2026-11-26',
      slot: 2,
      slotsThatDay: 2,
      totalText: '6 holds, about 6 min',
      done: false,
      items: [item],
    },
  ],
  next: null,
  week: [
    { date: '2026-11-20', scheduled: 1, completed: 1 },
    { date: '2026-11-21', scheduled: 1, completed: 0 },
    { date: '2026-11-22', scheduled: 0, completed: 0 },
    { date: '2026-11-23', scheduled: 1, completed: 1 },
    { date: '2026-11-24', scheduled: 1, completed: 1 },
    { date: '2026-11-25', scheduled: 1, completed: 1 },
    { date: '2026-11-26', scheduled: 2, completed: 1 },
  ],
  morningCheck: { id: 'l1', localDate: '2026-11-25', painAfter: 3 },
  correctable: [],
};

async function render(mutate = jest.fn()) {
  TestBed.configureTestingModule({
    imports: [TodayPage],
    providers: [
      provideRouter([]),
      {
        provide: GraphqlClient,
        useValue: { query: () => of({ data: { runnerToday: today } }), mutate },
      },
      { provide: Session, useValue: { me: signal({ name: 'Tui Runner' }) } },
    ],
  });
  const fixture = TestBed.createComponent(TodayPage);
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture;
}

describe('TodayPage', () => {
  it('lists today’s sessions, done or to start, slot by slot', async () => {
    const el = (await render()).nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toBe('Hello, Tui Runner');
    const cards = [...el.querySelectorAll('[data-testid="today-session"]')];
    expect(cards[0]?.textContent).toContain('session 1 of 2');
    expect(
      cards[0]?.querySelector('[data-testid="session-state"]')?.textContent,
    ).toContain('Done');
    expect(cards[1]?.querySelector('a')?.textContent).toContain(
      'Start session',
    );
  });

  it('shows the week as done, missed, rest and today in words for screen readers, once the day’s sessions are drawn', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    // Drawn once the page is idle, after the sessions.
    expect(el.querySelector('[data-testid="week"]')).toBeNull();
    const [later] = await fixture.getDeferBlocks();
    await later.render(DeferBlockState.Complete);
    const days = [
      ...el.querySelectorAll('[data-testid="week"] li .visually-hidden'),
    ].map((d) => d.textContent);
    expect(days).toEqual([
      'done',
      'missed',
      'rest day',
      'done',
      'done',
      'done',
      '1 of 2 done',
    ]);
  });

  it('asks the morning pain once and says it is saved', async () => {
    const mutate = jest.fn(() =>
      of({ data: { recordNextMorningPain: { id: 'l1', nextMorningPain: 2 } } }),
    );
    const fixture = await render(mutate);
    const el = fixture.nativeElement as HTMLElement;
    const two = [...el.querySelectorAll('.scale button')].find(
      (b) => b.textContent?.trim() === '2',
    ) as HTMLButtonElement;
    two.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { sessionLogId: 'l1', pain: 2 } }),
    );
    expect(el.textContent).toContain('2 out of 10 this morning is saved');
    expect(el.querySelector('#morning-heading')).toBeNull();
  });
});
