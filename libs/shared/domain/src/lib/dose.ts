import type { Side } from './enums';

/** A full dose, as a prescription item and an exercise's default dose hold it. */
export interface Dose {
  /** Seconds per hold; null for rep-based items. */
  holdSeconds: number | null;
  reps: number;
  sets: number;
  side: Side;
  restSeconds: number;
  timesPerDay: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday; never empty. */
  daysOfWeek: readonly number[];
  /** Target effort on the Borg CR10 scale, 0–10. */
  intensity: number | null;
  /** Load in words: "bodyweight", "red band", "5 kg". */
  load: string | null;
}

export interface IntRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The dose bounds of PRODUCT.md. The database enforces the same numbers with CHECK
 * constraints (prisma/migrations), so a change here needs a migration too.
 */
export const DOSE_BOUNDS = {
  holdSeconds: { min: 1, max: 600 },
  reps: { min: 1, max: 100 },
  sets: { min: 1, max: 20 },
  restSeconds: { min: 0, max: 600 },
  timesPerDay: { min: 1, max: 6 },
  intensity: { min: 0, max: 10 },
} as const satisfies Record<string, IntRange>;

/** Maximum length of the load text ("red band"). */
export const LOAD_MAX_LENGTH = 80;
/** Maximum length of free text shown to the patient: tempo, cues, notes. */
export const FREE_TEXT_MAX_LENGTH = 2000;

export const ALL_DAYS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];

/**
 * Prescribed set-sides per session: sets × 2 for EACH_SIDE, sets × 1 otherwise.
 * "Hold 30 s, 3 times each side" is 6 set-sides.
 */
export function setSidesPerSession(dose: Pick<Dose, 'sets' | 'side'>): number {
  return dose.side === 'EACH_SIDE' ? dose.sets * 2 : dose.sets;
}
