import type { TimerItem, TimerStep } from '@rehabit/shared-domain';

const SIDE = { LEFT: 'left side', RIGHT: 'right side' } as const;

/** The current step in a few words, as shown big and spoken aloud. */
export function stepWords(step: TimerStep, item: TimerItem): string {
  const side = step.side ? ` · ${SIDE[step.side]}` : '';
  switch (step.kind) {
    case 'get-ready':
      return step.switchSide
        ? `Switch to the ${step.side ? SIDE[step.side] : 'other side'}`
        : `Get ready: ${item.name}${side}`;
    case 'hold':
      return `Hold${side} · set ${step.set} of ${item.sets}`;
    case 'reps':
      return `${item.reps} reps${side} · set ${step.set} of ${item.sets}`;
    case 'rest':
      return 'Rest';
  }
}
