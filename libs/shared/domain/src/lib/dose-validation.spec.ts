import { DOSE_BOUNDS, type Dose } from './dose';
import { validateDose } from './dose-validation';

const valid: Dose = {
  holdSeconds: 45,
  reps: 1,
  sets: 3,
  side: 'EACH_SIDE',
  restSeconds: 15,
  timesPerDay: 1,
  daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
  intensity: 3,
  load: 'bodyweight',
};

describe('validateDose', () => {
  it('accepts the piriformis stretch dose', () => {
    expect(validateDose(valid)).toEqual([]);
  });

  describe.each(Object.entries(DOSE_BOUNDS))('%s', (field, { min, max }) => {
    it.each([min, max])('accepts the edge %p', (value) => {
      expect(validateDose({ ...valid, [field]: value })).toEqual([]);
    });

    it.each([min - 1, max + 1, min + 0.5])(
      'refuses %p, naming the field and the range',
      (value) => {
        expect(validateDose({ ...valid, [field]: value })).toEqual([
          { field, message: `must be an integer from ${min} to ${max}` },
        ]);
      },
    );
  });

  it('refuses a string where a number belongs', () => {
    expect(validateDose({ ...valid, sets: '3' })).toEqual([
      { field: 'sets', message: 'must be an integer from 1 to 20' },
    ]);
  });

  it('lets holdSeconds and intensity be absent, but not sets', () => {
    expect(
      validateDose({ ...valid, holdSeconds: null, intensity: null }),
    ).toEqual([]);
    expect(validateDose({ ...valid, sets: null })).toEqual([
      { field: 'sets', message: 'is required (an integer from 1 to 20)' },
    ]);
  });

  it.each([[[]], [[0, 1]], [[8]], [[1, 1]], ['1,2'], [[1.5]]])(
    'refuses daysOfWeek %p',
    (daysOfWeek) => {
      expect(validateDose({ ...valid, daysOfWeek }, 'items.2')).toEqual([
        {
          field: 'items.2.daysOfWeek',
          message:
            'must be a non-empty set of ISO weekdays (1 = Monday … 7 = Sunday) without repeats',
        },
      ]);
    },
  );

  it('refuses an unknown side', () => {
    expect(validateDose({ ...valid, side: 'BOTH' })).toEqual([
      {
        field: 'side',
        message: 'must be one of LEFT, RIGHT, EACH_SIDE, BILATERAL, NONE',
      },
    ]);
  });

  it('limits load to 80 characters and notes to 2,000, counting an emoji once', () => {
    expect(validateDose({ ...valid, load: 'x'.repeat(80) })).toEqual([]);
    expect(validateDose({ ...valid, load: 'x'.repeat(81) })).toEqual([
      { field: 'load', message: 'must be at most 80 characters' },
    ]);
    expect(validateDose({ ...valid, notes: '🏃'.repeat(2000) })).toEqual([]);
    expect(validateDose({ ...valid, notes: '🏃'.repeat(2001) })).toEqual([
      { field: 'notes', message: 'must be at most 2000 characters' },
    ]);
  });

  it('refuses NUL bytes in text but accepts line breaks and right-to-left text', () => {
    expect(validateDose({ ...valid, cues: 'breathe\u0000out' })).toEqual([
      { field: 'cues', message: 'must not contain control characters' },
    ]);
    expect(
      validateDose({ ...valid, cues: 'line one\nline two\tמתיחה' }),
    ).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(
      validateDose({ ...valid, sets: 0, reps: 1000 }).map((e) => e.field),
    ).toEqual(['reps', 'sets']);
  });
});
