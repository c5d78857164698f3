import { ALL_DAYS } from './dose';
import { validatePhases, type ProgramPhaseInput } from './program-validation';

const dose = {
  holdSeconds: 30,
  reps: 1,
  sets: 3,
  side: 'EACH_SIDE',
  restSeconds: 15,
  timesPerDay: 1,
  daysOfWeek: [...ALL_DAYS],
  intensity: null,
  load: null,
};
const exerciseId = '3f2b8c1e-0000-4000-8000-000000000001';
const phase = (
  overrides: Partial<ProgramPhaseInput> = {},
): ProgramPhaseInput => ({
  name: 'Stretch',
  startWeek: 1,
  endWeek: 2,
  items: [{ exerciseId, dose }],
  ...overrides,
});

describe('validatePhases', () => {
  it('accepts a two-phase routine', () => {
    expect(
      validatePhases([
        phase(),
        phase({ name: 'Stability', startWeek: 3, endWeek: null }),
      ]),
    ).toEqual([]);
  });

  it('needs 1 to 10 phases', () => {
    expect(validatePhases([])).toEqual([
      { field: 'input.phases', message: 'must hold 1 to 10 phases' },
    ]);
    expect(
      validatePhases(Array.from({ length: 11 }, () => phase())),
    ).toHaveLength(1);
  });

  it('names each bad field by its path', () => {
    const errors = validatePhases([
      phase(),
      phase({
        name: '  ',
        startWeek: 0,
        items: [
          { exerciseId: 'nope', dose: { ...dose, sets: 21, holdSeconds: 601 } },
        ],
      }),
    ]);
    expect(errors).toEqual([
      { field: 'input.phases.1.name', message: 'is required' },
      {
        field: 'input.phases.1.startWeek',
        message: 'must be an integer from 1 to 104',
      },
      {
        field: 'input.phases.1.items.0.exerciseId',
        message: 'must be a UUID (e.g. 3f2b8c1e-…)',
      },
      {
        field: 'input.phases.1.items.0.dose.holdSeconds',
        message: 'must be an integer from 1 to 600',
      },
      {
        field: 'input.phases.1.items.0.dose.sets',
        message: 'must be an integer from 1 to 20',
      },
    ]);
  });

  it('refuses an end week before the start week, and an empty phase', () => {
    expect(validatePhases([phase({ startWeek: 3, endWeek: 2 })])).toEqual([
      {
        field: 'input.phases.0.endWeek',
        message: 'must be on or after the start week',
      },
    ]);
    expect(validatePhases([phase({ items: [] })])).toEqual([
      { field: 'input.phases.0.items', message: 'must hold 1 to 30 exercises' },
    ]);
  });
});
