import type { ProgramItem, ProgramPhase } from '@rehabit/api-program-model';
import { describeChanges } from './version-changes';

function item(
  id: string,
  name: string,
  doseText: string,
  notes = '',
): ProgramItem {
  return {
    id: `${id}-item`,
    exercise: { id, name } as ProgramItem['exercise'],
    dose: {} as ProgramItem['dose'],
    tempo: '',
    cues: '',
    notes,
    doseText,
  };
}

const stretch = item('e1', 'Figure four', 'Hold 30 s · 3 sets');
const bridge = item('e2', 'Glute bridge', '12 reps · 3 sets');
const phase = (
  name: string,
  items: ProgramItem[],
  startWeek = 1,
  endWeek: number | null = null,
): ProgramPhase => ({ name, startWeek, endWeek, items });

describe('describeChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(
      describeChanges(
        [phase('Stretch', [stretch])],
        [phase('Stretch', [stretch])],
      ),
    ).toEqual([]);
  });

  it('names a changed dose with before and after', () => {
    expect(
      describeChanges(
        [phase('Stretch', [stretch])],
        [phase('Stretch', [item('e1', 'Figure four', 'Hold 45 s · 3 sets')])],
      ),
    ).toEqual(['Figure four: Hold 30 s · 3 sets → Hold 45 s · 3 sets']);
  });

  it('names exercises and phases added or removed, and moved weeks', () => {
    expect(
      describeChanges(
        [phase('Stretch', [stretch], 1, 2), phase('Old', [bridge])],
        [phase('Stretch', [bridge], 1, 3), phase('Stability', [bridge], 4)],
      ),
    ).toEqual([
      'Removed phase Old',
      'Stretch: weeks 1–2 → weeks 1–3',
      'Removed Figure four from Stretch',
      'Added Glute bridge to Stretch',
      'Added phase Stability (from week 4)',
    ]);
  });

  it('notices a change of notes even when the dose reads the same', () => {
    expect(
      describeChanges(
        [phase('Stretch', [stretch])],
        [
          phase('Stretch', [
            item('e1', 'Figure four', 'Hold 30 s · 3 sets', 'Keep it gentle'),
          ]),
        ],
      ),
    ).toEqual(['Figure four: effort, load or notes changed']);
  });
});
