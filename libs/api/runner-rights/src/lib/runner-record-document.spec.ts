import type { RunnerRecord } from './runner-record';
import { runnerRecordDocument } from './runner-record-document';

const record = {
  format: 'rehabit-runner-record/1',
  exportedAt: '2026-11-26T10:00:00.000Z',
  exportedBy: 'Priya Shah',
  clinic: 'Riverside Running Clinic',
  runner: {
    id: 'r1',
    name: 'Maya Thompson',
    email: 'maya@runner.example',
    timeZone: 'Europe/London',
    status: 'ACTIVE',
    coach: { name: 'Sam Okafor', email: 'sam@clinic.example' },
    addedAt: '2026-10-01T09:00:00.000Z',
    dischargedAt: null,
    erasedAt: null,
  },
  account: {
    email: 'maya@runner.example',
    joinedAt: '2026-10-02T09:00:00.000Z',
  },
  invitations: [],
  prescriptions: [
    {
      id: 'p1',
      name: 'Piriformis relief',
      startDate: '2026-10-05',
      endDate: null,
      prescribedAt: '2026-10-04T09:00:00.000Z',
      pauses: [],
      versions: [
        {
          version: 1,
          effectiveFrom: '2026-10-05',
          changeNote: '',
          phases: [
            {
              name: 'Stretch',
              startWeek: 1,
              endWeek: null,
              items: [
                {
                  id: 'i1',
                  exercise: 'Supine figure-four stretch',
                  holdSeconds: 30,
                  reps: 1,
                  sets: 3,
                  side: 'EACH_SIDE',
                  restSeconds: 15,
                  timesPerDay: 1,
                  daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
                  intensity: null,
                  load: null,
                  tempo: '',
                  cues: 'Breathe out',
                  notes: '',
                  from: null,
                  to: null,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  sessionLogs: [
    {
      id: 'l1',
      prescriptionId: 'p1',
      localDate: '2026-11-25',
      slot: 1,
      startedAt: '2026-11-25T07:00:00.000Z',
      completedAt: '2026-11-25T07:10:00.000Z',
      painBefore: 3,
      painAfter: 2,
      effort: 4,
      nextMorningPain: null,
      warningSigns: [],
      note: 'Felt loose after the long run',
      correctsId: null,
      coachComment: 'Great hold times!',
      items: [
        {
          exercise: 'Supine figure-four stretch',
          setsLeft: 3,
          setsRight: 3,
          setsDone: 0,
          holdSecondsAchieved: 30,
          reps: null,
          painDuring: null,
          skipped: false,
          skipReason: null,
        },
      ],
    },
  ],
  excusedDays: [],
  accessLog: [
    {
      at: '2026-11-25T07:10:00.000Z',
      by: 'Maya Thompson',
      action: 'session.log',
      outcome: 'SUCCESS',
    },
  ],
} as unknown as RunnerRecord;

describe('runnerRecordDocument', () => {
  it('puts every kind of data in its own table, in the runner’s own words and numbers', () => {
    const document = runnerRecordDocument(record);
    expect(document.title).toBe('Everything Rehabit holds about Maya Thompson');
    expect(document.fileName).toBe('rehabit-runner-record-r1');
    expect(document.tables.map((t) => t.title)).toEqual([
      'Prescriptions',
      'Prescribed exercises',
      'Session logs',
      'Excused days',
      'Who read or changed this runner’s data',
    ]);
    const logs = document.tables[2];
    expect(logs?.rows).toEqual([
      [
        '2026-11-25',
        '1',
        '3 / 2',
        '4',
        '—',
        '—',
        'Supine figure-four stretch: 6 set-sides',
        'Felt loose after the long run',
        'Great hold times!',
      ],
    ]);
    expect(document.tables[1]?.rows[0]).toEqual([
      'Piriformis relief',
      'v1 from 2026-10-05',
      'Stretch',
      'Supine figure-four stretch',
      '3 × 30 s hold, EACH_SIDE, 1×/day, days 1 2 3 4 5 6 7',
      'Breathe out',
    ]);
  });

  it('says "None" for an empty kind, and wraps cells instead of cutting them', () => {
    const document = runnerRecordDocument(record);
    expect(document.tables[3]?.rows).toEqual([['None', '', '', '', '', '']]);
    expect(document.tables.every((t) => t.wrap)).toBe(true);
  });
});
