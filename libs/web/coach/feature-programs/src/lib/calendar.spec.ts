import { calendarWeeks, dayState } from './calendar';

const day = (date: string, scheduled = 1, completed = 0) => ({
  date,
  scheduled,
  completed,
  excused: null,
});

describe('calendarWeeks', () => {
  it('lays days out Monday to Sunday, padding the first and last weeks', () => {
    // 2026-11-26 is a Thursday.
    const weeks = calendarWeeks([
      day('2026-11-26'),
      day('2026-11-27'),
      day('2026-11-30'),
    ]);
    expect(weeks.map((w) => w.map((d) => d?.date ?? null))).toEqual([
      [null, null, null, '2026-11-26', '2026-11-27', null, null],
      ['2026-11-30', null, null, null, null, null, null],
    ]);
  });

  it('has no weeks without days', () => {
    expect(calendarWeeks([])).toEqual([]);
  });
});

describe('dayState', () => {
  it('tells done, partial, missed, rest and excused days apart', () => {
    expect(dayState(day('2026-11-26', 2, 2))).toBe('done');
    expect(dayState(day('2026-11-26', 2, 1))).toBe('partial');
    expect(dayState(day('2026-11-26', 1, 0))).toBe('missed');
    expect(dayState(day('2026-11-26', 0, 0))).toBe('rest');
    expect(
      dayState({
        ...day('2026-11-26'),
        excused: { reason: 'RACE', confirmed: false },
      }),
    ).toBe('pending');
    expect(
      dayState({
        ...day('2026-11-26'),
        excused: { reason: 'RACE', confirmed: true },
      }),
    ).toBe('excused');
  });
});
