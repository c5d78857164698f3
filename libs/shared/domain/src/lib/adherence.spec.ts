import {
  computeAdherence,
  computeSignals,
  needsAttention,
  type LogForAdherence,
} from './adherence';
import { ALL_DAYS } from './dose';
import { addDays, localDateIn } from './local-date';
import type { Plan, PlanItem } from './schedule';

const stretch: PlanItem = {
  id: 'stretch',
  exerciseId: 'e1',
  holdSeconds: 30,
  reps: 1,
  sets: 3,
  side: 'EACH_SIDE',
  restSeconds: 15,
  timesPerDay: 1,
  daysOfWeek: ALL_DAYS,
  intensity: null,
  load: null,
  startDate: null,
  endDate: null,
};

function plan(items: PlanItem[], start = '2026-11-02'): Plan {
  return {
    id: 'p1',
    startDate: start,
    endDate: null,
    pauses: [],
    versions: [
      {
        version: 1,
        effectiveFrom: start,
        phases: [{ name: 'All', startWeek: 1, endWeek: null, items }],
      },
    ],
  };
}

let nextId = 0;
function log(
  localDate: string,
  slot = 1,
  sets: Partial<{
    setsLeft: number;
    setsRight: number;
    setsDone: number;
    skipped: boolean;
  }> = {},
  extra: Partial<LogForAdherence> = {},
): LogForAdherence {
  return {
    id: `log-${++nextId}`,
    prescriptionId: 'p1',
    localDate,
    slot,
    correctsId: null,
    painBefore: 1,
    painAfter: 2,
    nextMorningPain: null,
    warningSignCount: 0,
    completedAt: `${localDate}T08:0${slot}:00Z`,
    items: [
      {
        prescriptionItemId: 'stretch',
        setsLeft: 3,
        setsRight: 3,
        setsDone: 0,
        skipped: false,
        ...sets,
      },
    ],
    ...extra,
  };
}

describe('computeAdherence', () => {
  it('counts a day with timesPerDay 2 and three logs as 2 of 2, not 3', () => {
    const twice = plan([{ ...stretch, timesPerDay: 2 }]);
    const result = computeAdherence({
      plans: [twice],
      logs: [log('2026-11-02', 1), log('2026-11-02', 2), log('2026-11-02', 2)],
      from: '2026-11-02',
      to: '2026-11-02',
      today: '2026-11-03',
    });
    expect(result).toMatchObject({
      scheduled: 2,
      completed: 2,
      sessionAdherence: 1,
    });
  });

  it('gives partial sessions partial dose credit, and skipped items none', () => {
    const result = computeAdherence({
      plans: [plan([stretch])],
      logs: [
        log('2026-11-02', 1, { setsLeft: 3, setsRight: 1 }),
        log('2026-11-03', 1, { skipped: true, setsLeft: 0, setsRight: 0 }),
      ],
      from: '2026-11-02',
      to: '2026-11-03',
      today: '2026-11-04',
    });
    // Day 1: 4 of 6 set-sides; day 2: all skipped, not completed, 0 of 6.
    expect(result).toMatchObject({
      scheduled: 2,
      completed: 1,
      sessionAdherence: 0.5,
      prescribedSetSides: 12,
      completedSetSides: 4,
      adherent: false,
    });
  });

  it('counts each day against the version in force that day', () => {
    const revised: Plan = {
      ...plan([stretch]),
      versions: [
        ...plan([stretch]).versions,
        {
          version: 2,
          effectiveFrom: '2026-11-04',
          phases: [
            {
              name: 'All',
              startWeek: 1,
              endWeek: null,
              items: [{ ...stretch, sets: 1 }],
            },
          ],
        },
      ],
    };
    const result = computeAdherence({
      plans: [revised],
      logs: ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'].map((d) =>
        log(d, 1, { setsLeft: 1, setsRight: 1 }),
      ),
      from: '2026-11-02',
      to: '2026-11-05',
      today: '2026-11-06',
    });
    // Version 1: 2 of 6 set-sides on 2 days; version 2: 2 of 2 on 2 days.
    expect(result.prescribedSetSides).toBe(6 + 6 + 2 + 2);
    expect(result.completedSetSides).toBe(2 + 2 + 2 + 2);
  });

  it('leaves excused days out of the denominator', () => {
    const result = computeAdherence({
      plans: [plan([stretch])],
      logs: [log('2026-11-02')],
      excused: new Set(['2026-11-03']),
      from: '2026-11-02',
      to: '2026-11-03',
      today: '2026-11-04',
    });
    expect(result).toMatchObject({
      scheduled: 1,
      completed: 1,
      sessionAdherence: 1,
      adherent: true,
    });
  });

  it('counts today only once done, so a morning report never shows the evening slot missed', () => {
    const twice = plan([{ ...stretch, timesPerDay: 2 }]);
    const input = {
      plans: [twice],
      from: '2026-11-05',
      to: '2026-11-05',
      today: '2026-11-05',
    };
    expect(computeAdherence({ ...input, logs: [] }).scheduled).toBe(0);
    expect(
      computeAdherence({ ...input, logs: [log('2026-11-05', 1)] }),
    ).toMatchObject({
      scheduled: 1,
      completed: 1,
    });
  });

  it('earns no credit for a log on a day with nothing scheduled', () => {
    const mwf = plan([{ ...stretch, daysOfWeek: [1, 3, 5] }]);
    const result = computeAdherence({
      plans: [mwf],
      logs: [log('2026-11-03')], // a Tuesday
      from: '2026-11-02',
      to: '2026-11-04',
      today: '2026-11-05',
    });
    expect(result).toMatchObject({
      scheduled: 2,
      completed: 0,
      sessionAdherence: 0,
    });
  });

  it('counts a corrected log as its correction', () => {
    const original = log('2026-11-02', 1, {
      setsLeft: 0,
      setsRight: 0,
      skipped: true,
    });
    const correction = log('2026-11-02', 1, {}, { correctsId: original.id });
    const result = computeAdherence({
      plans: [plan([stretch])],
      logs: [original, correction],
      from: '2026-11-02',
      to: '2026-11-02',
      today: '2026-11-03',
    });
    expect(result).toMatchObject({ completed: 1, completedSetSides: 6 });
  });

  it('gives runners in UTC+13 and UTC−10 their sessions on their own local dates', () => {
    const instant = new Date('2026-11-05T20:00:00Z');
    const auckland = localDateIn('Pacific/Auckland', instant); // already the 6th
    const honolulu = localDateIn('Pacific/Honolulu', instant); // still the 5th, 10:00
    expect([auckland, honolulu]).toEqual(['2026-11-06', '2026-11-05']);
    const input = {
      plans: [plan([stretch])],
      logs: [],
      from: '2026-11-02',
      to: '2026-11-06',
    };
    // Auckland's 5th has ended (due); Honolulu's 5th has not (not due yet).
    expect(computeAdherence({ ...input, today: auckland }).scheduled).toBe(4);
    expect(computeAdherence({ ...input, today: honolulu }).scheduled).toBe(3);
  });

  it('keeps one session a day across a DST change (local dates, not 24-hour steps)', () => {
    // Europe/London leaves summer time on 2026-10-25: that day has 25 hours.
    const london = plan([stretch], '2026-10-24');
    const today = localDateIn(
      'Europe/London',
      new Date('2026-10-27T09:00:00Z'),
    );
    const result = computeAdherence({
      plans: [london],
      logs: ['2026-10-24', '2026-10-25', '2026-10-26'].map((d) => log(d)),
      from: '2026-10-24',
      to: addDays(today, -1),
      today,
    });
    expect(result).toMatchObject({ scheduled: 3, completed: 3 });
  });
});

