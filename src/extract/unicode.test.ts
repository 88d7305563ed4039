// Unicode in seeds: normalisation (NFC for text), invisible and control characters, thousands
// separators that are not ASCII spaces, right-to-left text, emoji and non-ASCII file names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestSeeds } from '../ingest/ingest.ts';
import { extractDocument } from './index.ts';
import { extractFigures } from './figures/index.ts';
import { parseSeed } from '../ingest/parse.ts';
import { normalizeText } from './text/normalize.ts';

const parse = (text: string, file = 'doc.txt') => parseSeed(file, new TextEncoder().encode(text)).document;
const figuresOf = (body: string) =>
  extractFigures(parse(`---\npublished: 2024-08-10\n---\nTitle\n${body}`)).map((f) => ({ value: f.value, text: f.text }));

describe('normalizeText', () => {
  it('composes to NFC and keeps compatibility forms as written (no NFKC on published text)', () => {
    expect(normalizeText('Cafe\u0301 Sa\u0303o')).toBe('Café São');
    expect(normalizeText('４０,０００ ﬁre')).toBe('４０,０００ ﬁre');
  });

  it('removes zero-width characters, soft hyphens, byte-order marks and controls; keeps NBSP, thin space and RLM', () => {
    expect(normalizeText('\uFEFFa\u200Bb\u200Cc\u200Dd\u2060e\u00ADf')).toBe('abcdef');
    expect(normalizeText('a\u0000b\u0007c\u001Bd\u007Fe\u009Bf\uFFFEg')).toBe('abcdefg');
    expect(normalizeText('a\tb\nc\u00A0d\u202Fe\u200Ff')).toBe('a\tb\nc\u00A0d\u202Fe\u200Ff');
  });
});

describe('figures through Unicode', () => {
  it.each([
    ['no-break space', '2\u00A0300'],
    ['narrow no-break space', '2\u202F300'],
    ['thin space', '2\u2009300'],
    ['ASCII space', '2 300'],
  ])('reads "2%s300" as 2300 (%s)', (_name, number) => {
    expect(figuresOf(`At least ${number} people were killed.`)).toEqual([{ value: 2300, text: `At least ${number} people were killed` }]);
  });

  it('reads numbers and words split by invisible characters once they are removed', () => {
    expect(figuresOf('Nearly 40,\u200B000 people were kil\u00ADled.')).toEqual([
      { value: 40000, text: 'Nearly 40,000 people were killed' },
    ]);
  });

  it('keeps full-width digits verbatim in the text, with valid offsets', () => {
    const doc = parse('T\n４０,０００ people were killed, and 12 were injured.');
    expect(doc.paragraphs[0].text).toBe('４０,０００ people were killed, and 12 were injured.');
    const document = extractDocument(doc, 't');
    for (const f of document.figures) expect(doc.paragraphs[0].text.slice(f.position.start, f.position.end)).toBe(f.text);
    expect(document.figures.map((f) => f.value)).toContain(12);
  });
});

describe('right-to-left text and emoji', () => {
  it('parses and extracts a right-to-left title and body with emoji without losing characters', () => {
    const doc = parse(
      '---\ntitle: "زلزال بقوة 6.8 يضرب المدينة 🌋"\npublished: 2025-03-15\n---\n' +
        'قال المسؤولون إن 212 شخصا قتلوا. "We are still digging," said Mara Okonjo 🙏.',
    );
    expect(doc.title).toBe('زلزال بقوة 6.8 يضرب المدينة 🌋');
    const document = extractDocument(doc, 'quake');
    expect(document.paragraphs[0].text).toContain('🙏');
    expect(document.quotes.map((q) => q.text)).toEqual(['We are still digging']);
    expect(document.entities.people.map((p) => p.name)).toContain('Mara Okonjo');
  });
});

describe('ingest: odd but valid file names and titles', () => {
  let work: string;
  let seeds: string;
  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'unicode-'));
    seeds = path.join(work, 'seeds');
    fs.mkdirSync(seeds);
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));
  const write = (name: string, text: string) => fs.writeFileSync(path.join(seeds, name), text);

  it('publishes every file under its own slug: accents, spaces, brackets, emoji, right-to-left and duplicate titles', () => {
    write('Séisme à Taïwan.md', '# Séisme à Taïwan : 12 morts\n\nAt least 12 people were killed on Friday.\n');
    write('my report (final).txt', 'Séisme à Taïwan : 12 morts\nA second report of the same quake.\n');
    write('🌋 volcano.txt', 'ثوران بركان 🌋\nAbout 2,000 people were evacuated.\n');
    write('🌋🌋.txt', '🌋🌋🌋\nAsh fell on the town.\n');
    write('ＦＵＬＬ.txt', 'ｆｕｌｌ ｗｉｄｔｈ\nText.\n');
    const result = ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out') });
    expect(result.errors).toEqual([]);
    const slugs = Object.fromEntries(result.documents.map((d) => [d.file, d.slug]));
    expect(slugs).toEqual({
      'Séisme à Taïwan.md': 'seisme-a-taiwan-12-morts',
      'my report (final).txt': 'seisme-a-taiwan-12-morts-2',
      '🌋 volcano.txt': 'volcano',
      '🌋🌋.txt': 'document',
      'ＦＵＬＬ.txt': 'full-width',
    });
    expect(result.warnings.some((w) => w.startsWith('my report (final).txt: ') && w.includes('same title as Séisme à Taïwan.md'))).toBe(
      true,
    );
    expect(fs.readdirSync(path.join(work, 'out')).sort()).toEqual(
      Object.values(slugs)
        .map((s) => `${s}.json`)
        .sort(),
    );
  });

  it('names a file whose name holds a line break or escape in one quoted line', () => {
    write('evil\nerror: all good\u001b[2K.txt', '');
    write('ok.txt', 'Title\nBody.\n');
    const lines: string[] = [];
    const result = ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), log: (line) => lines.push(line) });
    expect(result.errors).toEqual(['"evil\\nerror: all good\\u001b[2K.txt": empty document: no text to publish']);
    expect(lines.every((line) => !/[\n\u001b]/.test(line))).toBe(true);
    expect(result.documents.map((d) => d.file)).toEqual(['ok.txt']);
  });
});

describe('digits of other scripts', () => {
  it('reads full-width and Arabic-Indic numbers as figures, quoting them as written', async () => {
    const { extractFigures } = await import('./figures/index.ts');
    const doc = parse('T\n４０,０００ people were killed and ٤٢ were injured, while at least ５ remain missing.');
    const figures = extractFigures(doc);
    expect(figures.map((f) => [f.value, f.measure, f.text.split(' ')[0]])).toEqual([
      [40000, 'killed', '４０,０００'],
      [42, 'injured', '٤٢'],
      [5, 'missing', 'at'],
    ]);
    for (const f of figures) expect(doc.paragraphs[0].text.slice(f.position.start, f.position.end)).toBe(f.text);
  });

  it('folds digits without moving any offset', async () => {
    const { foldDigits } = await import('./text/normalize.ts');
    const text = 'Ａ ４０，０００ · ٤٬٢٠٠٫٥ · ९९ · ۱۲';
    expect(foldDigits(text)).toBe('Ａ 40,000 · 4,200.5 · 99 · 12');
    expect(foldDigits(text)).toHaveLength(text.length);
  });
});
