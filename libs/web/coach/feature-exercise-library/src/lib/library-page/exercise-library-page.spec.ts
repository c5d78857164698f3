import { signal } from '@angular/core';
import { GraphqlClient, Session } from '@rehabit/web-shared-data-access';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  ExerciseLibraryApi,
  type ExerciseLibraryPage as Page,
} from '@rehabit/web-coach-data-access';
import { of, throwError } from 'rxjs';
import { ExerciseLibraryPage } from './exercise-library-page';

const stretch = {
  id: 'a1',
  name: 'Supine figure-four stretch',
  aliases: ['figure four'],
  category: 'STRETCH',
  bodyRegion: 'HIP',
  builtIn: true,
  defaultDose: {
    holdSeconds: 45,
    reps: 1,
    sets: 3,
    side: 'EACH_SIDE',
    restSeconds: 15,
    timesPerDay: 1,
    daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
    intensity: 3,
    load: 'bodyweight',
  },
} as const;

function page(items: Page['items'], nextCursor: string | null = null): Page {
  return { items, nextCursor, totalCount: items.length };
}

async function render(
  search: jest.Mock,
  q?: string,
  me: { role: string } | null = null,
): Promise<ComponentFixture<ExerciseLibraryPage>> {
  TestBed.configureTestingModule({
    imports: [ExerciseLibraryPage],
    providers: [
      provideRouter([]),
      { provide: ExerciseLibraryApi, useValue: { search } },
      { provide: GraphqlClient, useValue: { mutate: jest.fn() } },
      { provide: Session, useValue: { me: signal(me) } },
    ],
  });
  const fixture = TestBed.createComponent(ExerciseLibraryPage);
  if (q !== undefined) fixture.componentRef.setInput('q', q);
  fixture.componentRef.setInput('category', 'NOT_A_CATEGORY');
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture;
}

const text = (fixture: ComponentFixture<unknown>, testId: string) =>
  (fixture.nativeElement as HTMLElement)
    .querySelector(`[data-testid="${testId}"]`)
    ?.textContent?.trim();

describe('ExerciseLibraryPage', () => {
  it('searches with the query from the URL, ignores an unknown category, and lists the dose in words', async () => {
    const search = jest.fn(() =>
      of(page([stretch as unknown as Page['items'][number]])),
    );
    const fixture = await render(search, 'figure four');
    expect(search).toHaveBeenCalledWith({
      search: 'figure four',
      category: null,
      bodyRegion: null,
    });
    expect(text(fixture, 'result-count')).toBe('1 exercise');
    const results = text(fixture, 'exercise-results');
    expect(results).toContain('Supine figure-four stretch');
    expect(results).toContain(
      'Hold 45 s · 3 sets · each side · rest 15 s · daily, once',
    );
    expect(results).toContain('Also called figure four');
  });

  it('says plainly when nothing matches, naming the search, and offers to clear it', async () => {
    const fixture = await render(
      jest.fn(() => of(page([]))),
      'zzz',
    );
    expect(text(fixture, 'result-count')).toBe('No exercises match “zzz”.');
    const clear = (fixture.nativeElement as HTMLElement).querySelector(
      'button',
    );
    expect(clear?.textContent).toContain('Clear search and filters');
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
    clear?.click();
    expect(navigate).toHaveBeenCalledWith([], {
      queryParams: {},
      replaceUrl: true,
    });
  });

  it('tells the user when the library cannot be loaded', async () => {
    const fixture = await render(
      jest.fn(() => throwError(() => new Error('offline'))),
    );
    expect(text(fixture, 'result-count')).toBe(
      'The library could not be loaded. Check your connection and try again.',
    );
  });

  it('appends the next page when asked for more', async () => {
    const second = { ...stretch, id: 'a2', name: 'Seated figure-four stretch' };
    const search = jest
      .fn()
      .mockReturnValueOnce(
        of({
          ...page([stretch as unknown as Page['items'][number]], 'cursor-1'),
          totalCount: 2,
        }),
      )
      .mockReturnValueOnce(
        of(page([second as unknown as Page['items'][number]])),
      );
    const fixture = await render(search);
    const more = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('button'),
    ].find((b) => b.textContent?.includes('Show more'));
    more?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(search).toHaveBeenLastCalledWith(
      { search: null, category: null, bodyRegion: null },
      'cursor-1',
    );
    expect(fixture.componentInstance.state().items.map((i) => i.name)).toEqual([
      'Supine figure-four stretch',
      'Seated figure-four stretch',
    ]);
  });
});
