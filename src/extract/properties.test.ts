// Property-based tests: every extractor, for any text, returns schema-valid items whose positions lie
// inside the paragraph they name, and never throws. Seeds are untrusted, so "any text" means any.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../tests/helpers/chart-fixtures.ts';
import { z } from 'astro/zod';
import { entities as entitiesSchema, event, figure, quote, type Paragraph, type ParsedSeed, type Position } from '../schema/document.ts';
import { extractEntities } from './entities/index.ts';
import { extractEvents } from './events/index.ts';
import { extractFigures } from './figures/index.ts';
import { extractDocument } from './index.ts';
import { parseSeed, SeedError } from '../ingest/parse.ts';
import { extractQuotes } from './quotes/index.ts';
import { normalizeText } from './text/normalize.ts';
import { toParagraph } from './text/paragraphs.ts';

const RUNS = { numRuns: 200 };

// Pieces of wire copy: numbers written every way the extractors read them, every kind of quotation
// mark, capitalised names, months and weekdays, reporting verbs, and the odd hostile byte.
const piece = fc.oneof(
  fc.constantFrom(
    'said',
    'told reporters',
    'according to',
    'killed',
    'injured',
    'were displaced',
    'missing',
    'at least',
    'more than',
    'nearly',
    'about',
    'people',
    'children',
    'the',
    'and',
    'on',
    'in',
    'of',
    'last week',
    'next month',
    'ago',
    'since',
  ),
  fc.constantFrom(
    'January',
    'Feb.',
    'March',
    'Sept.',
    'Oct. 7',
    'May 6',
    'Monday',
    'Friday',
    'weekend',
    '2019',
    '2024-02-30',
    'Dec. 31, 1999',
  ),
  fc.constantFrom(
    'Antony Blinken',
    'Mr.',
    'Dr',
    'Secretary',
    'Health Ministry',
    'United Nations',
    'U.S.',
    'Gaza',
    'Red Crescent',
    "O'Brien",
    'al-Assad',
    'ICJ',
  ),
  fc.constantFrom('"', '“', '”', '‘', '’', '«', '»', '„', "'", ',', '.', ';', ':', '!', '?', '(', ')', '-', '–', '—', '%', '$', '€', '/'),
  fc.constantFrom(' ', ' ', ' ', '\u00A0', '\u202F', '\t'),
  fc.constantFrom(
    '1',
    '12',
    '212',
    '1,400',
    '40,000',
    '1.5 million',
    '2 300',
    '2\u00A0300',
    '2\u202F300',
    '１２',
    '０',
    'one',
    'dozens',
    'half',
    'a third',
    '1,1,1,1',
    '12.5%',
    'US$3 billion',
  ),
  fc.constantFrom('<script>', '</p>', '&amp;', '{{x}}', '${y}', '\u200B', '\u0301', 'Ω', '日本', 'مرحبا', '🙂', '\uD800', '\u0000'),
  fc.stringMatching(/^[A-Z][a-z]{1,8}$/),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
);
const newsText = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(''));
const spacedNews = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(' '));
// Sentences shaped like wire copy, so figures, quotes and dates are actually found (then checked).
const sentence = fc
  .record({
    q: fc.constantFrom('', 'at least ', 'more than ', 'nearly ', 'about ', 'up to '),
    n: fc.constantFrom('12', '212', '1,400', '40,000', '2\u00A0300', '2\u202F300', '1.5 million', 'dozens of', 'three', '１２'),
    who: fc.constantFrom('people', 'Palestinians', 'children', 'homes', 'trucks', 'percent'),
    verb: fc.constantFrom('were killed', 'have been injured', 'are missing', 'were displaced', 'were evacuated', 'died'),
    open: fc.constantFrom('"', '“', '‘', '«', ''),
    close: fc.constantFrom('"', '”', '’', '»', ''),
    speaker: fc.constantFrom('Antony Blinken', 'the ministry', 'Dr. Leila Haddad', 'he', 'officials', 'Mara Okonjo, a spokeswoman,'),
    when: fc.constantFrom('on Friday', 'on Oct. 7', 'last week', 'in March 2023', 'from May 6 to May 9', 'next month', '', 'on Feb. 30'),
  })
  .map(({ q, n, who, verb, open, close, speaker, when }) => `${open}${q}${n} ${who} ${verb} ${when}${close}, ${speaker} said.`);
const sentences = fc.array(fc.oneof(sentence, spacedNews), { minLength: 1, maxLength: 6 }).map((list) => list.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  newsText,
  spacedNews,
  sentences,
  sentences,
);

/** Paragraphs as parseSeed makes them: NFC, invisible characters removed, one line, trimmed, non-empty. */
function paragraphsOf(text: string): Paragraph[] {
  return normalizeText(text)
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map(toParagraph);
}
const docOf = (paragraphs: Paragraph[], published: string | null): ParsedSeed => parsedSeed(paragraphs, published);
const documents = fc
  .tuple(fc.array(anyText, { minLength: 1, maxLength: 4 }), fc.constantFrom(null, '2024-08-10', '2000-02-29', '1999-12-31'))
  .map(([texts, published]) => docOf(paragraphsOf(texts.join('\n')), published));

/** A position points into an existing paragraph and sentence, with 0 <= start <= end <= length. */
function checkPosition(doc: ParsedSeed, p: Position): string {
  const paragraph = doc.paragraphs[p.paragraph];
  expect(paragraph, `paragraph ${p.paragraph}`).toBeDefined();
  expect(p.sentence).toBeLessThan(paragraph.sentences.length);
  expect(0 <= p.start && p.start <= p.end && p.end <= paragraph.text.length, `${p.start}..${p.end} of ${paragraph.text.length}`).toBe(true);
  return paragraph.text.slice(p.start, p.end);
}

