import type { ExerciseModel } from '@rehabit/api-db';
import type { Exercise } from './exercise.model';

/** Database row to GraphQL model: the default* columns become one Dose. */
export function toExercise(row: ExerciseModel): Exercise {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    category: row.category,
    bodyRegion: row.bodyRegion,
    targetMuscles: row.targetMuscles,
    startingPosition: row.startingPosition,
    steps: row.steps,
    cues: row.cues,
    safetyNotes: row.safetyNotes,
    contraindications: row.contraindications,
    equipment: row.equipment,
    mediaUrl: row.mediaUrl,
    builtIn: row.clinicId === null,
    defaultDose: {
      holdSeconds: row.defaultHoldSeconds,
      reps: row.defaultReps,
      sets: row.defaultSets,
      side: row.defaultSide,
      restSeconds: row.defaultRestSeconds,
      timesPerDay: row.defaultTimesPerDay,
      daysOfWeek: row.defaultDaysOfWeek,
      intensity: row.defaultIntensity,
      load: row.defaultLoad,
    },
    archived: row.archivedAt !== null,
  };
}
