import { assertValid } from '@rehabit/api-core';
import type { Prisma } from '@rehabit/api-db';
import type { FieldError } from '@rehabit/shared-domain';
import { itemData } from '@rehabit/api-program-model';
import type { ProgramPhaseInput } from '@rehabit/api-program-model';

/**
 * Every exercise of a routine must be in the caller's library: built in, or the
 * clinic's own and not archived. Anything else is a field error on that item.
 */
export async function assertExercisesUsable(
  tx: Prisma.TransactionClient,
  clinicId: string,
  phases: readonly ProgramPhaseInput[],
  field = 'input.phases',
): Promise<void> {
  const ids = [
    ...new Set(phases.flatMap((p) => p.items.map((i) => i.exerciseId))),
  ];
  const usable = new Set(
    (
      await tx.exercise.findMany({
        where: {
          id: { in: ids },
          archivedAt: null,
          OR: [{ clinicId: null }, { clinicId }],
        },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const errors: FieldError[] = [];
  phases.forEach((phase, p) =>
    phase.items.forEach((item, i) => {
      if (!usable.has(item.exerciseId))
        errors.push({
          field: `${field}.${p}.items.${i}.exerciseId`,
          message:
            'must be an exercise of your library (built in or your clinic’s, not archived)',
        });
    }),
  );
  assertValid(errors);
}

/**
 * The rows of each phase with its items, in order, for a template or a prescription
 * version: `owner` is the column every item also carries ({ templateId } or
 * { versionId }), since items belong to both their phase and their routine.
 */
export function phaseRows<
  Owner extends { templateId: string } | { versionId: string },
>(phases: readonly ProgramPhaseInput[], owner: Owner) {
  return phases.map((phase, position) => ({
    ...owner,
    position,
    name: phase.name.trim(),
    startWeek: phase.startWeek,
    endWeek: phase.endWeek ?? null,
    items: {
      create: phase.items.map((item, i) => ({
        ...itemData(item, i),
        ...owner,
      })),
    },
  }));
}
