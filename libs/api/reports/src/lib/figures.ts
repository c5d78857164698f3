import {
  ADHERENT_AT,
  daysBetween,
  needsAttention,
  type Signals,
} from '@rehabit/shared-domain';
import type { PainFigures, PeriodCounts } from './report-queries';
import type { AdherenceFigures, RosterSignals } from './report.model';

/** The published ratios of a period's counts (docs/adherence.md, 4–6). */
export function adherenceOf(counts: PeriodCounts): AdherenceFigures {
  const sessionAdherence =
    counts.scheduled === 0 ? null : counts.completed / counts.scheduled;
  return {
    scheduled: counts.scheduled,
    completed: counts.completed,
    prescribedSetSides: counts.prescribed,
    completedSetSides: counts.done,
    sessionAdherence,
    doseAdherence:
      counts.prescribed === 0 ? null : counts.done / counts.prescribed,
    adherent:
      sessionAdherence === null ? null : sessionAdherence >= ADHERENT_AT,
  };
}

export function sumCounts(all: readonly PeriodCounts[]): PeriodCounts {
  return all.reduce(
    (sum, c) => ({
      scheduled: sum.scheduled + c.scheduled,
      completed: sum.completed + c.completed,
      prescribed: sum.prescribed + c.prescribed,
      done: sum.done + c.done,
    }),
    { scheduled: 0, completed: 0, prescribed: 0, done: 0 },
  );
}

/** The same signals as `computeSignals`, from the SQL reports' figures. */
export function signalsOf(
  today: string,
  missedDaysInARow: number,
  pain: PainFigures | undefined,
): Signals {
  const latestPain = pain?.latestPain ?? null;
  const baseline = pain?.baseline ?? null;
  return {
    missedDaysInARow,
    daysSilent: pain?.lastLogDate ? daysBetween(pain.lastLogDate, today) : null,
    latestPain,
    painHigh: latestPain !== null && latestPain >= 7,
    painRising:
      latestPain !== null &&
      baseline !== null &&
      !pain?.latestInFirstWeek &&
      latestPain >= baseline + 2,
    morningWorse:
      pain?.morningPain != null &&
      pain.eveningPain != null &&
      pain.morningPain > pain.eveningPain,
    stopAndContactOn: pain?.stopAndContactOn ?? null,
  };
}

export function rosterSignalsOf(
  signals: Signals,
  pain: PainFigures | undefined,
): RosterSignals {
  const change =
    signals.latestPain !== null && pain?.baseline != null
      ? Math.round((signals.latestPain - pain.baseline) * 10) / 10
      : null;
  return {
    ...signals,
    painChange: change,
    needsAttention: needsAttention(signals),
  };
}
