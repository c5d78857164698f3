import type {
  BodyRegion,
  Dose,
  ExerciseCategory,
} from '@rehabit/shared-domain';

/** Everything an exercise holds, as written in the built-in library. */
export interface ExerciseDefinition {
  builtInKey: string;
  name: string;
  aliases: readonly string[];
  category: ExerciseCategory;
  bodyRegion: BodyRegion;
  targetMuscles: readonly string[];
  startingPosition: string;
  steps: readonly string[];
  cues: readonly string[];
  safetyNotes: string;
  contraindications: string;
  equipment: readonly string[];
  mediaUrl: string | null;
  defaultDose: Dose;
}
