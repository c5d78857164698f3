import { itemData, toDbDate, toLocalDate } from './program-rows';

describe('program rows', () => {
  it('round-trips a local date through a PostgreSQL date', () => {
    expect(toLocalDate(toDbDate('2026-03-29'))).toBe('2026-03-29');
  });

  it('stores an item’s days in week order, an empty load as none, and missing texts as empty', () => {
    expect(
      itemData(
        {
          exerciseId: 'e1',
          dose: {
            holdSeconds: null,
            reps: 12,
            sets: 3,
            side: 'BILATERAL',
            restSeconds: 30,
            timesPerDay: 1,
            daysOfWeek: [5, 1, 3],
            intensity: null,
            load: '  ',
          },
        },
        2,
      ),
    ).toEqual({
      position: 2,
      exerciseId: 'e1',
      holdSeconds: null,
      reps: 12,
      sets: 3,
      side: 'BILATERAL',
      restSeconds: 30,
      timesPerDay: 1,
      daysOfWeek: [1, 3, 5],
      intensity: null,
      load: null,
      tempo: '',
      cues: '',
      notes: '',
    });
  });
});
