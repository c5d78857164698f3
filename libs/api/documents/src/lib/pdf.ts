import {
  PDFDocument,
  rgb,
  StandardFonts,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import type { ReportDocument, ReportTable } from './report-table';

const PAGE = { width: 842, height: 595 }; // A4 landscape, in points
const MARGIN = 36;
const SIZE = 9;
const LINE = 13;
const INK = rgb(0.1, 0.1, 0.12);
const RULE = rgb(0.75, 0.75, 0.78);

/**
 * The document as a PDF (A4 landscape, Helvetica): the same tables and text as the
 * CSV. The standard fonts only know WinAnsi, so other characters are spelled out.
 */
export async function toPdf(document: ReportDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(document.title);
  pdf.setProducer('Rehabit');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const writer = new PageWriter(pdf, regular, bold);
  writer.text(document.title, { font: bold, size: 15 });
  for (const line of document.summary) writer.paragraph(line);
  for (const table of document.tables) writer.table(table);
  return pdf.save();
}

/** Replaces what WinAnsi cannot carry: ≥ ↑ ↓ → ✓ and anything outside it. */
export function winAnsi(text: string, font: PDFFont): string {
  const spelled = text
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/→/g, '->')
    .replace(/↑/g, 'up ')
    .replace(/↓/g, 'down ')
    .replace(/✓/g, 'yes');
  const known = new Set(font.getCharacterSet());
  return [...spelled]
    .map((c) => (known.has(c.codePointAt(0) as number) ? c : '?'))
    .join('');
}

class PageWriter {
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }

  private room(lines: number): void {
    if (this.y - lines * LINE < MARGIN) this.newPage();
  }

  text(
    value: string,
    options: { font?: PDFFont; size?: number; x?: number } = {},
  ): void {
    const font = options.font ?? this.regular;
    const size = options.size ?? SIZE;
    this.room(1);
    this.page.drawText(winAnsi(value, font), {
      x: options.x ?? MARGIN,
      y: this.y - size,
      size,
      font,
      color: INK,
    });
    this.y -= size + 6;
  }

  /** Wraps a line of text to the page width. */
  paragraph(value: string): void {
    const width = PAGE.width - 2 * MARGIN;
    let line = '';
    for (const word of winAnsi(value, this.regular).split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (this.regular.widthOfTextAtSize(next, SIZE) > width && line) {
        this.text(line);
        line = word;
      } else line = next;
    }
    if (line) this.text(line);
  }

  table(table: ReportTable): void {
    this.y -= 6;
    this.room(3);
    this.text(table.title, { font: this.bold, size: 11 });
    const widths = this.columnWidths(table);
    const row = (cells: string[], font: PDFFont) => {
      const lines = cells.map((cell, i) => {
        const text = winAnsi(cell, font);
        return table.wrap
          ? this.wrapped(text, font, widths[i] - 4)
          : [this.fit(text, font, widths[i] - 4)];
      });
      const height = Math.max(1, ...lines.map((l) => l.length));
      this.room(height);
      let x = MARGIN;
      lines.forEach((cellLines, i) => {
        cellLines.forEach((line, n) =>
          this.page.drawText(line, {
            x,
            y: this.y - SIZE - n * LINE,
            size: SIZE,
            font,
            color: INK,
          }),
        );
        x += widths[i];
      });
      this.y -= height * LINE;
    };
    row(table.columns, this.bold);
    this.page.drawLine({
      start: { x: MARGIN, y: this.y + 2 },
      end: { x: PAGE.width - MARGIN, y: this.y + 2 },
      thickness: 0.5,
      color: RULE,
    });
    for (const cells of table.rows) row(cells, this.regular);
    if (table.rows.length === 0) this.text('Nothing in this range.');
  }

  /**
   * Each column as wide as its widest text (capped at a quarter of the page); when they
   * do not all fit, every column shrinks in proportion and long cells end in "…".
   */
  private columnWidths(table: ReportTable): number[] {
    const page = PAGE.width - 2 * MARGIN;
    const widths = table.columns.map((title, i) =>
      Math.min(
        page / 4,
        8 +
          Math.max(
            this.bold.widthOfTextAtSize(winAnsi(title, this.bold), SIZE),
            ...table.rows.map((r) =>
              this.regular.widthOfTextAtSize(
                winAnsi(r[i] ?? '', this.regular),
                SIZE,
              ),
            ),
          ),
      ),
    );
    const total = widths.reduce((a, b) => a + b, 0);
    return total <= page ? widths : widths.map((w) => (w * page) / total);
  }

  /** The text in lines that fit the width, breaking between words (or inside a long one). */
  private wrapped(text: string, font: PDFFont, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, SIZE) <= width) {
        line = next;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (line.length > 1 && font.widthOfTextAtSize(line, SIZE) > width) {
        let cut = line.length - 1;
        while (
          cut > 1 &&
          font.widthOfTextAtSize(line.slice(0, cut), SIZE) > width
        )
          cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
    return lines;
  }

  private fit(text: string, font: PDFFont, width: number): string {
    if (font.widthOfTextAtSize(text, SIZE) <= width) return text;
    let cut = text;
    while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, SIZE) > width)
      cut = cut.slice(0, -1);
    return `${cut}…`;
  }
}
