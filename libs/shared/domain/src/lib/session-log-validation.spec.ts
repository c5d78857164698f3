import {
  needsClinician,
  validateSessionLog,
  type SessionLogBody,
} from './session-log-validation';

const item = {
  prescriptionItemId: '3f2b8c1e-0000-4000-8000-000000000001',
  setsLeft: 3,
  setsRight: 3,
  setsDone: 0,
  holdSecondsAchieved: 30,
  reps: null,
  painDuring: null,
  skipped: false,
  skipReason: null,
};
const body: SessionLogBody = {
  clientId: '3f2b8c1e-0000-4000-8000-000000000002',
  prescriptionId: '3f2b8c1e-0000-4000-8000-000000000003',
  localDate: '2026-11-26',
  slot: 1,
  startedAt: '2026-11-26T07:00:00Z',
  completedAt: '2026-11-26T07:10:00Z',
  painBefore: 3,
  painAfter: 2,
  effort: 4,
  warningSigns: [],
  note: '',
  items: [item],
};

describe('validateSessionLog', () => {
  it('accepts a finished session', () => {
    expect(validateSessionLog(body)).toEqual([]);
  });

  it('names every bad answer', () => {
    expect(
      validateSessionLog({
        ...body,
        painAfter: 11,
        effort: -1,
        completedAt: '2026-11-26T06:00:00Z',
        warningSigns: ['DIZZY'],
        items: [{ ...item, painDuring: 3.5, skipped: true }],
      }),
    ).toEqual([
      { field: 'input.painAfter', message: 'must be an integer from 0 to 10' },
      { field: 'input.effort', message: 'must be an integer from 0 to 10' },
      { field: 'input.completedAt', message: 'must not be before startedAt' },
      {
        field: 'input.warningSigns',
        message: expect.stringContaining('must list distinct signs among'),
      },
      {
        field: 'input.items.0.painDuring',
        message: 'must be an integer from 0 to 10',
      },
      {
        field: 'input.items.0.skipReason',
        message: 'is required when skipped',
      },
    ]);
  });

  it('refuses no exercises, and one exercise twice', () => {
    expect(validateSessionLog({ ...body, items: [] })).toEqual([
      { field: 'input.items', message: 'must hold 1 to 30 exercises' },
    ]);
    expect(validateSessionLog({ ...body, items: [item, item] })).toEqual([
      { field: 'input.items', message: 'must not name an exercise twice' },
    ]);
  });
});

describe('needsClinician', () => {
  const log = {
    painBefore: 2,
    painAfter: 3,
    warningSigns: [],
    items: [{ painDuring: null }],
  };
  it('is false for low pain without warning signs', () => {
    expect(needsClinician(log)).toBe(false);
  });
  it('is true for any pain of 7 or more, or any warning sign', () => {
    expect(needsClinician({ ...log, painAfter: 7 })).toBe(true);
    expect(needsClinician({ ...log, items: [{ painDuring: 8 }] })).toBe(true);
    expect(needsClinician({ ...log, warningSigns: ['WEAKNESS'] })).toBe(true);
  });
});
