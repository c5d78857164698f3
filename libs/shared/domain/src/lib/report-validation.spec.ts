import { validateExcuse, validateReportRange } from './report-validation';

describe('validateReportRange', () => {
  it('accepts a day, and a leap year of 366 days', () => {
    expect(
      validateReportRange({ from: '2026-11-26', to: '2026-11-26' }),
    ).toEqual([]);
    expect(
      validateReportRange({ from: '2028-01-01', to: '2028-12-31' }),
    ).toEqual([]);
  });

  it('names the field and the rule', () => {
    expect(validateReportRange({ from: '2026-02-30', to: 'soon' })).toEqual([
      { field: 'range.from', message: 'must be a date written YYYY-MM-DD' },
      { field: 'range.to', message: 'must be a date written YYYY-MM-DD' },
    ]);
    expect(
      validateReportRange({ from: '2026-11-26', to: '2026-11-25' }),
    ).toEqual([{ field: 'range.to', message: 'must be on or after from' }]);
    expect(
      validateReportRange({ from: '2026-01-01', to: '2027-01-02' }),
    ).toEqual([
      { field: 'range.to', message: 'must be at most 366 days after from' },
    ]);
  });
});

describe('validateExcuse', () => {
  const today = '2026-11-26';

  it('lets a runner report a day up to 7 back and 30 ahead', () => {
    const at = (date: string) =>
      validateExcuse({ date, reason: 'ILLNESS' }, today, 'runner');
    expect(at('2026-11-19')).toEqual([]);
    expect(at('2026-12-26')).toEqual([]);
    expect(at('2026-11-18')).toEqual([
      {
        field: 'input.date',
        message: 'must be from 7 days before today to 30 days after it',
      },
    ]);
    expect(at('2026-12-27')).toHaveLength(1);
  });

  it('refuses an unknown reason, a NUL byte and a long note', () => {
    expect(
      validateExcuse(
        { date: today, reason: 'BORED', note: 'a\u0000b' },
        today,
        'staff',
      ).map((e) => e.field),
    ).toEqual(['input.reason', 'input.note']);
    expect(
      validateExcuse(
        { date: today, reason: 'RACE', note: 'x'.repeat(201) },
        today,
        'staff',
      ),
    ).toEqual([
      { field: 'input.note', message: 'must be at most 200 characters' },
    ]);
  });
});
