import type { Side, SkipReason } from './enums';

/** Seconds to get into position before an exercise starts, and after a side switch. */
export const GET_READY_SECONDS = 5;

/** Why the runner skipped an exercise. */
export type SkipReasonCode = SkipReason;

/** What the timer needs of one prescribed item. */
export interface TimerItem {
  id: string;
  name: string;
  holdSeconds: number | null;
  reps: number;
  sets: number;
  side: Side;
  restSeconds: number;
}

export type StepKind = 'get-ready' | 'hold' | 'reps' | 'rest';

/** One step of a guided session: timed (get-ready, hold, rest) or ended by a tap (reps). */
export interface TimerStep {
  kind: StepKind;
  item: number;
  set: number;
  side: 'LEFT' | 'RIGHT' | null;
  /** Null for rep steps, which end when the runner taps "done". */
  seconds: number | null;
  /** True for the get-ready that announces the switch to the other side. */
  switchSide: boolean;
}

/** The sides one set is done on, one after the other. */
function sidesOf(side: Side): ('LEFT' | 'RIGHT' | null)[] {
  switch (side) {
    case 'EACH_SIDE':
      return ['LEFT', 'RIGHT'];
    case 'LEFT':
      return ['LEFT'];
    case 'RIGHT':
      return ['RIGHT'];
    case 'BILATERAL':
    case 'NONE':
      return [null];
  }
}

/**
 * The steps of a session in order. For each item: get ready, then for each side (left
 * first for EACH_SIDE: all sets of one side, a side-switch get-ready, all sets of the
 * other), each set a hold (once per rep) or a rep step, with rest between sets.
 */
export function buildSteps(items: readonly TimerItem[]): TimerStep[] {
  const steps: TimerStep[] = [];
  items.forEach((item, index) => {
    sidesOf(item.side).forEach((side, sideIndex) => {
      steps.push({
        kind: 'get-ready',
        item: index,
        set: 1,
        side,
        seconds: GET_READY_SECONDS,
        switchSide: sideIndex > 0,
      });
      for (let set = 1; set <= item.sets; set++) {
        if (item.holdSeconds === null) {
          steps.push({
            kind: 'reps',
            item: index,
            set,
            side,
            seconds: null,
            switchSide: false,
          });
        } else {
          for (let rep = 0; rep < item.reps; rep++)
            steps.push({
              kind: 'hold',
              item: index,
              set,
              side,
              seconds: item.holdSeconds,
              switchSide: false,
            });
        }
        if (set < item.sets && item.restSeconds > 0)
          steps.push({
            kind: 'rest',
            item: index,
            set,
            side,
            seconds: item.restSeconds,
            switchSide: false,
          });
      }
    });
  });
  return steps;
}

export type TimerStatus = 'ready' | 'running' | 'paused' | 'finished';

/**
 * The state of a guided session. Time is never counted by ticks: each step records
 * when it started (and how long it was paused), so the remaining time is computed
 * from the clock, and a phone that slept in a pocket catches up on wake.
 */
export interface TimerState {
  items: readonly TimerItem[];
  steps: readonly TimerStep[];
  index: number;
  status: TimerStatus;
  /** Clock (ms) when the current step started, moved forward by pauses. */
  stepStartedAt: number | null;
  pausedAt: number | null;
  /** Indexes of work steps (hold, reps) completed. */
  done: readonly number[];
  skipped: readonly { item: number; reason: SkipReasonCode }[];
}

export function createTimer(items: readonly TimerItem[]): TimerState {
  return {
    items,
    steps: buildSteps(items),
    index: 0,
    status: 'ready',
    stepStartedAt: null,
    pausedAt: null,
    done: [],
    skipped: [],
  };
}

export function currentStep(state: TimerState): TimerStep | null {
  return state.status === 'finished'
    ? null
    : (state.steps[state.index] ?? null);
}

/** Whole seconds left in the current timed step (rounded up), null for a rep step. */
export function remainingSeconds(
  state: TimerState,
  now: number,
): number | null {
  const step = currentStep(state);
  if (!step || step.seconds === null) return null;
  if (state.stepStartedAt === null) return step.seconds;
  const clock = state.status === 'paused' ? (state.pausedAt ?? now) : now;
  const elapsed = (clock - state.stepStartedAt) / 1000;
  return Math.max(0, Math.ceil(step.seconds - elapsed - 1e-9));
}

function moveTo(
  state: TimerState,
  index: number,
  startedAt: number,
): TimerState {
  if (index >= state.steps.length)
    return { ...state, index, status: 'finished', stepStartedAt: null };
  return { ...state, index, stepStartedAt: startedAt };
}

