import { streakUpTo } from './progress.service';

const days = (entries: [string, number, number][]) =>
  new Map(
    entries.map(([date, scheduled, completed]) => [
      date,
      { scheduled, completed },
    ]),
  );

describe('streakUpTo', () => {
  it('counts days in a row with everything done, skipping rest days', () => {
    expect(
      streakUpTo(
        '2026-11-26',
        days([
          ['2026-11-26', 1, 1],
          ['2026-11-25', 0, 0], // rest day
          ['2026-11-24', 2, 2],
          ['2026-11-23', 1, 0], // missed: the streak stops here
          ['2026-11-22', 1, 1],
        ]),
      ),
    ).toBe(2);
  });

  it('does not break on today before it is done', () => {
    expect(
      streakUpTo(
        '2026-11-26',
        days([
          ['2026-11-26', 2, 1],
          ['2026-11-25', 1, 1],
        ]),
      ),
    ).toBe(1);
  });
});
