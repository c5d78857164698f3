import { addDays, ALL_DAYS, type Plan } from '@rehabit/shared-domain';
import { atLocalHour, chance, storyLogs } from './demo-history';

const plan: Plan = {
  id: 'p1',
  startDate: '2026-11-01',
  endDate: null,
  pauses: [],
  versions: [
    {
      version: 1,
      effectiveFrom: '2026-11-01',
      phases: [
        {
          name: 'Stretch',
          startWeek: 1,
          endWeek: null,
          items: [
            {
              id: 'stretch',
              exerciseId: 'e1',
              holdSeconds: 30,
              reps: 1,
              sets: 3,
              side: 'EACH_SIDE',
              restSeconds: 15,
              timesPerDay: 1,
              daysOfWeek: ALL_DAYS,
              intensity: 3,
              load: null,
              startDate: null,
              endDate: null,
            },
          ],
        },
      ],
    },
  ],
};

const run = (story: Parameters<typeof storyLogs>[0]['story']) =>
  storyLogs({
    runnerKey: 'maya',
    runnerId: 'r1',
    plan,
    today: '2026-11-26',
    timeZone: 'Pacific/Auckland',
    story,
  });

describe('storyLogs', () => {
  it('has every runner without a silence done yesterday, on whatever date it is loaded', () => {
    for (let day = 0; day < 60; day++) {
      const today = addDays('2026-11-20', day);
      const { logs } = storyLogs({
        runnerKey: 'chloe',
        runnerId: 'r1',
        plan: { ...plan, startDate: addDays(today, -30) },
        today,
        timeZone: 'Europe/London',
        story: { adherence: 0.6, pain: { first: 3, last: 3 } },
      });
      const last = logs
        .map((l) => l.localDate.toISOString().slice(0, 10))
        .sort()
        .at(-1);
      expect({ today, last }).toEqual({ today, last: addDays(today, -1) });
    }
  });

  it('misses exactly the silent days in a row, on whatever date it is loaded', () => {
    const lapsing = {
      adherence: 0.9,
      lapse: { fromDaysAgo: 16, adherence: 0.4 },
      silentDays: 3,
      pain: { first: 3, last: 3 },
    };
    for (let day = 0; day < 60; day++) {
      const today = addDays('2026-11-20', day);
      const { logs } = storyLogs({
        runnerKey: 'liam',
        runnerId: 'r1',
        plan: { ...plan, startDate: addDays(today, -56) },
        today,
        timeZone: 'Europe/Dublin',
        story: lapsing,
      });
      const dates = new Set(
        logs.map((l) => l.localDate.toISOString().slice(0, 10)),
      );
      const silent = [1, 2, 3].map((n) => addDays(today, -n));
      expect({ today, silent: silent.filter((d) => dates.has(d)) }).toEqual({
        today,
        silent: [],
      });
      expect({ today, before: dates.has(addDays(today, -4)) }).toEqual({
        today,
        before: true,
      });
    }
  });

  it('is the same story every time, up to yesterday, against the plan', () => {
    const first = run({ adherence: 0.9, pain: { first: 4, last: 1 } });
    expect(run({ adherence: 0.9, pain: { first: 4, last: 1 } })).toEqual(first);
    expect(first.logs.length).toBeGreaterThan(18);
    expect(first.logs.length).toBeLessThanOrEqual(25);
    expect(first.logs.every((l) => l.localDate < new Date('2026-11-26'))).toBe(
      true,
    );
    expect(first.items.every((i) => i.prescriptionItemId === 'stretch')).toBe(
      true,
    );
    expect(first.logs[0].painAfter).toBeGreaterThan(
      first.logs.at(-1)?.painAfter as number,
    );
  });

  it('keeps a silence and ends on a worse morning when the story says so', () => {
    const { logs } = run({
      adherence: 1,
      silentDays: 8,
      pain: { first: 3, last: 3 },
      morningWorse: true,
    });
    const last = logs.at(-1);
    expect(last?.localDate.toISOString().slice(0, 10)).toBe('2026-11-17');
    expect(
      (last?.nextMorningPain as number) > (last?.painAfter as number),
    ).toBe(true);
  });
});

describe('helpers', () => {
  it('gives a stable chance in [0, 1)', () => {
    expect(chance('a', 1)).toBe(chance('a', 1));
    expect(chance('a', 1)).not.toBe(chance('a', 2));
    expect(chance('x')).toBeGreaterThanOrEqual(0);
    expect(chance('x')).toBeLessThan(1);
  });

  it('finds the instant of a local hour, summer time included', () => {
    expect(
      atLocalHour('2026-11-26', 18, 'Pacific/Auckland').toISOString(),
    ).toBe('2026-11-26T05:00:00.000Z');
    expect(atLocalHour('2026-07-01', 18, 'Europe/London').toISOString()).toBe(
      '2026-07-01T17:00:00.000Z',
    );
  });
});
