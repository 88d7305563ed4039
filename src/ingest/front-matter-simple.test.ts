import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleFrontMatter } from './front-matter-simple.ts';

describe('readSimpleFrontMatter', () => {
  it('reads quoted titles, dates and plain words', () => {
    expect(readSimpleFrontMatter('title: "Quake: 300 dead (update)"\npublished: 2024-05-12\nsource: Daily Ledger\nlang: fr-CA\n')).toEqual({
      title: 'Quake: 300 dead (update)',
      published: '2024-05-12',
      source: 'Daily Ledger',
      lang: 'fr-CA',
    });
    expect(readSimpleFrontMatter('')).toEqual({});
  });

  it.each([
    ['an escape', 'title: "a\\tb"\n'],
    ['a comment', 'source: Wire # agency\n'],
    ['a null', 'source: Null\n'],
    ['a boolean', 'title: true\n'],
    ['a number', 'title: 1e3\n'],
    ['a list', 'title: [a, b]\n'],
    ['a URL', 'url: https://example.com/a\n'],
    ['a repeated field', 'title: a\ntitle: b\n'],
    ['an unknown field', 'author: Someone\n'],
    ['a blank line', 'title: a\n\nsource: b\n'],
    ['a single-quoted string', "title: 'a'\n"],
  ])('leaves %s to the YAML parser', (_name, yaml) => {
    expect(readSimpleFrontMatter(yaml)).toBeNull();
  });

  // Whatever it reads, it reads as the YAML parser does.
  it('agrees with the YAML parser', () => {
    const key = fc.constantFrom('title', 'published', 'source', 'url', 'lang', 'other');
    const part = fc.constantFrom(
      'a',
      'Word',
      ' ',
      '  ',
      ':',
      ': ',
      '#',
      ' #',
      '"',
      "'",
      '\\',
      '-',
      '- ',
      '2024-05-12',
      '12',
      '1e3',
      '0x1F',
      '.5',
      'null',
      'Null',
      'nUll',
      'true',
      'False',
      'yes',
      '~',
      '[',
      ']',
      '{',
      '}',
      ',',
      '.',
      '(',
      ')',
      '&',
      '*',
      '!',
      '|',
      '>',
      '%',
      '@',
      '`',
      '/',
      'é',
      '日本',
      '🙂',
      '\t',
    );
    const value = fc
      .tuple(fc.array(part, { minLength: 1, maxLength: 6 }), fc.boolean())
      .map(([parts, quoted]) => (quoted ? `"${parts.join('')}"` : parts.join('')));
    const yaml = fc.array(fc.tuple(key, value), { maxLength: 4 }).map((lines) => lines.map(([k, v]) => `${k}: ${v}\n`).join(''));
    fc.assert(
      fc.property(yaml, (text) => {
        const fields = readSimpleFrontMatter(text);
        if (fields !== null) expect(fields).toEqual(parseYaml(text) ?? {});
      }),
      { numRuns: 3000 },
    );
  });
});
