import { ALL_DAYS } from './dose';
import {
  expandSchedule,
  itemsDue,
  programWeek,
  sessionsOn,
  versionInForce,
  type Plan,
  type PlanItem,
} from './schedule';

function item(id: string, overrides: Partial<PlanItem> = {}): PlanItem {
  return {
    id,
    exerciseId: `ex-${id}`,
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
    ...overrides,
  };
}

/**
 * The piriformis program, starting Monday 2026-11-02: stretches daily from week 1,
 * and from week 3 bridges on Mon/Wed/Fri; the clamshell twice a day in week 3 only.
 */
const piriformis: Plan = {
  id: 'p1',
  startDate: '2026-11-02',
  endDate: null,
  pauses: [],
  versions: [
    {
      version: 1,
      effectiveFrom: '2026-11-02',
      phases: [
        {
          name: 'Stretch',
          startWeek: 1,
          endWeek: null,
          items: [item('stretch')],
        },
        {
          name: 'Stability',
          startWeek: 3,
          endWeek: null,
          items: [
            item('bridge', {
              holdSeconds: null,
              reps: 12,
              daysOfWeek: [1, 3, 5],
            }),
            item('clamshell', {
              holdSeconds: null,
              reps: 15,
              timesPerDay: 2,
              endDate: '2026-11-22',
            }),
          ],
        },
      ],
    },
  ],
};

const ids = (items: readonly PlanItem[]) => items.map((i) => i.id);

describe('programWeek', () => {
  it('counts week 1 from the start date, seven days a week', () => {
    expect(programWeek('2026-11-02', '2026-11-02')).toBe(1);
    expect(programWeek('2026-11-02', '2026-11-08')).toBe(1);
    expect(programWeek('2026-11-02', '2026-11-09')).toBe(2);
    expect(programWeek('2026-11-02', '2026-11-16')).toBe(3);
  });
});

describe('items due and sessions, by phase', () => {
  it('has only the stretch in weeks 1–2', () => {
    expect(ids(itemsDue(piriformis, '2026-11-02'))).toEqual(['stretch']);
    expect(ids(itemsDue(piriformis, '2026-11-15'))).toEqual(['stretch']);
  });

  it('adds the bridge on Mon/Wed/Fri from week 3, and the clamshell inside its window', () => {
    expect(ids(itemsDue(piriformis, '2026-11-16'))).toEqual([
      'stretch',
      'bridge',
      'clamshell',
    ]); // Monday, week 3
    expect(ids(itemsDue(piriformis, '2026-11-17'))).toEqual([
      'stretch',
      'clamshell',
    ]); // Tuesday
    expect(ids(itemsDue(piriformis, '2026-11-23'))).toEqual([
      'stretch',
      'bridge',
    ]); // Monday, week 4: the clamshell's window ended
  });

  it('makes one session per slot up to the largest timesPerDay, each with the items done that often', () => {
    const sessions = sessionsOn(piriformis, '2026-11-17');
    expect(sessions.map((s) => [s.slot, s.slotsThatDay, ids(s.items)])).toEqual(
      [
        [1, 2, ['stretch', 'clamshell']],
        [2, 2, ['clamshell']],
      ],
    );
  });

  it('has nothing before the start, after the end, or in a pause', () => {
    const ended: Plan = {
      ...piriformis,
      endDate: '2026-11-10',
      pauses: [{ startDate: '2026-11-05', endDate: '2026-11-06' }],
    };
    expect(sessionsOn(ended, '2026-11-01')).toEqual([]);
    expect(sessionsOn(ended, '2026-11-11')).toEqual([]);
    expect(sessionsOn(ended, '2026-11-05')).toEqual([]);
    expect(sessionsOn(ended, '2026-11-06')).toEqual([]);
    expect(sessionsOn(ended, '2026-11-07')).toHaveLength(1);
    expect(sessionsOn(ended, '2026-11-10')).toHaveLength(1);
  });

  it('has nothing after an open-ended pause began, and nothing on an excused day', () => {
    const paused: Plan = {
      ...piriformis,
      pauses: [{ startDate: '2026-11-20', endDate: null }],
    };
    expect(sessionsOn(paused, '2026-11-19')).toHaveLength(2); // week 3: two slots
    expect(sessionsOn(paused, '2026-12-31')).toEqual([]);
    expect(
      sessionsOn(piriformis, '2026-11-03', new Set(['2026-11-03'])),
    ).toEqual([]);
  });
});

describe('versions', () => {
  const revised: Plan = {
    ...piriformis,
    versions: [
      ...piriformis.versions,
      {
        version: 2,
        effectiveFrom: '2026-11-05',
        phases: [
          {
            name: 'Stretch',
            startWeek: 1,
            endWeek: null,
            items: [item('stretch', { holdSeconds: 45 })],
          },
        ],
      },
    ],
  };

  it('counts each day against the version in force that day', () => {
    const week = expandSchedule(revised, '2026-11-02', '2026-11-08');
    expect(
      week.map((s) => [s.date, s.version, s.items[0]?.holdSeconds]),
    ).toEqual([
      ['2026-11-02', 1, 30],
      ['2026-11-03', 1, 30],
      ['2026-11-04', 1, 30],
      ['2026-11-05', 2, 45],
      ['2026-11-06', 2, 45],
      ['2026-11-07', 2, 45],
      ['2026-11-08', 2, 45],
    ]);
  });

  it('takes the later version of two effective the same day, and none before the first', () => {
    const sameDay: Plan = {
      ...revised,
      versions: [
        ...revised.versions,
        { ...revised.versions[1], version: 3 } as Plan['versions'][number],
      ],
    };
    expect(versionInForce(sameDay, '2026-11-05')?.version).toBe(3);
    expect(versionInForce(sameDay, '2026-11-04')?.version).toBe(1);
    expect(versionInForce(sameDay, '2026-11-01')).toBeNull();
  });
});

describe('expandSchedule', () => {
  it('lists a week of sessions in date and slot order', () => {
    const week3 = expandSchedule(piriformis, '2026-11-16', '2026-11-22');
    // 7 days × 2 slots (the clamshell is twice a day all week 3)
    expect(week3).toHaveLength(14);
    expect(
      week3.filter((s) => s.items.some((i) => i.id === 'bridge')),
    ).toHaveLength(3);
    expect(week3.map((s) => `${s.date}#${s.slot}`).slice(0, 3)).toEqual([
      '2026-11-16#1',
      '2026-11-16#2',
      '2026-11-17#1',
    ]);
  });
});
