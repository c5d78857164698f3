import type { PrismaService } from '@rehabit/api-db';
import { toDbDate, toLocalDate } from '@rehabit/api-program-model';
import {
  addDays,
  localDateIn,
  phasesActive,
  programWeek,
  versionInForce,
  type PlanVersion,
} from '@rehabit/shared-domain';

export interface CurrentRoutine {
  name: string;
  /** The phases active this week, joined: "Stretch + Strength". */
  phase: string | null;
}

/**
 * Each runner's routine in force today (in their zone), with its active phases: one
 * query for the whole roster. Several at once are joined by name.
 */
export async function currentRoutines(
  prisma: PrismaService,
  runners: readonly { id: string; timeZone: string }[],
  now: Date,
): Promise<Map<string, CurrentRoutine>> {
  const todays = new Map(
    runners.map((r) => [r.id, localDateIn(r.timeZone, now)]),
  );
  // Every zone's today lies within a day of UTC's: fetch broadly, then pick exactly.
  const utcToday = localDateIn('UTC', now);
  const rows = await prisma.client.prescription.findMany({
    where: {
      runnerId: { in: runners.map((r) => r.id) },
      startDate: { lte: toDbDate(addDays(utcToday, 1)) },
      OR: [
        { endDate: null },
        { endDate: { gte: toDbDate(addDays(utcToday, -1)) } },
      ],
    },
    orderBy: { startDate: 'asc' },
    select: {
      runnerId: true,
      name: true,
      startDate: true,
      endDate: true,
      versions: {
        select: {
          version: true,
          effectiveFrom: true,
          phases: { select: { name: true, startWeek: true, endWeek: true } },
        },
      },
    },
  });
  const found = new Map<string, CurrentRoutine>();
  for (const row of rows) {
    const today = todays.get(row.runnerId) as string;
    const start = toLocalDate(row.startDate);
    const end = row.endDate ? toLocalDate(row.endDate) : null;
    if (start > today || (end !== null && end < today)) continue;
    const versions: PlanVersion[] = row.versions.map((v) => ({
      version: v.version,
      effectiveFrom: toLocalDate(v.effectiveFrom),
      phases: v.phases.map((p) => ({ ...p, items: [] })),
    }));
    const version = versionInForce({ versions }, today);
    const phases = version
      ? phasesActive(version, programWeek(start, today)).map((p) => p.name)
      : [];
    const known = found.get(row.runnerId);
    found.set(row.runnerId, {
      name: known ? `${known.name} + ${row.name}` : row.name,
      phase: [known?.phase, ...phases].filter(Boolean).join(' + ') || null,
    });
  }
  return found;
}
