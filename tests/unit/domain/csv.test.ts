import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '#domain/csv';

describe('CSV export cells', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x'])
      expect(csvCell(bad).startsWith(`"'`)).toBe(true);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  it('quotes text, doubles quotes, keeps commas and new lines inside the cell', () => {
    expect(csvCell('Shops, "the parade"\nnorth')).toBe('"Shops, ""the parade""\nnorth"');
  });

  it('writes numbers as numbers (a negative is not a formula) and nothing for missing values', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('builds a document with a header and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('"a","b"\r\n1,"x"\r\n');
  });
});
