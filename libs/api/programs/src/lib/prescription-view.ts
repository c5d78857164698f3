import {
  localDateIn,
  versionInForce,
  isPaused,
  type LocalDate,
} from '@rehabit/shared-domain';
import {
  toLocalDate,
  toPlan,
  toProgramPhase,
  type PrescriptionRow,
} from '@rehabit/api-program-model';
import {
  PrescriptionStatusEnum,
  type Prescription,
  type PrescriptionVersion,
} from '@rehabit/api-program-model';
import { describeChanges } from './version-changes';

/** A prescription's status on a local date. */
export function statusOn(row: PrescriptionRow, today: LocalDate) {
  const plan = toPlan(row);
  if (plan.endDate !== null && today > plan.endDate)
    return PrescriptionStatusEnum.ENDED;
  if (today < plan.startDate) return PrescriptionStatusEnum.UPCOMING;
  if (isPaused(plan, today)) return PrescriptionStatusEnum.PAUSED;
  return PrescriptionStatusEnum.ACTIVE;
}

/**
 * The GraphQL view of a prescription as of today in the runner's time zone: its
 * versions (newest first, each with what changed from the one before), the version
 * in force, and its status. `names` maps user ids to names, for "changed by".
 */
export function toPrescription(
  row: PrescriptionRow,
  timeZone: string,
  names: ReadonlyMap<string, string>,
  now = new Date(),
): Prescription {
  const today = localDateIn(timeZone, now);
  const versions: PrescriptionVersion[] = [];
  for (const v of row.versions) {
    const phases = v.phases.map(toProgramPhase);
    const previous = versions.at(-1);
    versions.push({
      version: v.version,
      effectiveFrom: toLocalDate(v.effectiveFrom),
      changeNote: v.changeNote,
      changes: previous ? describeChanges(previous.phases, phases) : [],
      createdAt: v.createdAt,
      createdByName:
        names.get(v.createdById) ?? 'Someone no longer at the clinic',
      phases,
    });
  }
  const inForce = versionInForce(toPlan(row), today);
  const current =
    versions.find((v) => v.version === inForce?.version) ??
    (versions[0] as PrescriptionVersion);
  return {
    id: row.id,
    runnerId: row.runnerId,
    name: row.name,
    startDate: toLocalDate(row.startDate),
    endDate: row.endDate ? toLocalDate(row.endDate) : null,
    status: statusOn(row, today),
    current,
    versions: [...versions].reverse(),
    pauses: row.pauses.map((p) => ({
      startDate: toLocalDate(p.startDate),
      endDate: p.endDate ? toLocalDate(p.endDate) : null,
      reason: p.reason,
    })),
  };
}
