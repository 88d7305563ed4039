// CSV for readers' spreadsheets. Seed text is untrusted, so every cell is quoted (commas, quotes and line
// breaks cannot shift columns) and a cell that a spreadsheet would run as a formula is defused.

/** UTF-8 byte-order mark: Excel otherwise opens UTF-8 CSV as Windows-1252 and garbles “curly quotes”. */
export const BOM = '\uFEFF';

// Leading characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (tab and
// carriage return too: some apps strip them and then see the next character).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula starts prefixed with an apostrophe (shown as text, never run), then quoted. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A whole file: BOM, header row, one row per record; CRLF line ends as RFC 4180 asks. */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [columns, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Reads back what toCsv writes (quoted cells, doubled quotes, CRLF or LF); for tests and checks. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
