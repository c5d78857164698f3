import type { Dose } from './dose';
import { addDays, daysBetween, isoWeekday, type LocalDate } from './local-date';

/** One exercise with its dose in a phase of a prescription version. */
export interface PlanItem extends Dose {
  id: string;
  exerciseId: string;
  /** Optional window of the item inside its phase. */
  startDate: LocalDate | null;
  endDate: LocalDate | null;
}

/** Weeks count from the prescription's start date, week 1 first; endWeek null: open. */
export interface PlanPhase {
  name: string;
  startWeek: number;
  endWeek: number | null;
  items: readonly PlanItem[];
}

export interface PlanVersion {
  version: number;
  effectiveFrom: LocalDate;
  phases: readonly PlanPhase[];
}

/** No sessions from startDate to endDate inclusive; endDate null: until resumed. */
export interface PlanPause {
  startDate: LocalDate;
  endDate: LocalDate | null;
}

/** A prescription as the schedule needs it: every date local to the runner. */
export interface Plan {
  id: string;
  startDate: LocalDate;
  endDate: LocalDate | null;
  versions: readonly PlanVersion[];
  pauses: readonly PlanPause[];
}

/** One scheduled session: (prescription, local date, slot k) and the items it holds. */
export interface ScheduledSession {
  prescriptionId: string;
  date: LocalDate;
  slot: number;
  /** How many sessions that day has: "slot 1 of 2". */
  slotsThatDay: number;
  version: number;
  items: readonly PlanItem[];
}

const within = (date: LocalDate, start: LocalDate, end: LocalDate | null) =>
  date >= start && (end === null || date <= end);

/**
 * The version in force on a date: the latest (effectiveFrom, version) with
 * effectiveFrom on or before it. Editing a prescription never rewrites the past.
 */
export function versionInForce<
  V extends Pick<PlanVersion, 'version' | 'effectiveFrom'> = PlanVersion,
>(plan: { versions: readonly V[] }, date: LocalDate): V | null {
  let found: V | null = null;
  for (const v of plan.versions) {
    if (v.effectiveFrom > date) continue;
    if (
      !found ||
      v.effectiveFrom > found.effectiveFrom ||
      (v.effectiveFrom === found.effectiveFrom && v.version > found.version)
    )
      found = v;
  }
  return found;
}

/** The program week of a date: week 1 is the start date and the six days after it. */
export function programWeek(startDate: LocalDate, date: LocalDate): number {
  return Math.floor(daysBetween(startDate, date) / 7) + 1;
}

/** The phases active in a week (phases may overlap: "from week 3, add bridges"). */
export function phasesActive(version: PlanVersion, week: number): PlanPhase[] {
  return version.phases.filter(
    (p) => p.startWeek <= week && (p.endWeek === null || week <= p.endWeek),
  );
}

export function isPaused(plan: Pick<Plan, 'pauses'>, date: LocalDate): boolean {
  return plan.pauses.some((p) => within(date, p.startDate, p.endDate));
}

/**
 * Items due on a date (PRODUCT.md): the items of the version in force, in the phases
 * active that week, whose days include that weekday and whose own window holds the
 * date, inside the prescription's window, not in a pause, not on an excused day.
 */
export function itemsDue(
  plan: Plan,
  date: LocalDate,
  excused: ReadonlySet<LocalDate> = new Set(),
): PlanItem[] {
  if (!within(date, plan.startDate, plan.endDate)) return [];
  if (isPaused(plan, date) || excused.has(date)) return [];
  const version = versionInForce(plan, date);
  if (!version) return [];
  const weekday = isoWeekday(date);
  return phasesActive(version, programWeek(plan.startDate, date))
    .flatMap((phase) => phase.items)
    .filter(
      (item) =>
        item.daysOfWeek.includes(weekday) &&
        (item.startDate === null || date >= item.startDate) &&
        (item.endDate === null || date <= item.endDate),
    );
}

/**
 * The sessions of one date: slot k = 1 … the largest timesPerDay among the items
 * due, session k holding the items whose timesPerDay ≥ k. No items: no session.
 */
export function sessionsOn(
  plan: Plan,
  date: LocalDate,
  excused?: ReadonlySet<LocalDate>,
): ScheduledSession[] {
  const due = itemsDue(plan, date, excused);
  if (due.length === 0) return [];
  const version = versionInForce(plan, date) as PlanVersion;
  const slots = Math.max(...due.map((item) => item.timesPerDay));
  return Array.from({ length: slots }, (_, i) => ({
    prescriptionId: plan.id,
    date,
    slot: i + 1,
    slotsThatDay: slots,
    version: version.version,
    items: due.filter((item) => item.timesPerDay >= i + 1),
  }));
}

/** Every scheduled session of a plan from one local date to another, inclusive. */
export function expandSchedule(
  plan: Plan,
  from: LocalDate,
  to: LocalDate,
  excused?: ReadonlySet<LocalDate>,
): ScheduledSession[] {
  const sessions: ScheduledSession[] = [];
  for (let date = from; date <= to; date = addDays(date, 1))
    sessions.push(...sessionsOn(plan, date, excused));
  return sessions;
}
