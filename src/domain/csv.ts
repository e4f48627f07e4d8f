// The one CSV writer, for every export (problems, the audit log). Every cell is quoted, and a text cell that a spreadsheet
// would run as a formula (it starts with = + - @, a tab or a carriage return) is prefixed with an
// apostrophe, so a problem titled "=HYPERLINK(...)" is read as text (OWASP "CSV Injection").
// Numbers are written as numbers: a negative count is not a formula.

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A CSV document with a header row; lines end CRLF (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map((h) => csvCell(h)), ...rows.map((row) => row.map(csvCell))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
