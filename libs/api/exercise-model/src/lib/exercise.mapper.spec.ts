import type { ExerciseModel } from '@rehabit/api-db';
import { toExercise } from './exercise.mapper';

const row = {
  id: 'e1',
  clinicId: 'c1',
  builtInKey: null,
  name: 'Banded clamshell',
  aliases: ['clam'],
  category: 'ACTIVATION',
  bodyRegion: 'HIP',
  targetMuscles: ['gluteus medius'],
  startingPosition: 'Side-lying.',
  steps: ['Lift the knee.'],
  cues: [],
  safetyNotes: '',
  contraindications: '',
  equipment: ['mini band'],
  mediaUrl: null,
  defaultHoldSeconds: null,
  defaultReps: 15,
  defaultSets: 3,
  defaultSide: 'EACH_SIDE',
  defaultRestSeconds: 30,
  defaultTimesPerDay: 1,
  defaultDaysOfWeek: [1, 3, 5],
  defaultIntensity: 4,
  defaultLoad: 'red band',
  archivedAt: null,
  createdById: 'u1',
  createdAt: new Date(),
  updatedAt: new Date(),
} as ExerciseModel;

describe('toExercise', () => {
  it('gathers the default* columns into one dose, and says whose exercise it is', () => {
    expect(toExercise(row)).toMatchObject({
      builtIn: false,
      archived: false,
      defaultDose: {
        holdSeconds: null,
        reps: 15,
        sets: 3,
        side: 'EACH_SIDE',
        restSeconds: 30,
        timesPerDay: 1,
        daysOfWeek: [1, 3, 5],
        intensity: 4,
        load: 'red band',
      },
    });
  });

  it('marks built-in and archived exercises', () => {
    expect(
      toExercise({ ...row, clinicId: null, archivedAt: new Date() }),
    ).toMatchObject({ builtIn: true, archived: true });
  });
});
