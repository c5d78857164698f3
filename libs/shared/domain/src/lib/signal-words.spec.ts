import { adherenceBand, percentText, signalWords } from './signal-words';

const quiet = {
  missedDaysInARow: 0,
  daysSilent: 1,
  latestPain: 2,
  painHigh: false,
  painRising: false,
  morningWorse: false,
  stopAndContactOn: null,
};

describe('signalWords', () => {
  it('says nothing when all is quiet', () => {
    expect(signalWords(quiet)).toEqual([]);
  });

  it('puts safety and pain before missed days and silence', () => {
    expect(
      signalWords({
        ...quiet,
        missedDaysInARow: 3,
        daysSilent: 8,
        latestPain: 7,
        painHigh: true,
        painRising: true,
        painChange: 4.5,
        stopAndContactOn: '2026-11-20',
      }).map((w) => w.text),
    ).toEqual([
      'Stop-and-contact answer 2026-11-20',
      'Pain 7/10',
      'Pain rising (+4.5 since week 1)',
      'Missed 3 days in a row',
      'Silent 8 days',
    ]);
  });
});

describe('adherence in words and colour', () => {
  it('rounds to whole percentages and bands at 80 % and 50 %', () => {
    expect(percentText(0.8)).toBe('80%');
    expect(percentText(null)).toBe('—');
    expect([0.8, 0.79, 0.5, 0.49, null].map(adherenceBand)).toEqual([
      'good',
      'fair',
      'fair',
      'poor',
      'none',
    ]);
  });
});
