/** A report as tables of text: rendered once as CSV and once as PDF, so both say the same. */
export interface ReportTable {
  title: string;
  columns: string[];
  rows: string[][];
}

export interface ReportDocument {
  /** The file name without extension: "rehabit-roster-2026-10-30-to-2026-11-26". */
  fileName: string;
  title: string;
  /** Lines under the title: scope, range, how it is computed. */
  summary: string[];
  tables: ReportTable[];
}

export const FORMULA_NOTE =
  'Session adherence = completed ÷ due sessions; dose adherence = completed ÷ prescribed set-sides; adherent at 80% or more. Dates are each runner’s local dates; excused days leave the denominator. See docs/adherence.md.';
