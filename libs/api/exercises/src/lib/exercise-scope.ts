/**
 * Which exercises a caller may see: the built-in library, plus their clinic's own
 * when they belong to one. Always built from the session, never from input.
 */
export interface ExerciseScope {
  clinicId: string | null;
}
