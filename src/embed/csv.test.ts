import { describe, expect, it } from 'vitest';
import { BOM, csvCell, parseCsv, toCsv } from './csv.ts';

describe('csvCell', () => {
  it('quotes every cell and doubles inner quotes', () => {
    expect(csvCell('Red Cross')).toBe('"Red Cross"');
    expect(csvCell('the "official" toll, revised')).toBe('"the ""official"" toll, revised"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell(1250)).toBe('"1250"');
    expect(csvCell(null)).toBe('""');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvCell('+1 800 555')).toBe('"\'+1 800 555"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1:A9)')).toBe('"\'@SUM(A1:A9)"');
    expect(csvCell('\t=1+1')).toBe('"\'\t=1+1"');
    // Only a leading sign is dangerous: text with one inside stays as written.
    expect(csvCell('a = b')).toBe('"a = b"');
    expect(csvCell('— ')).toBe('"— "');
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header and CRLF rows', () => {
    const csv = toCsv(
      ['Measure', 'Who'],
      [
        ['Killed', 'villagers, mostly “elderly”'],
        ['Missing', '=cmd'],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}"Measure","Who"\r\n"Killed","villagers, mostly “elderly”"\r\n"Missing","'=cmd"\r\n`);
  });

  it('round-trips through parseCsv, commas, quotes and line breaks included', () => {
    const rows = [
      ['7 Oct 2023', 'Rebels, "allegedly", shelled the port', 'on Saturday'],
      ['Aug 2024', 'Floods\nreturn', 'last month'],
    ];
    expect(parseCsv(toCsv(['Date', 'Event', 'As written'], rows))).toEqual([['Date', 'Event', 'As written'], ...rows]);
  });
});
