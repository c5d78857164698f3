import { bodyHash, toSessionLog, type SessionLogRow } from './session-log-view';
import type { LogSessionInput } from './session.model';

const input: LogSessionInput = {
  clientId: 'c1',
  prescriptionId: 'p1',
  localDate: '2026-11-26',
  slot: 1,
  startedAt: '2026-11-26T07:00:00Z',
  completedAt: '2026-11-26T07:10:00Z',
  painBefore: 3,
  painAfter: 2,
  effort: 4,
  warningSigns: [],
  note: '',
  items: [],
};

describe('bodyHash', () => {
  it('is the same for the same body whatever the order of its keys', () => {
    const reordered = Object.fromEntries(
      Object.entries(input).reverse(),
    ) as unknown as LogSessionInput;
    expect(bodyHash(reordered)).toBe(bodyHash(input));
  });

  it('changes with any answer', () => {
    expect(bodyHash({ ...input, painAfter: 3 })).not.toBe(bodyHash(input));
  });
});

describe('toSessionLog', () => {
  const row = {
    id: 'l1',
    clientId: 'c1',
    runnerId: 'r1',
    prescriptionId: 'p1',
    localDate: new Date('2026-11-26T00:00:00Z'),
    slot: 1,
    startedAt: new Date(),
    completedAt: new Date(),
    painBefore: 3,
    painAfter: 2,
    effort: 4,
    nextMorningPain: null,
    nextMorningAt: null,
    warningSigns: [],
    note: '',
    bodyHash: 'h',
    correctsId: null,
    coachComment: null,
    coachCommentAt: null,
    createdAt: new Date(),
    items: [
      {
        id: 'b',
        sessionLogId: 'l1',
        prescriptionItemId: 'i2',
        setsLeft: 0,
        setsRight: 0,
        setsDone: 2,
        holdSecondsAchieved: null,
        reps: 12,
        painDuring: 7,
        skipped: false,
        skipReason: null,
      },
      {
        id: 'a',
        sessionLogId: 'l1',
        prescriptionItemId: 'i1',
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
  } as SessionLogRow;

  it('lists items in a stable order and flags a pain of 7 during an exercise', () => {
    const log = toSessionLog(row);
    expect(log.localDate).toBe('2026-11-26');
    expect(log.items.map((i) => i.prescriptionItemId)).toEqual(['i1', 'i2']);
    expect(log.stopAndContact).toBe(true);
  });
});
