import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { ExerciseLibraryApi } from '@rehabit/web-coach-data-access';
import { of } from 'rxjs';
import { TemplateBuilderPage } from './template-builder-page';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

function render(mutate: jest.Mock) {
  TestBed.configureTestingModule({
    imports: [TemplateBuilderPage],
    providers: [
      provideRouter([]),
      { provide: GraphqlClient, useValue: { mutate, query: jest.fn() } },
      { provide: MatDialog, useValue: { open: jest.fn() } },
      {
        provide: ExerciseLibraryApi,
        useValue: { search: () => of({ items: [] }) },
      },
    ],
  });
  const fixture = TestBed.createComponent(TemplateBuilderPage);
  fixture.detectChanges();
  return fixture;
}

describe('TemplateBuilderPage', () => {
  it('checks the template before sending it, saying what is missing where', async () => {
    const mutate = jest.fn();
    const fixture = render(mutate);
    const page = fixture.componentInstance;
    await page.save();
    fixture.detectChanges();
    expect(mutate).not.toHaveBeenCalled();
    const text = (fixture.nativeElement as HTMLElement).textContent;
    expect(text).toContain('name is required');
    expect(text).toContain('Phase 1: items must hold 1 to 30 exercises');
  });

  it('creates the template and opens it', async () => {
    const mutate = jest.fn(() =>
      of({ data: { createTemplate: { id: 't1' } } }),
    );
    const fixture = render(mutate);
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
    const page = fixture.componentInstance;
    page.name.set('Piriformis relief');
    page.phases.update(([phase]) => [
      {
        ...(phase as NonNullable<typeof phase>),
        items: [
          {
            key: 'k',
            exercise: {
              id: '3f2b8c1e-0000-4000-8000-000000000001',
              name: 'Figure four',
            },
            dose: {
              holdSeconds: 30,
              reps: 1,
              sets: 3,
              side: 'EACH_SIDE',
              restSeconds: 15,
              timesPerDay: 1,
              daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
              intensity: null,
              load: null,
              tempo: '',
              cues: '',
              notes: '',
            },
          },
        ],
      },
    ]);
    await page.save();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: {
          input: expect.objectContaining({
            name: 'Piriformis relief',
            phases: [
              expect.objectContaining({
                startWeek: 1,
                items: [
                  expect.objectContaining({
                    exerciseId: '3f2b8c1e-0000-4000-8000-000000000001',
                  }),
                ],
              }),
            ],
          }),
        },
      }),
    );
    expect(navigate).toHaveBeenCalledWith(['/templates', 't1']);
  });
});
