import { signal } from '@angular/core';
import { GraphqlClient, Session } from '@rehabit/web-shared-data-access';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ExerciseLibraryApi } from '@rehabit/web-coach-data-access';
import { of, throwError } from 'rxjs';
import { ExerciseDetailPage } from './exercise-detail-page';

const exercise = {
  id: 'a1',
  name: 'Glute bridge',
  aliases: ['hip bridge'],
  category: 'STRENGTH',
  bodyRegion: 'GLUTE',
  targetMuscles: ['gluteus maximus'],
  startingPosition: 'Lying on your back.',
  steps: ['Squeeze.', 'Lift.', 'Lower.'],
  cues: ['Drive through the heels.'],
  safetyNotes: 'Stop if the back hurts.',
  contraindications: 'Acute low back pain.',
  equipment: [],
  mediaUrl: null,
  builtIn: true,
  defaultDose: {
    holdSeconds: null,
    reps: 12,
    sets: 3,
    side: 'NONE',
    restSeconds: 0,
    timesPerDay: 1,
    daysOfWeek: [1, 3, 5],
    intensity: 5,
    load: 'bodyweight',
  },
};

async function render(
  detail: jest.Mock,
  me: { role: string } | null = null,
): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    imports: [ExerciseDetailPage],
    providers: [
      provideRouter([]),
      { provide: ExerciseLibraryApi, useValue: { detail } },
      { provide: GraphqlClient, useValue: { mutate: jest.fn() } },
      { provide: Session, useValue: { me: signal(me) } },
    ],
  });
  const fixture = TestBed.createComponent(ExerciseDetailPage);
  fixture.componentRef.setInput('id', 'a1');
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('ExerciseDetailPage', () => {
  it('shows steps in order, safety notes and the default dose in words', async () => {
    const el = await render(jest.fn(() => of(exercise)));
    expect(el.querySelector('h1')?.textContent).toBe('Glute bridge');
    expect(
      [...el.querySelectorAll('[data-testid="exercise-steps"] li')].map(
        (li) => li.textContent,
      ),
    ).toEqual(exercise.steps);
    expect(el.querySelector('[data-testid="default-dose"]')?.textContent).toBe(
      '12 reps · 3 sets · Mon Wed Fri',
    );
    expect(el.textContent).toContain('effort 5/10 · bodyweight');
    expect(el.textContent).toContain('Stop if the back hurts.');
    expect(el.textContent).toContain('Equipment');
    expect(el.textContent).toContain('None');
  });

  it('says an exercise is not found when the API answers NOT_FOUND', async () => {
    const el = await render(
      jest.fn(() =>
        throwError(() => ({ errors: [{ extensions: { code: 'NOT_FOUND' } }] })),
      ),
    );
    expect(el.querySelector('h1')?.textContent).toBe('Exercise not found');
  });

  it('says the exercise could not be loaded on any other failure', async () => {
    const el = await render(
      jest.fn(() => throwError(() => new Error('network'))),
    );
    expect(el.textContent).toContain('The exercise could not be loaded.');
  });

  it('offers a coach to edit, archive or duplicate the clinic’s own exercise, and only to duplicate a built-in one', async () => {
    const own = await render(
      jest.fn(() => of({ ...exercise, builtIn: false, archived: false })),
      { role: 'coach' },
    );
    const buttons = (el: HTMLElement) =>
      [...el.querySelectorAll('.actions a, .actions button')].map((b) =>
        b.textContent?.trim(),
      );
    expect(buttons(own)).toEqual([
      'Edit',
      'Archive',
      'Duplicate into your library',
    ]);
    TestBed.resetTestingModule();
    const builtIn = await render(
      jest.fn(() => of({ ...exercise, builtIn: true, archived: false })),
      { role: 'coach' },
    );
    expect(buttons(builtIn)).toEqual(['Duplicate into your library']);
    TestBed.resetTestingModule();
    const runner = await render(
      jest.fn(() => of(exercise)),
      { role: 'runner' },
    );
    expect(buttons(runner)).toEqual([]);
  });
});
