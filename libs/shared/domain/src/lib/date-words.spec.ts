import {
  dayAndMonthShort,
  dayInShortWords,
  dayInWords,
  weekdayShort,
} from './date-words';

/** Every date of 2027 and of 2028 (a leap year), as YYYY-MM-DD. */
function everyDay(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

function intl(options: Intl.DateTimeFormatOptions): (date: string) => string {
  const format = new Intl.DateTimeFormat('en-GB', {
    ...options,
    timeZone: 'UTC',
  });
  return (date) => format.format(new Date(`${date}T00:00:00Z`));
}

describe('date words', () => {
  const days = everyDay();

  it('covers two whole years, 29 February included', () => {
    expect(days).toHaveLength(365 + 366);
    expect(days).toContain('2028-02-29');
  });

  it.each([
    ['weekdayShort', weekdayShort, { weekday: 'short' }],
    [
      'dayInWords',
      dayInWords,
      { weekday: 'long', day: 'numeric', month: 'long' },
    ],
    [
      'dayInShortWords',
      dayInShortWords,
      { weekday: 'short', day: 'numeric', month: 'short' },
    ],
    ['dayAndMonthShort', dayAndMonthShort, { day: 'numeric', month: 'short' }],
  ] as const)(
    '%s writes every day as Intl does in en-GB',
    (_name, words, options) => {
      const expected = intl(options);
      const mismatches = days.filter((d) => words(d) !== expected(d));
      expect(mismatches).toEqual([]);
    },
  );

  it('reads the examples the app shows', () => {
    expect(weekdayShort('2026-11-27')).toBe('Fri');
    expect(dayInWords('2026-11-27')).toBe('Friday 27 November');
    expect(dayInShortWords('2026-09-01')).toBe('Tue 1 Sept');
    expect(dayAndMonthShort('2026-06-05')).toBe('5 Jun');
  });
});
