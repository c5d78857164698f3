import {
  advance,
  createTimer,
  currentStep,
  GET_READY_SECONDS,
  itemResults,
  next,
  pause,
  remainingSeconds,
  resume,
  skipItem,
  start,
  type TimerItem,
  type TimerState,
} from './session-timer';

const stretch: TimerItem = {
  id: 'stretch',
  name: 'Figure four',
  holdSeconds: 30,
  reps: 1,
  sets: 2,
  side: 'EACH_SIDE',
  restSeconds: 10,
};
const bridge: TimerItem = {
  id: 'bridge',
  name: 'Glute bridge',
  holdSeconds: null,
  reps: 12,
  sets: 2,
  side: 'BILATERAL',
  restSeconds: 0,
};

const s = (seconds: number) => seconds * 1000;
const describeStep = (state: TimerState) => {
  const step = currentStep(state);
  return step
    ? `${step.kind}:${step.item}:${step.side}:${step.set}`
    : 'finished';
};

describe('the guided session timer', () => {
  it('runs get-ready, hold, rest, the side switch, and sets, from the clock', () => {
    let t = start(createTimer([stretch]), 0);
    expect(describeStep(t)).toBe('get-ready:0:LEFT:1');
    expect(remainingSeconds(t, s(2))).toBe(GET_READY_SECONDS - 2);

    t = advance(t, s(5));
    expect(describeStep(t)).toBe('hold:0:LEFT:1');
    expect(remainingSeconds(t, s(5) + 100)).toBe(30);
    expect(remainingSeconds(t, s(34.5))).toBe(1);

    t = advance(t, s(35));
    expect(describeStep(t)).toBe('rest:0:LEFT:1');
    t = advance(t, s(45));
    expect(describeStep(t)).toBe('hold:0:LEFT:2');
    t = advance(t, s(75));
    const switchStep = currentStep(t);
    expect(switchStep).toMatchObject({
      kind: 'get-ready',
      side: 'RIGHT',
      switchSide: true,
    });
    t = advance(t, s(80 + 30 + 10 + 30));
    expect(t.status).toBe('finished');
    expect(itemResults(t)).toEqual([
      {
        itemId: 'stretch',
        setsLeft: 2,
        setsRight: 2,
        setsDone: 0,
        holdSecondsAchieved: 30,
        reps: null,
        skipped: false,
        skipReason: null,
      },
    ]);
  });

  it('catches up after the phone slept in the background, exactly where the clock says', () => {
    let t = start(createTimer([stretch]), 0);
    // 60 s later in one go: 5 get-ready + 30 hold + 10 rest = 45, so 15 s into hold 2.
    t = advance(t, s(60));
    expect(describeStep(t)).toBe('hold:0:LEFT:2');
    expect(remainingSeconds(t, s(60))).toBe(15);
  });

  it('stops the clock while paused and carries on where it stopped', () => {
    let t = start(createTimer([stretch]), 0);
    t = advance(t, s(10)); // 5 s into the first hold
    t = pause(t, s(10));
    expect(t.status).toBe('paused');
    expect(remainingSeconds(t, s(100))).toBe(25);
    expect(describeStep(advance(t, s(100)))).toBe('hold:0:LEFT:1');
    t = resume(t, s(100));
    expect(remainingSeconds(t, s(100))).toBe(25);
    t = advance(t, s(125));
    expect(describeStep(t)).toBe('rest:0:LEFT:1');
  });

  it('waits for a tap on rep steps, and counts each set done', () => {
    let t = start(createTimer([bridge]), 0);
    t = advance(t, s(100));
    expect(describeStep(t)).toBe('reps:0:null:1');
    expect(remainingSeconds(t, s(100))).toBeNull();
    t = next(t, s(130));
    expect(describeStep(t)).toBe('reps:0:null:2'); // no rest between sets here
    t = next(t, s(160));
    expect(t.status).toBe('finished');
    expect(itemResults(t)[0]).toMatchObject({
      setsDone: 2,
      reps: 12,
      skipped: false,
    });
  });

  it('skips the rest of an exercise with a reason, and goes on to the next', () => {
    let t = start(createTimer([stretch, bridge]), 0);
    t = skipItem(t, 'PAIN', s(7));
    expect(describeStep(t)).toBe('get-ready:1:null:1');
    expect(itemResults(t)[0]).toMatchObject({
      setsLeft: 0,
      setsRight: 0,
      skipped: true,
      skipReason: 'PAIN',
    });
  });

  it('keeps the sets done before a skip, which is then not a skip', () => {
    let t = start(createTimer([stretch, bridge]), 0);
    t = advance(t, s(36)); // first left hold done
    t = skipItem(t, 'NO_TIME', s(36));
    expect(itemResults(t)[0]).toMatchObject({
      setsLeft: 1,
      setsRight: 0,
      skipped: false,
      skipReason: null,
    });
  });

  it('does not count a hold cut short with "next"', () => {
    let t = start(createTimer([stretch]), 0);
    t = advance(t, s(6));
    t = next(t, s(20));
    expect(describeStep(t)).toBe('rest:0:LEFT:1');
    expect(itemResults(t)[0]?.setsLeft).toBe(0);
  });
});
