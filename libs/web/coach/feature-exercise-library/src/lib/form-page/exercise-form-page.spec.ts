import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ExerciseLibraryApi } from '@rehabit/web-coach-data-access';
import { of } from 'rxjs';
import { ExerciseFormPage } from './exercise-form-page';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

function render(mutate: jest.Mock) {
  TestBed.configureTestingModule({
    imports: [ExerciseFormPage],
    providers: [
      provideRouter([]),
      { provide: GraphqlClient, useValue: { mutate } },
      { provide: ExerciseLibraryApi, useValue: { detail: jest.fn() } },
    ],
  });
  const fixture = TestBed.createComponent(ExerciseFormPage);
  fixture.detectChanges();
  jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  return fixture;
}

describe('ExerciseFormPage', () => {
  it('refuses a javascript: link before sending, then saves once it is a web address', async () => {
    const mutate = jest.fn(() =>
      of({ data: { createExercise: { id: 'x1' } } }),
    );
    const fixture = render(mutate);
    const page = fixture.componentInstance;
    page.name.set('Banded clamshell');
    page.steps.set(['Lift the top knee.']);
    page.mediaUrl.set('javascript:alert(1)');
    await page.save();
    expect(mutate).not.toHaveBeenCalled();
    expect(page.errors()).toEqual({
      'input.mediaUrl': 'must be a web address starting with https://',
    });

    page.mediaUrl.set('https://media.example.org/clamshell.png');
    await page.save();
    expect(page.errors()).toEqual({});
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: {
          input: expect.objectContaining({
            name: 'Banded clamshell',
            steps: ['Lift the top knee.'],
            mediaUrl: 'https://media.example.org/clamshell.png',
          }),
        },
      }),
    );
  });
});
