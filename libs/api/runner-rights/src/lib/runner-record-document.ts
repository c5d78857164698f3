import type { ReportDocument, ReportTable } from '@rehabit/api-documents';
import type { RunnerRecord } from './runner-record';

const text = (value: unknown): string =>
  value === null || value === undefined || value === ''
    ? '—'
    : Array.isArray(value)
      ? value.join(', ') || '—'
      : String(value);

const table = (
  title: string,
  columns: string[],
  rows: unknown[][],
): ReportTable => ({
  title,
  columns,
  rows: rows.length
    ? rows.map((row) => row.map(text))
    : [columns.map((_, i) => (i === 0 ? 'None' : ''))],
  // The runner's own words are never cut short in their copy.
  wrap: true,
});

/**
 * The runner's record as a readable document (the PDF of the right of access): the
 * same facts as the JSON, one table per kind, in the runner's own words and numbers.
 */
export function runnerRecordDocument(record: RunnerRecord): ReportDocument {
  const { runner } = record;
  const items = record.prescriptions.flatMap((p) =>
    p.versions.flatMap((v) =>
      v.phases.flatMap((phase) =>
        phase.items.map((item) => [
          p.name,
          `v${v.version} from ${v.effectiveFrom}`,
          phase.name,
          item.exercise,
          `${item.sets} × ${item.holdSeconds ? `${item.holdSeconds} s hold` : `${item.reps} reps`}, ${item.side}, ${item.timesPerDay}×/day, days ${item.daysOfWeek.join(' ')}`,
          [item.cues, item.notes].filter(Boolean).join(' · '),
        ]),
      ),
    ),
  );
  return {
    fileName: `rehabit-runner-record-${runner.id}`,
    title: `Everything Rehabit holds about ${runner.name}`,
    summary: [
      `Clinic: ${record.clinic}. Exported ${record.exportedAt} by ${record.exportedBy}.`,
      `Runner: ${runner.name} <${runner.email}>, time zone ${runner.timeZone}, ${runner.status.toLowerCase()}, coach ${runner.coach.name}. Added ${runner.addedAt}.`,
      record.account
        ? `Account: ${record.account.email}, joined ${record.account.joinedAt}.`
        : 'Account: none (the invitation was not accepted, or the account was erased).',
      'Times are UTC; dates are the runner’s local dates. The same record comes as JSON.',
    ],
    tables: [
      table(
        'Prescriptions',
        ['Name', 'From', 'To', 'Prescribed', 'Pauses'],
        record.prescriptions.map((p) => [
          p.name,
          p.startDate,
          p.endDate,
          p.prescribedAt,
          p.pauses
            .map(
              (pause) => `${pause.from}–${pause.to ?? 'open'} ${pause.reason}`,
            )
            .join('; '),
        ]),
      ),
      table(
        'Prescribed exercises',
        [
          'Prescription',
          'Version',
          'Phase',
          'Exercise',
          'Dose',
          'Cues and notes',
        ],
        items,
      ),
      table(
        'Session logs',
        [
          'Date',
          'Slot',
          'Pain before/after',
          'Effort',
          'Next morning',
          'Warning signs',
          'Exercises',
          'Note',
          'Coach’s comment',
        ],
        record.sessionLogs.map((log) => [
          log.localDate,
          log.slot,
          `${log.painBefore} / ${log.painAfter}`,
          log.effort,
          log.nextMorningPain,
          log.warningSigns,
          log.items
            .map((item) =>
              item.skipped
                ? `${item.exercise}: skipped`
                : `${item.exercise}: ${item.setsLeft + item.setsRight + item.setsDone} set-sides`,
            )
            .join('; '),
          log.note,
          log.coachComment,
        ]),
      ),
      table(
        'Excused days',
        ['Date', 'Reason', 'Note', 'Reported', 'Confirmed', 'Withdrawn'],
        record.excusedDays.map((d) => [
          d.date,
          d.reason,
          d.note,
          d.reportedAt,
          d.confirmedAt,
          d.withdrawnAt,
        ]),
      ),
      table(
        'Who read or changed this runner’s data',
        ['When (UTC)', 'Who', 'What', 'Outcome'],
        record.accessLog.map((row) => [
          row.at,
          row.by,
          row.action,
          row.outcome,
        ]),
      ),
    ],
  };
}