describe('computeSignals', () => {
  const base = {
    plans: [plan([{ ...stretch, daysOfWeek: [1, 3, 5] }])],
    today: '2026-11-16',
  };

  it('counts days-with-sessions missed in a row (Mon/Wed/Fri: missing Wed and Fri is 2)', () => {
    const signals = computeSignals({
      ...base,
      logs: [
        log('2026-11-02'),
        log('2026-11-04'),
        log('2026-11-06'),
        log('2026-11-09'),
      ],
    });
    // Wed 11th, Fri 13th missed (Mon 16th is today, not yet due).
    expect(signals.missedDaysInARow).toBe(2);
    expect(signals.daysSilent).toBe(7);
  });

  it('flags pain of 7, pain 2 points above the first week, and a worse next morning', () => {
    const first = [
      log('2026-11-02', 1, {}, { painAfter: 2 }),
      log('2026-11-04', 1, {}, { painAfter: 2 }),
    ];
    expect(
      computeSignals({
        ...base,
        logs: [...first, log('2026-11-13', 1, {}, { painAfter: 4 })],
      }),
    ).toMatchObject({ latestPain: 4, painHigh: false, painRising: true });
    expect(
      computeSignals({
        ...base,
        logs: [...first, log('2026-11-13', 1, {}, { painAfter: 7 })],
      }),
    ).toMatchObject({ painHigh: true });
    expect(
      computeSignals({
        ...base,
        logs: [
          ...first,
          log('2026-11-13', 1, {}, { painAfter: 3, nextMorningPain: 5 }),
        ],
      }).morningWorse,
    ).toBe(true);
    expect(
      computeSignals({
        ...base,
        logs: [
          ...first,
          log('2026-11-13', 1, {}, { painAfter: 3, nextMorningPain: 2 }),
        ],
      }).morningWorse,
    ).toBe(false);
  });

  it('counts missed days only inside the 28-day window', () => {
    const signals = computeSignals({
      ...base,
      plans: [plan([{ ...stretch, daysOfWeek: [1, 2, 3, 4, 5, 6, 7] }])],
      today: '2027-03-01',
      logs: [],
    });
    expect(signals.missedDaysInARow).toBe(27);
  });

  it('flags a stop-and-contact answer of the last 14 days, and forgets an older one', () => {
    const warned = log('2026-11-03', 1, {}, { warningSignCount: 1 });
    expect(
      computeSignals({ ...base, today: '2026-11-16', logs: [warned] })
        .stopAndContactOn,
    ).toBe('2026-11-03');
    expect(
      computeSignals({ ...base, today: '2026-11-17', logs: [warned] })
        .stopAndContactOn,
    ).toBeNull();
    const hurting = log('2026-11-13', 1, {}, { painBefore: 7, painAfter: 3 });
    const signals = computeSignals({ ...base, logs: [hurting] });
    expect(signals.stopAndContactOn).toBe('2026-11-13');
    expect(needsAttention(signals)).toBe(true);
  });

  it('needs no attention when every signal is quiet', () => {
    const signals = computeSignals({
      ...base,
      logs: [log('2026-11-11'), log('2026-11-13')],
    });
    expect(signals).toMatchObject({
      missedDaysInARow: 0,
      daysSilent: 3,
      stopAndContactOn: null,
    });
    expect(needsAttention(signals)).toBe(false);
  });

  it('says silent with no log at all', () => {
    expect(computeSignals({ ...base, logs: [] })).toMatchObject({
      daysSilent: null,
      latestPain: null,
      painRising: false,
    });
  });
});
