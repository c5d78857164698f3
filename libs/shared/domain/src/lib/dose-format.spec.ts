import { setSidesPerSession } from './dose';
import {
  formatDailyTotal,
  formatDays,
  formatDose,
  formatIntensity,
  sessionSeconds,
} from './dose-format';

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

describe('sessionSeconds and formatDailyTotal', () => {
  const figureFour = {
    holdSeconds: 45,
    reps: 1,
    sets: 3,
    side: 'EACH_SIDE' as const,
    restSeconds: 15,
    timesPerDay: 1,
  };
  const bridge = {
    holdSeconds: null,
    reps: 12,
    sets: 3,
    side: 'BILATERAL' as const,
    restSeconds: 30,
    timesPerDay: 1,
  };

  it('times a held stretch on each side: 6 holds of 45 s and 2 rests a side', () => {
    // 6 × 45 s + 4 × 15 s = 330 s
    expect(sessionSeconds(figureFour)).toBe(330);
  });

  it('times reps at 3 s each when no hold is given', () => {
    // 3 sets × 12 reps × 3 s + 2 rests × 30 s = 168 s
    expect(sessionSeconds(bridge)).toBe(168);
  });

  it('words a day of one stretch', () => {
    expect(formatDailyTotal([figureFour])).toBe('6 holds, about 6 min');
  });

  it('adds up holds and reps, counting items done twice a day twice', () => {
    // holds: 6 × 2 sessions; reps: 36; seconds: 330 × 2 + 168 = 828 → 14 min
    expect(formatDailyTotal([{ ...figureFour, timesPerDay: 2 }, bridge])).toBe(
      '12 holds, 36 reps, about 14 min',
    );
  });

  it('never says less than a minute, and says when nothing is scheduled', () => {
    expect(
      formatDailyTotal([
        { ...figureFour, holdSeconds: 5, sets: 1, side: 'NONE' },
      ]),
    ).toBe('1 hold, about 1 min');
    expect(formatDailyTotal([])).toBe('nothing scheduled');
  });
});
