import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, TOKEN, type Token } from './number-tokens.ts';

describe('tokenize', () => {
  // The tokens TOKEN's matches make: what the hand scan must give.
  const reference = (text: string): Token[] =>
    [...text.matchAll(TOKEN)].map((m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (m[1] !== undefined)
        return { text: m[0], lower: m[0].toLowerCase(), start, end, kind: 'number', digits: m[1], suffix: (m[2] ?? '').toLowerCase() };
      if (/^[\p{L}\p{M}]/u.test(m[0])) return { text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start, end, kind: 'word' };
      return { text: m[0], lower: m[0], start, end, kind: 'punct' };
    });

  it('gives the tokens of the TOKEN pattern', () => {
    const piece = fc.constantFrom(
      'K',
      'N',
      'P',
      ' million',
      'S',
      'h',
      's',
      'KSh',
      'KShs',
      'Sh',
      'TSh',
      'Tk',
      'USh',
      'Rs',
      'Rp',
      'RM',
      'R',
      'T',
      'U',
      '1',
      '12',
      '0',
      '.',
      ',',
      '\u00A0',
      '\u2009',
      '\u202F',
      ' ',
      '\t',
      '\n',
      'a',
      'm',
      'bn',
      'th',
      "'",
      '’',
      '-',
      'é',
      'e\u0301',
      '\u0301',
      'Ω',
      'ж',
      '日本',
      '🙂',
      '𝐀',
      '\uD835',
      '\uDC00',
      '٣',
      '２',
      '$',
      '%',
      '"',
      'ǅ',
      'Ⅳ',
      '²',
      '\u2028',
      '\u3000',
      '\uFEFF',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')),
        (text) => {
          expect(tokenize(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
