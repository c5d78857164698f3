import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { ProgressPage } from './progress-page';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

const progress = {
  streak: 3,
  weeks: [
    { start: '2026-10-30', scheduled: 0, completed: 0 },
    { start: '2026-11-06', scheduled: 7, completed: 7 },
    { start: '2026-11-13', scheduled: 7, completed: 5 },
    { start: '2026-11-20', scheduled: 7, completed: 3 },
  ],
  pain: [
    { date: '2026-11-06', painAfter: 5, nextMorningPain: null },
    { date: '2026-11-25', painAfter: 2, nextMorningPain: 1 },
  ],
  coachNotes: [
    {
      date: '2026-11-25',
      slot: 1,
      comment: 'Lovely steady holds.',
      at: '2026-11-25T19:00:00Z',
    },
  ],
};

describe('ProgressPage', () => {
  it('shows the streak, each week done against scheduled, and the pain trend in words', () => {
    TestBed.configureTestingModule({
      imports: [ProgressPage],
      providers: [
        provideRouter([]),
        {
          provide: GraphqlClient,
          useValue: { query: () => of({ data: { runnerProgress: progress } }) },
        },
      ],
    });
    const fixture = TestBed.createComponent(ProgressPage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="streak"]')?.textContent).toContain(
      '3 days in a row',
    );
    expect(
      el.querySelector('[data-testid="coach-notes"]')?.textContent,
    ).toContain('On your session of 25 Nov: “Lovely steady holds.”');
    expect(
      [...el.querySelectorAll('[data-testid="weeks"] li')].map((li) =>
        [...li.querySelectorAll('span')]
          .map((span) => span.textContent?.trim())
          .filter(Boolean)
          .join(' · '),
      ),
    ).toEqual([
      'From 30 Oct · 0 of 0 done',
      'From 6 Nov · 7 of 7 done',
      'From 13 Nov · 5 of 7 done',
      'From 20 Nov · 3 of 7 done',
    ]);
    expect(el.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Pain after sessions went from 5 out of 10 on 6 Nov to 2 on 25 Nov, over 2 sessions.',
    );
  });
});
