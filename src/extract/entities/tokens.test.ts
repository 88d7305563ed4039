import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joined, tokenize, TOKEN, wordEndAt } from './tokens.ts';

const pieces = fc.constantFrom(
  'a',
  'B',
  'U',
  '.',
  'U.S.',
  'U.N.',
  'A.B',
  "'",
  '’',
  '-',
  's',
  'S',
  "s'",
  '’s',
  'Mr',
  'Dr',
  'Jan',
  ' ',
  '\u00A0',
  '1',
  '12',
  'é',
  'É',
  'e\u0301',
  'Ω',
  'Ж',
  '日本',
  '🙂',
  '𝐀',
  '𝐀.',
  '\uD835',
  '\uDC00',
  ',',
  '"',
  '“',
  '(',
  'İ',
  'ǅ',
  'Ⅳ',
  '²',
  '٣',
  'al-',
  'O’Brien',
);
const text = fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join(''));

describe('entity tokens', () => {
  it('splits words, possessives, titles and dotted acronyms', () => {
    const tokens = tokenize('Mr. Blinken met U.S. envoys in Gaza’s north, the Israelis’ O’Brien-led team.');
    expect(tokens.map((t) => t.text)).toEqual([
      'Mr.',
      'Blinken',
      'met',
      'U.S.',
      'envoys',
      'in',
      'Gaza’s',
      'north',
      'the',
      'Israelis’',
      'O’Brien-led',
      'team',
    ]);
    expect(tokens.filter((t) => t.possessive).map((t) => t.base)).toEqual(['Gaza', 'Israelis']);
    expect(tokens.map((t) => joined(t))).toEqual([false, true, true, true, true, true, true, true, false, true, true, true]);
  });

  // wordEndAt scans by hand for the matches of TOKEN: wherever a match may start, both agree.
  it('finds exactly the matches of the TOKEN pattern', () => {
    const sticky = new RegExp(TOKEN.source, 'uy');
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i < t.length; i += (t.codePointAt(i) as number) > 0xffff ? 2 : 1) {
          sticky.lastIndex = i;
          const match = sticky.exec(t);
          expect(wordEndAt(t, i)).toBe(match ? i + match[0].length : -1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
