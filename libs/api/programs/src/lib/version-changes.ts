import type { ProgramPhase } from '@rehabit/api-program-model';

const weeks = (p: Pick<ProgramPhase, 'startWeek' | 'endWeek'>) =>
  p.endWeek === null
    ? `from week ${p.startWeek}`
    : `weeks ${p.startWeek}–${p.endWeek}`;

/**
 * What changed between two versions of a prescription, in words a coach reads in the
 * history: phases added, removed or moved, exercises added or removed, doses changed
 * ("Supine figure-four stretch: Hold 30 s · … → Hold 45 s · …").
 */
export function describeChanges(
  before: readonly ProgramPhase[],
  after: readonly ProgramPhase[],
): string[] {
  const changes: string[] = [];
  const beforeByName = new Map(before.map((p) => [p.name, p]));
  const afterNames = new Set(after.map((p) => p.name));
  for (const phase of before)
    if (!afterNames.has(phase.name))
      changes.push(`Removed phase ${phase.name}`);
  for (const phase of after) {
    const old = beforeByName.get(phase.name);
    if (!old) {
      changes.push(`Added phase ${phase.name} (${weeks(phase)})`);
      continue;
    }
    if (old.startWeek !== phase.startWeek || old.endWeek !== phase.endWeek)
      changes.push(`${phase.name}: ${weeks(old)} → ${weeks(phase)}`);
    const oldItems = new Map(old.items.map((i) => [i.exercise.id, i]));
    const newIds = new Set(phase.items.map((i) => i.exercise.id));
    for (const item of old.items)
      if (!newIds.has(item.exercise.id))
        changes.push(`Removed ${item.exercise.name} from ${phase.name}`);
    for (const item of phase.items) {
      const was = oldItems.get(item.exercise.id);
      if (!was) changes.push(`Added ${item.exercise.name} to ${phase.name}`);
      else if (was.doseText !== item.doseText)
        changes.push(
          `${item.exercise.name}: ${was.doseText} → ${item.doseText}`,
        );
      else if (
        JSON.stringify([was.dose, was.tempo, was.cues, was.notes]) !==
        JSON.stringify([item.dose, item.tempo, item.cues, item.notes])
      )
        changes.push(`${item.exercise.name}: effort, load or notes changed`);
    }
  }
  return changes;
}
