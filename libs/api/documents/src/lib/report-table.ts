/** A report as tables of text: rendered once as CSV and once as PDF, so both say the same. */
export interface ReportTable {
  title: string;
  columns: string[];
  rows: string[][];
  /** PDF: wrap long cells onto more lines instead of ending them in "…". */
  wrap?: boolean;
}

export interface ReportDocument {
  /** The file name without extension: "rehabit-roster-2026-10-30-to-2026-11-26". */
  fileName: string;
  title: string;
  /** Lines under the title: scope, range, how it is computed. */
  summary: string[];
  tables: ReportTable[];
}
