// Turns a seed file's bytes into a ParsedSeed: front matter, title and paragraphs with sentences.
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { isoDay, type Paragraph, type ParagraphFormat, type ParsedSeed } from '../schema/document.ts';
import { readSimpleFrontMatter } from './front-matter-simple.ts';
import { isPlainProse } from './markdown-plain.ts';
import { markdownParagraphs } from './markdown.ts';
import { safeHttpUrl } from '../schema/safe-url.ts';
import { LONG_TITLE } from '../lib/title.ts';
import { normalizeText, toParagraph } from '../extract/index.ts';

export const SEED_EXTENSIONS = ['.txt', '.md'] as const;

/** A seed that cannot be published; `message` is one line for the editor, `line` is 1-based in the file. */
export class SeedError extends Error {
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

export interface ParseResult {
  document: ParsedSeed;
  warnings: string[];
}

const FRONT_MATTER_FIELDS = new Set(['title', 'published', 'source', 'url', 'lang', 'story', 'slug']);

export function parseSeed(file: string, bytes: Uint8Array): ParseResult {
  const ext = path.extname(file).toLowerCase();
  if (!(SEED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new SeedError(`unsupported extension "${ext || '(none)'}": seeds are ${SEED_EXTENSIONS.join(' or ')} files`);
  }
  if (bytes.includes(0)) throw new SeedError('binary file (contains NUL bytes), not text');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SeedError('not valid UTF-8 text: save the file as UTF-8');
  }
  raw = normalizeText(raw).replace(/\r\n?/g, '\n');
  if (!raw.trim()) throw new SeedError('empty document: no text to publish');

  const warnings: string[] = [];
  const { meta, body, bodyLine } = splitFrontMatter(raw);
  const published = readPublished(meta.published, meta.publishedLine);
  for (const key of Object.keys(meta.fields)) {
    if (!FRONT_MATTER_FIELDS.has(key)) warnings.push(`unknown front matter field "${key}" ignored`);
  }
  // A Markdown seed without Markdown syntax has the blocks of a plain-text one: the parser is skipped.
  const blocks: Block[] =
    ext === '.md' && !isPlainProse(body) ? markdownParagraphs(body, bodyLine, warnings) : textBlocks(body).map((text) => ({ text }));
  let title = stringField(meta.fields.title, 'title');
  if (!title) {
    const first = blocks.shift();
    if (!first) throw new SeedError('no title and no text after the front matter', bodyLine);
    title = first.text;
  } else if (blocks[0]?.format?.heading === 1 && sameWords(blocks[0].text, title)) {
    blocks.shift(); // the seed's own "# Title" under the front matter's: the page shows it once, as its title
  }
  if (!blocks.length) throw new SeedError('the document has a title but no body text');
  if (title.length > LONG_TITLE)
    warnings.push(
      `the title is ${title.length} characters long: pages show a title over ${LONG_TITLE} characters smaller; a headline of under ${LONG_TITLE} reads best`,
    );

  // The raw field, not stringField's whitespace-collapsed copy: "java\tscript:" must be seen as written.
  const rawUrl = meta.fields.url;
  if (rawUrl !== undefined && rawUrl !== null && typeof rawUrl === 'object')
    throw new SeedError('front matter "url" must be text, not a list or map');
  const url = rawUrl === undefined || rawUrl === null || String(rawUrl).trim() === '' ? null : normalizeText(String(rawUrl));
  const safeUrl = url === null ? null : safeHttpUrl(url);
  if (url !== null && safeUrl === null)
    warnings.push(`url ${JSON.stringify(url.slice(0, 80))} dropped: only absolute http(s) links are published`);
  const lang = readLang(stringField(meta.fields.lang, 'lang'), warnings);
  if (!published) warnings.push('no "published" date in the front matter: relative dates ("on Friday") stay unresolved');

  return {
    document: {
      file,
      title,
      published,
      source: stringField(meta.fields.source, 'source'),
      url: safeUrl,
      lang,
      story: stringField(meta.fields.story, 'story'),
      slug: readSlug(meta.fields.slug),
      paragraphs: blocks.map(formattedParagraph),
    },
    warnings,
  };
}

/** A paragraph's text before sentences are split, with its Markdown formatting when it has any. */
interface Block {
  text: string;
  format?: ParagraphFormat;
}

/** The paragraph of a block; a format that changes nothing (body text, no marks) is left out. */
function formattedParagraph({ text, format }: Block): Paragraph {
  const paragraph = toParagraph(text);
  if (format && (format.heading !== null || format.containers.length > 0 || format.inline.length > 0)) paragraph.format = format;
  return paragraph;
}

/** Whether two titles have the same words, whatever their case and spacing. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return words(a) === words(b);
}

interface FrontMatter {
  fields: Record<string, unknown>;
  published: unknown;
  publishedLine?: number;
}

function splitFrontMatter(raw: string): { meta: FrontMatter; body: string; bodyLine: number } {
  const empty = { meta: { fields: {}, published: undefined }, body: raw, bodyLine: 1 };
  if (!/^---[ \t]*\n/.test(raw)) return empty;
  const close = /\n---[ \t]*(?:\n|$)/.exec(raw.slice(3));
  if (!close) throw new SeedError('front matter opened with "---" on line 1 is never closed', 1);
  const yamlText = raw.slice(raw.indexOf('\n') + 1, 3 + close.index + 1);
  const bodyStart = 3 + close.index + close[0].length;
  const bodyLine = raw.slice(0, bodyStart).split('\n').length;
  let fields: unknown;
  try {
    fields = readSimpleFrontMatter(yamlText) ?? parseYaml(yamlText) ?? {};
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line + 1 : undefined;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SeedError(`broken front matter: ${reason}`, line);
  }
  if (typeof fields !== 'object' || Array.isArray(fields) || fields === null) {
    throw new SeedError('broken front matter: expected "key: value" lines', 2);
  }
  const record = fields as Record<string, unknown>;
  const lineIndex = yamlText.split('\n').findIndex((l) => /^published\s*:/.test(l));
  return {
    meta: { fields: record, published: record.published, publishedLine: lineIndex >= 0 ? lineIndex + 2 : undefined },
    body: raw.slice(bodyStart),
    bodyLine,
  };
}

function readPublished(value: unknown, line?: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  const result = isoDay.safeParse(text);
  if (!result.success) throw new SeedError(`impossible "published" date "${text}": ${result.error.issues[0].message}`, line);
  return text;
}

/** An editor's slug (front matter `slug:`): lower-case Latin letters, digits and single hyphens. */
function readSlug(value: unknown): string | null {
  const slug = stringField(value, 'slug');
  if (slug === null) return null;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new SeedError(
      `front matter "slug" ${JSON.stringify(slug.slice(0, 80))} is not a slug: use lower-case letters, digits and hyphens`,
    );
  }
  return slug;
}

