import {
  needsAttention,
  rosterEntries,
  sortRoster,
  type RosterFigures,
  type RosterRunner,
} from './roster-table';

const runner = (id: string, name: string): RosterRunner => ({
  id,
  name,
  email: `${id}@x.test`,
  timeZone: 'UTC',
  status: 'ACTIVE',
  signInLocked: false,
  coach: { id: 'c', name: 'Sam' },
});

const figures = (
  runnerId: string,
  last7: number | null,
  attention = false,
): RosterFigures => ({
  runnerId,
  routine: 'Piriformis relief',
  phase: 'Stretch',
  lastSessionDate: '2026-11-20',
  last7: { scheduled: 7, completed: 0, sessionAdherence: last7 },
  last28: { scheduled: 28, completed: 0, sessionAdherence: last7 },
  weeks: [null, null, null, last7],
  signals: {
    missedDaysInARow: attention ? 3 : 0,
    daysSilent: 1,
    latestPain: 2,
    painChange: null,
    painHigh: false,
    painRising: false,
    morningWorse: false,
    stopAndContactOn: null,
    needsAttention: attention,
  },
});

const entries = rosterEntries(
  [
    runner('a', 'Aroha'),
    runner('b', 'Ben'),
    runner('c', 'Chloe'),
    runner('d', 'Dev'),
  ],
  [figures('a', 0.9), figures('b', 0.4, true), figures('c', null)],
);

describe('sortRoster', () => {
  it('sorts by 7-day adherence either way, runners with no figure last', () => {
    expect(
      sortRoster(entries, 'adherence7', 'asc').map((e) => e.runner.name),
    ).toEqual(['Ben', 'Aroha', 'Chloe', 'Dev']);
    expect(
      sortRoster(entries, 'adherence7', 'desc').map((e) => e.runner.name),
    ).toEqual(['Aroha', 'Ben', 'Chloe', 'Dev']);
  });

  it('sorts by name and by signals', () => {
    expect(sortRoster(entries, 'name', 'desc').map((e) => e.runner.id)).toEqual(
      ['d', 'c', 'b', 'a'],
    );
    expect(sortRoster(entries, 'signals', 'desc')[0].runner.name).toBe('Ben');
  });
});

describe('needsAttention', () => {
  it('is the report’s verdict, false for a runner without figures', () => {
    expect(entries.filter(needsAttention).map((e) => e.runner.name)).toEqual([
      'Ben',
    ]);
  });
});
