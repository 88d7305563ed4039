// Reads an editors' corrections file (seeds/<name>.edits.yaml): YAML, then the zod schema of
// src/schema/edits.ts, with every error naming its line, and every edit its line for later reports.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { EDITS_SUFFIX, editsFile, type EditsFile } from '../schema/edits.ts';
import { SEED_EXTENSIONS } from './parse.ts';

/** Larger than any list of corrections to one article. */
const MAX_EDITS_BYTES = 1024 * 1024;

/** An edits file that cannot be read: `message` is one line for the editor, `line` is 1-based. */
export class EditsError extends Error {
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

export type EditPath = ReadonlyArray<string | number>;

/** A read edits file: its edits, and the line of any of its parts (an edit, a `hide:` entry). */
export interface Edits {
  data: EditsFile;
  line(path: EditPath): number;
}

/** `quake.edits.yaml` -> the seeds it can belong to (`quake.txt`, `quake.md`); null for any other file. */
export function seedsOfEdits(file: string): string[] | null {
  if (!file.endsWith(EDITS_SUFFIX)) return null;
  const stem = file.slice(0, -EDITS_SUFFIX.length);
  return SEED_EXTENSIONS.map((ext) => `${stem}${ext}`);
}

/** `quake.txt` -> `quake.edits.yaml`. */
export function editsFileOf(seed: string): string {
  return `${seed.replace(/\.[^./]*$/, '')}${EDITS_SUFFIX}`;
}

export function readEdits(bytes: Uint8Array): Edits {
  if (bytes.length > MAX_EDITS_BYTES) throw new EditsError(`too large (over ${MAX_EDITS_BYTES / 1048576} MB) for an edits file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EditsError('not valid UTF-8 text: save the file as UTF-8');
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const [yamlError] = doc.errors;
  if (yamlError) {
    const reason = yamlError.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    // An error at the end of the file (an unclosed quote) is on its last line, not after it.
    throw new EditsError(`not valid YAML: ${reason}`, Math.min(lineAt(yamlError.pos[0]), text.trimEnd().split('\n').length));
  }
  const line = (path: EditPath) => lineOf(doc, path, lineAt);
  const parsed = editsFile.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const more = parsed.error.issues.length - 1;
    throw new EditsError(
      `${describeIssue(issue, doc)}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`,
      issueLine(doc, issue, lineAt),
    );
  }
  return { data: parsed.data, line };
}

/** The line of the node at `path`, or of the nearest part of it the file has (a missing key's map). */
function lineOf(doc: Document, path: EditPath, lineAt: (offset: number) => number): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineAt(range[0]);
  }
  return 1;
}

/** A zod issue's line: an unknown key's own line, otherwise the value's. */
function issueLine(doc: Document, issue: z.core.$ZodIssue, lineAt: (offset: number) => number): number {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const map = path.length ? doc.getIn(path, true) : doc.contents;
    if (isMap(map)) {
      const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === issue.keys[0]);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lineAt(range[0]);
    }
  }
  return lineOf(doc, path, lineAt);
}

/** "figures, edit 2, set.value: expected a number, not "ten"". */
function describeIssue(issue: z.core.$ZodIssue, doc: Document): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const [section, index, ...rest] = path.map(String);
  const numbered = index !== undefined && /^\d+$/.test(index) && section !== 'charts';
  const where = [section, numbered ? `edit ${Number(index) + 1}` : index, rest.join('.')].filter(Boolean).join(', ');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys')
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  else if (issue.code === 'invalid_type') message = `expected ${article(issue.expected)}`;
  else if (issue.code === 'invalid_value') message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  else if (issue.code === 'invalid_union') message = 'expected the text of an item, or { match: …, sentence: … }';
  const value: unknown = path.length ? doc.getIn(path) : undefined;
  if (issue.code !== 'unrecognized_keys' && value !== undefined && (typeof value !== 'object' || value === null))
    message += `, not ${JSON.stringify(value)}`;
  return where ? `${where}: ${message}` : message;
}

function article(expected: string): string {
  return { number: 'a number', string: 'text', boolean: 'true or false', array: 'a list', object: 'a map of fields' }[expected] ?? expected;
}
