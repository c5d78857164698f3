import type { ReportDocument } from './report-table';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell
 * that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed
 * with an apostrophe: runner names are typed by people (OWASP CSV injection).
 */
export function csvCell(value: string): string {
  const safe =
    /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The document's tables one after the other, each under its title, CRLF line ends. */
export function toCsv(document: ReportDocument): string {
  const lines: string[] = [];
  for (const [i, table] of document.tables.entries()) {
    if (document.tables.length > 1) {
      if (i > 0) lines.push('');
      lines.push(csvCell(table.title));
    }
    lines.push(table.columns.map(csvCell).join(','));
    for (const row of table.rows) lines.push(row.map(csvCell).join(','));
  }
  // A byte-order mark, so that spreadsheet programs read the names as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
