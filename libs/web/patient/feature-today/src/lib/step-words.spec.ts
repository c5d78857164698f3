import type { TimerItem } from '@rehabit/shared-domain';
import { stepWords } from './step-words';

const item: TimerItem = {
  id: 'i',
  name: 'Figure four',
  holdSeconds: 30,
  reps: 1,
  sets: 3,
  side: 'EACH_SIDE',
  restSeconds: 15,
};

describe('stepWords', () => {
  it('words each step as it is shown and spoken', () => {
    const step = { item: 0, set: 2, seconds: 30, switchSide: false } as const;
    expect(
      stepWords({ ...step, kind: 'get-ready', side: 'LEFT', set: 1 }, item),
    ).toBe('Get ready: Figure four · left side');
    expect(stepWords({ ...step, kind: 'hold', side: 'LEFT' }, item)).toBe(
      'Hold · left side · set 2 of 3',
    );
    expect(
      stepWords(
        { ...step, kind: 'get-ready', side: 'RIGHT', switchSide: true },
        item,
      ),
    ).toBe('Switch to the right side');
    expect(stepWords({ ...step, kind: 'rest', side: 'LEFT' }, item)).toBe(
      'Rest',
    );
    expect(
      stepWords(
        { ...step, kind: 'reps', side: null, seconds: null },
        { ...item, reps: 12 },
      ),
    ).toBe('12 reps · set 2 of 3');
  });
});
