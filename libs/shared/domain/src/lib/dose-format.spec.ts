import { setSidesPerSession } from './dose';
import { formatDays, formatDose, formatIntensity } from './dose-format';

describe('formatDose', () => {
  it('words a held stretch done on each side, daily', () => {
    expect(
      formatDose({
        holdSeconds: 45,
        reps: 1,
        sets: 3,
        side: 'EACH_SIDE',
        restSeconds: 15,
        timesPerDay: 1,
        daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
      }),
    ).toBe('Hold 45 s · 3 sets · each side · rest 15 s · daily, once');
  });

  it('words a rep-based exercise on named days, without side or rest', () => {
    expect(
      formatDose({
        holdSeconds: null,
        reps: 12,
        sets: 3,
        side: 'NONE',
        restSeconds: 0,
        timesPerDay: 1,
        daysOfWeek: [5, 1, 3],
      }),
    ).toBe('12 reps · 3 sets · Mon Wed Fri');
  });

  it('says how often on named days when more than once, and counts repeated holds', () => {
    expect(
      formatDose({
        holdSeconds: 5,
        reps: 10,
        sets: 1,
        side: 'LEFT',
        restSeconds: 0,
        timesPerDay: 2,
        daysOfWeek: [2, 4],
      }),
    ).toBe('Hold 5 s × 10 · 1 set · left side · Tue Thu, twice');
    expect(
      formatDose({
        holdSeconds: null,
        reps: 1,
        sets: 2,
        side: 'BILATERAL',
        restSeconds: 30,
        timesPerDay: 4,
        daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
      }),
    ).toBe(
      '1 rep · 2 sets · both sides together · rest 30 s · daily, 4 times a day',
    );
  });
});

describe('formatDays', () => {
  it('orders days in the week and says daily for all seven', () => {
    expect(formatDays([7, 6])).toBe('Sat Sun');
    expect(formatDays([7, 6, 5, 4, 3, 2, 1])).toBe('daily');
  });
});

describe('formatIntensity', () => {
  it('joins effort and load, and is empty without either', () => {
    expect(formatIntensity({ intensity: 5, load: 'red band' })).toBe(
      'effort 5/10 · red band',
    );
    expect(formatIntensity({ intensity: 0, load: null })).toBe('effort 0/10');
    expect(formatIntensity({ intensity: null, load: null })).toBe('');
  });
});

describe('setSidesPerSession', () => {
  it('counts each side of an EACH_SIDE set, and one otherwise', () => {
    expect(setSidesPerSession({ sets: 3, side: 'EACH_SIDE' })).toBe(6);
    for (const side of ['LEFT', 'RIGHT', 'BILATERAL', 'NONE'] as const) {
      expect(setSidesPerSession({ sets: 3, side })).toBe(3);
    }
  });
});