describe('extractor properties (any text)', () => {
  it('extractFigures: schema-valid figures whose text is the span it points to', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const figures = z.array(figure).parse(extractFigures(doc));
        for (const f of figures) {
          expect(checkPosition(doc, f.position)).toBe(f.text);
          expect(Number.isFinite(f.value)).toBe(true);
        }
        expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
      }),
      RUNS,
    );
  });

  it('extractEntities: schema-valid entities, every mention inside its paragraph and non-empty', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const found = entitiesSchema.parse(extractEntities(doc));
        for (const entity of [...found.people, ...found.organizations, ...found.places]) {
          expect(entity.name.trim()).not.toBe('');
          expect(entity.mentions.length).toBeGreaterThan(0);
          for (const m of entity.mentions) expect(checkPosition(doc, m)).toMatch(/\S/);
        }
      }),
      RUNS,
    );
  });

  it('extractQuotes (with extractEntities): schema-valid quotes inside the marks they were read from', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const quotes = z.array(quote).parse(extractQuotes(doc, extractEntities(doc)));
        for (const q of quotes) {
          const span = checkPosition(doc, q.position);
          expect(q.position.end).toBeGreaterThan(q.position.start);
          // Quoted words are whitespace-collapsed and trimmed; the first of them is in the marked span.
          expect(q.text).toMatch(/[\p{L}\p{N}]/u);
          expect(q.text).toBe(q.text.replace(/\s+/g, ' ').trim());
          const firstWord = q.text.split(' ')[0];
          expect(span.replace(/\s+/g, ' '), `${JSON.stringify(q.text)} in ${JSON.stringify(span)}`).toContain(firstWord);
        }
      }),
      RUNS,
    );
  });

  it('extractEvents: schema-valid events whose text is the span it points to, with real dates', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const events = z.array(event).parse(extractEvents(doc));
        for (const e of events) {
          expect(checkPosition(doc, e.position)).toBe(e.text);
          for (const date of [e.date, e.endDate]) {
            if (date && date.length === 10) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
          }
        }
      }),
      RUNS,
    );
  });

  it('extractDocument: the whole document validates for any text', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        expect(() => extractDocument(doc, 'doc')).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseSeed properties (any bytes)', () => {
  const seedText = fc.oneof(
    anyText,
    fc
      .tuple(
        fc.constantFrom(
          '---\n',
          '---\ntitle: x\n---\n',
          '---\ntitle: [\n---\n',
          '---\npublished: 2024-02-30\n---\n',
          '---\nurl: javascript:x\n---\n',
          '# ',
          '',
        ),
        anyText,
        fc.constantFrom('\n', '\r\n', '\n\n', '\r'),
        anyText,
      )
      .map((parts) => parts.join('')),
  );
  const seedBytes = fc.oneof(
    seedText.map((t) => new TextEncoder().encode(t)),
    fc.uint8Array({ maxLength: 300 }),
  );

  it('either parses into clean paragraphs or throws a one-line SeedError, never anything else', () => {
    fc.assert(
      fc.property(seedBytes, fc.constantFrom('a.txt', 'a.md'), (bytes, file) => {
        let result: ReturnType<typeof parseSeed>;
        try {
          result = parseSeed(file, bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(SeedError);
          expect((error as SeedError).message).not.toMatch(/\n/);
          return;
        }
        const { document } = result;
        expect(document.title.trim()).not.toBe('');
        expect(document.title).not.toMatch(/\n/);
        expect(document.paragraphs.length).toBeGreaterThan(0);
        expect(document.url === null || /^https?:\/\//i.test(document.url)).toBe(true);
        for (const p of document.paragraphs) {
          expect(p.text).not.toBe('');
          expect(p.text).not.toMatch(/[\n\u00AD\u200B-\u200D\u2060\uFEFF]/);
          expect(p.text).toBe(p.text.normalize('NFC'));
          for (const s of p.sentences) expect(0 <= s.start && s.start <= s.end && s.end <= p.text.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Safety, not speed: a regular expression that backtracks catastrophically takes minutes or hours on
// a megabyte; linear extraction takes seconds. The bound is generous for a loaded two-core machine.
describe('hostile sizes: a megabyte of one pattern on one line, parsed and extracted', () => {
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  it.each([
    ['quotation marks of every kind', fill('“”‘’«»„"')],
    ['digits separated by commas', fill('1,')],
    ['digits separated by spaces', fill('1 ')],
    ['full stops and capitals', fill('A. ..')],
    ['one very long line of news', fill('At least 12 people were killed on Friday, Antony Blinken said, “we mourn them.” ')],
  ])(
    '%s',
    (_name, body) => {
      const { document } = parseSeed('big.txt', new TextEncoder().encode(`---\npublished: 2024-08-10\n---\nTitle\n${body}`));
      const doc = extractDocument(document, 'big');
      const [paragraph] = doc.paragraphs;
      expect(doc.paragraphs).toHaveLength(1);
      expect(paragraph.text).toBe(body.trim());
      // Sentences stay sorted, disjoint and inside the paragraph however long it is.
      paragraph.sentences.forEach((s, i) => {
        expect(s.start < s.end && s.end <= paragraph.text.length).toBe(true);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(paragraph.sentences[i - 1].end);
      });
    },
    30_000,
  );
});