function markDone(state: TimerState): readonly number[] {
  const step = state.steps[state.index];
  return step && (step.kind === 'hold' || step.kind === 'reps')
    ? [...state.done, state.index]
    : state.done;
}

export function start(state: TimerState, now: number): TimerState {
  if (state.status !== 'ready') return state;
  return { ...state, status: 'running', stepStartedAt: now };
}

/**
 * Brings the timer up to `now`: every timed step whose time is up ends (a hold that
 * ran out counts as done) and the next starts when it ended, so after a minute in the
 * background the runner lands exactly where the clock says. Rep steps wait for a tap.
 */
export function advance(state: TimerState, now: number): TimerState {
  let current = state;
  while (current.status === 'running') {
    const step = current.steps[current.index];
    if (!step || step.seconds === null || current.stepStartedAt === null) break;
    const endsAt = current.stepStartedAt + step.seconds * 1000;
    if (endsAt > now) break;
    current = moveTo(
      { ...current, done: markDone(current) },
      current.index + 1,
      endsAt,
    );
  }
  return current;
}

export function pause(state: TimerState, now: number): TimerState {
  const caughtUp = advance(state, now);
  if (caughtUp.status !== 'running') return caughtUp;
  return { ...caughtUp, status: 'paused', pausedAt: now };
}

export function resume(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused' || state.pausedAt === null) return state;
  const pausedFor = now - state.pausedAt;
  return {
    ...state,
    status: 'running',
    pausedAt: null,
    stepStartedAt: (state.stepStartedAt ?? now) + pausedFor,
  };
}

/** "Done" on a rep step, or "next" to cut a timed step short (a cut hold does not count). */
export function next(state: TimerState, now: number): TimerState {
  const caughtUp = advance(state, now);
  if (caughtUp.status !== 'running') return caughtUp;
  const step = caughtUp.steps[caughtUp.index];
  const done = step?.kind === 'reps' ? markDone(caughtUp) : caughtUp.done;
  return moveTo({ ...caughtUp, done }, caughtUp.index + 1, now);
}

/** Skips the rest of the current exercise, with the reason the runner gave. */
export function skipItem(
  state: TimerState,
  reason: SkipReasonCode,
  now: number,
): TimerState {
  const caughtUp = advance(state, now);
  const step = currentStep(caughtUp);
  if (!step || caughtUp.status === 'ready') return caughtUp;
  let nextIndex = caughtUp.index;
  while (caughtUp.steps[nextIndex]?.item === step.item) nextIndex++;
  return moveTo(
    {
      ...caughtUp,
      status: 'running',
      pausedAt: null,
      skipped: [...caughtUp.skipped, { item: step.item, reason }],
    },
    nextIndex,
    now,
  );
}

/** What was done of one item, as a session log records it. */
export interface ItemResult {
  itemId: string;
  setsLeft: number;
  setsRight: number;
  setsDone: number;
  holdSecondsAchieved: number | null;
  reps: number | null;
  skipped: boolean;
  skipReason: SkipReasonCode | null;
}

/**
 * Per item: sets completed per side (a set counts once all its holds or its reps step
 * are done), the hold achieved, reps, and whether it was skipped and why.
 */
export function itemResults(state: TimerState): ItemResult[] {
  const done = new Set(state.done);
  return state.items.map((item, index) => {
    const work = state.steps
      .map((step, i) => ({ step, i }))
      .filter(
        ({ step }) =>
          step.item === index &&
          step.kind !== 'get-ready' &&
          step.kind !== 'rest',
      );
    const sets = new Map<string, boolean>();
    for (const { step, i } of work) {
      const key = `${step.side}:${step.set}`;
      sets.set(key, (sets.get(key) ?? true) && done.has(i));
    }
    const completed = (side: 'LEFT' | 'RIGHT' | null) =>
      [...sets].filter(([key, ok]) => ok && key.startsWith(`${side}:`)).length;
    const skip = state.skipped.find((s) => s.item === index);
    const anyDone = [...sets.values()].some(Boolean);
    return {
      itemId: item.id,
      setsLeft: completed('LEFT'),
      setsRight: completed('RIGHT'),
      setsDone: completed(null),
      holdSecondsAchieved:
        item.holdSeconds !== null && anyDone ? item.holdSeconds : null,
      reps: item.holdSeconds === null && anyDone ? item.reps : null,
      // Skipped means none of it was done; work done before a skip counts as done.
      skipped: skip !== undefined && !anyDone,
      skipReason: skip !== undefined && !anyDone ? skip.reason : null,
    };
  });
}
