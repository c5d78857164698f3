import { ALL_DAYS } from './dose';
import {
  validateExercise,
  type ExerciseFieldsInput,
} from './exercise-validation';

const valid: ExerciseFieldsInput = {
  name: 'Banded clamshell',
  aliases: ['clam'],
  targetMuscles: ['gluteus medius'],
  startingPosition: 'Side-lying, knees bent.',
  steps: ['Keep feet together.', 'Lift the top knee.'],
  cues: ['Do not roll back.'],
  safetyNotes: '',
  contraindications: '',
  equipment: ['mini band'],
  mediaUrl: 'https://media.example.org/clamshell.mp4',
  defaultDose: {
    holdSeconds: null,
    reps: 15,
    sets: 3,
    side: 'EACH_SIDE',
    restSeconds: 30,
    timesPerDay: 1,
    daysOfWeek: [...ALL_DAYS],
    intensity: null,
    load: 'red band',
  },
};

describe('validateExercise', () => {
  it('accepts a complete exercise, and one without media', () => {
    expect(validateExercise(valid)).toEqual([]);
    expect(validateExercise({ ...valid, mediaUrl: null })).toEqual([]);
  });

  it('needs a name and 1 to 20 non-empty steps', () => {
    expect(validateExercise({ ...valid, name: ' ', steps: [] })).toEqual([
      { field: 'input.name', message: 'is required' },
      { field: 'input.steps', message: 'must hold 1 to 20 entries' },
    ]);
    expect(validateExercise({ ...valid, steps: ['ok', ''] })).toEqual([
      { field: 'input.steps.1', message: 'is required' },
    ]);
  });

  it('refuses links that are not web addresses, such as javascript:', () => {
    for (const mediaUrl of [
      'javascript:alert(1)',
      'data:image/png;base64,AA',
      'not a url',
    ])
      expect(validateExercise({ ...valid, mediaUrl })).toEqual([
        {
          field: 'input.mediaUrl',
          message: 'must be a web address starting with https://',
        },
      ]);
  });

  it('checks the default dose like any dose', () => {
    expect(
      validateExercise({
        ...valid,
        defaultDose: { ...valid.defaultDose, reps: 0 },
      }),
    ).toEqual([
      {
        field: 'input.defaultDose.reps',
        message: 'must be an integer from 1 to 100',
      },
    ]);
  });

  it('bounds lists and their entries', () => {
    expect(
      validateExercise({
        ...valid,
        aliases: Array.from({ length: 11 }, () => 'a'),
      }),
    ).toEqual([
      { field: 'input.aliases', message: 'must hold at most 10 entries' },
    ]);
    expect(validateExercise({ ...valid, equipment: ['x'.repeat(81)] })).toEqual(
      [
        {
          field: 'input.equipment.0',
          message: 'must be at most 80 characters',
        },
      ],
    );
  });
});