/** A valid BCP 47 tag in canonical case; anything else becomes "en" with a warning (it lands in <html lang>). */
function readLang(value: string | null, warnings: string[]): string {
  if (value === null) return 'en';
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical) return canonical;
  } catch {
    // RangeError: not a language tag.
  }
  warnings.push(`lang ${JSON.stringify(value.slice(0, 40))} is not a language tag (BCP 47, like "en" or "fr-CA"): "en" used`);
  return 'en';
}

function stringField(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') throw new SeedError(`front matter "${name}" must be text, not a list or map`);
  // YAML escapes ("\x1b", "\u200B") make characters the file itself did not hold: normalised again.
  const text = normalizeText(String(value)).replace(/\s+/g, ' ').trim();
  return text || null;
}

/** Plain text: every non-empty line is a paragraph (blank lines or single newlines separate them). */
export function textBlocks(body: string): string[] {
  // Only ordinary white space is collapsed: no-break and thin spaces are thousands separators ("2 300").
  // A body without tabs or runs of spaces has nothing to collapse, and skips the pass.
  const collapse = /[\t\f\v]| {2}/.test(body);
  return body
    .split('\n')
    .map((line) => (collapse ? line.replace(/[ \t\f\v]+/g, ' ') : line).trim())
    .filter(Boolean);
}
