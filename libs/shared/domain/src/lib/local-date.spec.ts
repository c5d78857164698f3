import {
  addDays,
  isLocalDate,
  isoWeekday,
  isValidTimeZone,
  localDateIn,
} from './local-date';

describe('local dates', () => {
  // 10:30 UTC on 26 Nov 2026: 23:30 the same day in Auckland (UTC+13), 23:30 the day before in Pago Pago (UTC−11).
  const instant = new Date('2026-11-26T10:30:00Z');

  it('gives the local date in far-east and far-west time zones', () => {
    expect(localDateIn('UTC', instant)).toBe('2026-11-26');
    expect(localDateIn('Pacific/Auckland', instant)).toBe('2026-11-26');
    expect(
      localDateIn('Pacific/Auckland', new Date('2026-11-26T11:00:00Z')),
    ).toBe('2026-11-27');
    expect(localDateIn('Pacific/Pago_Pago', instant)).toBe('2026-11-25');
    expect(localDateIn('Pacific/Honolulu', instant)).toBe('2026-11-26');
  });

  it('knows real time zones from made-up ones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('accepts only real calendar dates', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('26-11-2026')).toBe(false);
    expect(isLocalDate(20261126)).toBe(false);
  });

  it('adds days across month, year and daylight-saving changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });
});
