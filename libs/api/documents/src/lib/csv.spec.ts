import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Martin, Chloe')).toBe('"Martin, Chloe"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses what a spreadsheet would run as a formula, not negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe('-2');
  });
});

describe('toCsv', () => {
  it('writes a UTF-8 mark, a header and CRLF rows, titles when there are several tables', () => {
    const table = {
      title: 'Days',
      columns: ['Date', 'Due'],
      rows: [['2026-11-26', '1']],
    };
    expect(
      toCsv({ fileName: 'f', title: 't', summary: [], tables: [table] }),
    ).toBe('\uFEFFDate,Due\r\n2026-11-26,1\r\n');
    expect(
      toCsv({
        fileName: 'f',
        title: 't',
        summary: [],
        tables: [table, { ...table, title: 'More' }],
      }),
    ).toBe(
      '\uFEFFDays\r\nDate,Due\r\n2026-11-26,1\r\n\r\nMore\r\nDate,Due\r\n2026-11-26,1\r\n',
    );
  });
});
