import {
  describeField,
  doseInputOf,
  draftsOf,
  itemFromExercise,
  moved,
  phasesInput,
} from './program-draft';

const dose = {
  holdSeconds: 30,
  reps: 1,
  sets: 3,
  side: 'EACH_SIDE' as const,
  restSeconds: 15,
  timesPerDay: 1,
  daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
  intensity: null,
  load: null,
};

describe('program drafts', () => {
  it('round-trips phases from the API to its input', () => {
    const drafts = draftsOf([
      {
        name: 'Stretch',
        startWeek: 1,
        endWeek: 2,
        items: [
          {
            id: 'i1',
            doseText: '…',
            tempo: 'slow',
            cues: 'relax',
            notes: '',
            exercise: { id: 'e1', name: 'Supine figure-four stretch' },
            dose,
          },
        ],
      },
    ]);
    expect(phasesInput(drafts)).toEqual([
      {
        name: 'Stretch',
        startWeek: 1,
        endWeek: 2,
        items: [
          {
            exerciseId: 'e1',
            dose: { ...dose, tempo: 'slow', cues: 'relax', notes: '' },
          },
        ],
      },
    ]);
  });

  it('starts a new item from the exercise’s default dose', () => {
    const item = itemFromExercise({
      id: 'e2',
      name: 'Glute bridge',
      defaultDose: { ...dose, holdSeconds: null, reps: 12 },
    });
    expect(item.exercise).toEqual({ id: 'e2', name: 'Glute bridge' });
    expect(item.dose).toMatchObject({ holdSeconds: null, reps: 12, tempo: '' });
  });

  it('moves an element, and ignores moves off the ends', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('says which phase and exercise a server error is about', () => {
    expect(describeField('input.phases.1.items.0.dose.sets')).toBe(
      'Phase 2, exercise 1: sets',
    );
    expect(describeField('input.phases.0.name')).toBe('Phase 1: name');
    expect(describeField('input.name')).toBe('name');
  });

  it('sends only the dose fields, never the __typename of a query result', () => {
    expect(doseInputOf({ ...dose, __typename: 'Dose' } as typeof dose)).toEqual(
      dose,
    );
  });
});
