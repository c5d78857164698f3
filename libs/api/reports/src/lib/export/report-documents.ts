import {
  EXCUSE_REASON_LABELS,
  groupBy,
  percentText as percent,
  signalWords,
} from '@rehabit/shared-domain';
import type { RosterReport, RunnerReport } from '../report.model';
import type { ReportDocument } from '@rehabit/api-documents';

export const FORMULA_NOTE =
  'Session adherence = completed ÷ due sessions; dose adherence = completed ÷ prescribed set-sides; adherent at 80% or more. Dates are each runner’s local dates; excused days leave the denominator. See docs/adherence.md.';

const rangeText = (from: string | null, to: string | null) =>
  from && to ? `${from} to ${to}` : 'the last 28 days';

export function rosterDocument(
  report: RosterReport,
  scope: string,
  generatedOn: string,
): ReportDocument {
  const range = rangeText(report.from, report.to);
  return {
    fileName: `rehabit-roster-${report.from && report.to ? `${report.from}-to-${report.to}` : `last-28-days-${generatedOn}`}`,
    title: 'Rehabit compliance report: roster',
    summary: [
      `${scope}. Range: ${range}. Generated ${generatedOn}.`,
      FORMULA_NOTE,
    ],
    tables: [
      {
        title: `Runners (${report.rows.length})`,
        columns: [
          'Runner',
          'Coach',
          'Routine',
          'Phase',
          'Last session',
          'Due',
          'Completed',
          'Session adherence',
          'Dose adherence',
          '7 days',
          '28 days',
          'Latest pain',
          'Signals',
        ],
        rows: report.rows.map((row) => [
          row.name,
          row.coachName,
          row.routine ?? '',
          row.phase ?? '',
          row.lastSessionDate ?? 'never',
          String(row.range.scheduled),
          String(row.range.completed),
          percent(row.range.sessionAdherence),
          percent(row.range.doseAdherence),
          percent(row.last7.sessionAdherence),
          percent(row.last28.sessionAdherence),
          row.signals.latestPain === null ? '' : `${row.signals.latestPain}/10`,
          signalWords(row.signals)
            .map((w) => w.text)
            .join('; '),
        ]),
      },
    ],
  };
}

export function runnerDocument(
  report: RunnerReport,
  generatedOn: string,
): ReportDocument {
  const f = report.figures;
  const logsByDate = groupBy(report.logs, (log) => log.date);
  return {
    fileName: `rehabit-${report.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${report.from}-to-${report.to}`,
    title: `Rehabit compliance report: ${report.name}`,
    summary: [
      `Range: ${rangeText(report.from, report.to)} (${report.timeZone}). Generated ${generatedOn}.`,
      `Sessions: ${f.completed} of ${f.scheduled} due, session adherence ${percent(f.sessionAdherence)}. Set-sides: ${f.completedSetSides} of ${f.prescribedSetSides}, dose adherence ${percent(f.doseAdherence)}.`,
      FORMULA_NOTE,
    ],
    tables: [
      {
        title: 'Adherence by exercise',
        columns: [
          'Exercise',
          'Due sessions',
          'Set-sides prescribed',
          'Set-sides done',
          'Dose adherence',
        ],
        rows: report.exercises.map((e) => [
          e.name,
          String(e.sessions),
          String(e.prescribedSetSides),
          String(e.completedSetSides),
          percent(e.doseAdherence),
        ]),
      },
      {
        title: 'Days',
        columns: [
          'Date',
          'Due',
          'Completed',
          'Excused',
          'Pain before',
          'Pain after',
          'Next morning',
          'Effort',
        ],
        rows: report.days.map((day) => {
          const logs = logsByDate.get(day.date) ?? [];
          const list = (
            pick: (l: RunnerReport['logs'][number]) => number | null,
          ) => logs.map((l) => pick(l) ?? '—').join(' / ');
          return [
            day.date,
            String(day.scheduled),
            String(day.completed),
            day.excused
              ? `${EXCUSE_REASON_LABELS[day.excused.reason]}${day.excused.confirmed ? '' : ' (awaiting confirmation)'}`
              : '',
            list((l) => l.painBefore),
            list((l) => l.painAfter),
            list((l) => l.nextMorningPain),
            list((l) => l.effort),
          ];
        }),
      },
      {
        title: 'Plan versions',
        columns: ['Routine', 'Version', 'In force from', 'What changed'],
        rows: report.versions.map((v) => [
          v.prescriptionName,
          String(v.version),
          v.effectiveFrom,
          v.changeNote,
        ]),
      },
    ],
  };
}
