import { EXERCISE_CATEGORIES, validateDose } from '@rehabit/shared-domain';
import { BUILT_IN_EXERCISES } from './built-in-exercises';

describe('built-in exercise library', () => {
  it('holds at least 20 exercises with unique keys and names', () => {
    expect(BUILT_IN_EXERCISES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BUILT_IN_EXERCISES.map((e) => e.builtInKey)).size).toBe(
      BUILT_IN_EXERCISES.length,
    );
    expect(new Set(BUILT_IN_EXERCISES.map((e) => e.name)).size).toBe(
      BUILT_IN_EXERCISES.length,
    );
  });

  it('holds the two piriformis stretches of PRODUCT.md, known as "figure four"', () => {
    const byKey = new Map(BUILT_IN_EXERCISES.map((e) => [e.builtInKey, e]));
    for (const key of ['supine-figure-four-stretch', 'figure-four-knee-pull']) {
      const stretch = byKey.get(key);
      expect(stretch?.category).toBe('STRETCH');
      expect(stretch?.targetMuscles).toContain('piriformis');
      expect(stretch?.aliases.some((a) => a.startsWith('figure four'))).toBe(
        true,
      );
      expect(stretch?.defaultDose).toMatchObject({
        sets: 3,
        side: 'EACH_SIDE',
        daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
      });
    }
    for (const key of ['glute-bridge', 'clamshell', 'side-plank'])
      expect(byKey.has(key)).toBe(true);
  });

  it.each(BUILT_IN_EXERCISES.map((e) => [e.name, e] as const))(
    '%s has every field filled and a valid default dose',
    (_name, e) => {
      for (const text of [
        e.name,
        e.startingPosition,
        e.safetyNotes,
        e.contraindications,
      ])
        expect(text.trim()).not.toBe('');
      expect(e.steps.length).toBeGreaterThanOrEqual(2);
      expect(e.cues.length).toBeGreaterThanOrEqual(1);
      expect(e.aliases.length).toBeGreaterThanOrEqual(1);
      expect(e.targetMuscles.length).toBeGreaterThanOrEqual(1);
      expect(EXERCISE_CATEGORIES).toContain(e.category);
      expect(e.builtInKey).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(validateDose(e.defaultDose)).toEqual([]);
    },
  );

  it('covers every category', () => {
    expect(new Set(BUILT_IN_EXERCISES.map((e) => e.category))).toEqual(
      new Set(EXERCISE_CATEGORIES),
    );
  });
});
