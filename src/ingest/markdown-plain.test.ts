import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainProse } from './markdown-plain.ts';
import { markdownParagraphs } from './markdown.ts';
import { textBlocks } from './parse.ts';

describe('isPlainProse', () => {
  it('accepts prose lines and blank lines', () => {
    expect(isPlainProse('Floods hit the coast.\n\n"We need help," said Mara Okonjo (mayor).\nAt least 12 died - 40 were hurt!\n')).toBe(
      true,
    );
    expect(isPlainProse('')).toBe(true);
  });

  it.each([
    ['a heading', '# Title\n\nText.'],
    ['a block quote', '> quoted'],
    ['a list item', '- item'],
    ['an ordered list item', '1. first'],
    ['an ordered list item with a bracket', '2) second'],
    ['a thematic break', '***'],
    ['a setext underline', 'Title\n==='],
    ['indentation', '    code'],
    ['a tab', 'a\tb'],
    ['a code fence', '```\ncode\n```'],
    ['emphasis', 'a *b* c'],
    ['a link', 'see [the report](x)'],
    ['inline HTML', 'a <b>c</b>'],
    ['an entity', 'Tom &amp; Jerry'],
    ['an escape', 'a \\* b'],
    ['a hard break', 'one  \ntwo'],
  ])('refuses %s', (_name, body) => {
    expect(isPlainProse(body)).toBe(false);
  });

  // The claim the parse step relies on: for a plain body the Markdown parser's blocks are the text's lines.
  it('gives bodies whose Markdown blocks are their plain-text blocks', () => {
    const piece = fc.constantFrom(
      'a',
      'Word',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\u00A0',
      '\u2028',
      '\u3000',
      '#',
      '-',
      '+',
      '=',
      '1.',
      '1)',
      '12.',
      '2024',
      '(',
      ')',
      '"',
      '“',
      '!',
      '?',
      '.',
      ',',
      ':',
      '|',
      '~',
      '>',
      'é',
      '東',
      '🙂',
      'http://a.b',
      '%',
      '$',
      '{',
      '}',
      "'",
      '^',
      '@',
      '*',
      '_',
      '[',
      '<',
      '&',
      '\\',
      '\t',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
        (body) => {
          if (!isPlainProse(body)) return;
          const warnings: string[] = [];
          const parsed = markdownParagraphs(body, 1, warnings);
          expect(parsed.map((p) => p.text)).toEqual(textBlocks(body));
          expect(parsed.every((p) => p.format.heading === null && !p.format.containers.length && !p.format.inline.length)).toBe(true);
          expect(warnings).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
