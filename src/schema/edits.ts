// An editors' corrections file, `seeds/<name>.edits.yaml` beside `seeds/<name>.txt|md`: the one
// definition of its format (read and applied by src/ingest/edits.ts). Items are found by the text they
// have in the article, never by position, so a correction survives re-extraction and extractor upgrades.
import { z } from 'astro/zod';
import { confidences, eventKinds, figureStatuses, measures, precisions, qualifiers } from './document.ts';
import type { DatedEvent, Entity, ExtractedDocument, Figure, Position, Quote } from './document.ts';

/** The edits file of a seed: `quake.txt` -> `quake.edits.yaml`. */
export const EDITS_SUFFIX = '.edits.yaml';

const text = z.string().trim().min(1, 'must not be empty');
const nullableText = text.nullable();
// YAML reads `date: 2024` as a number and `value: 1,139` as text: both are taken as an editor means them.
const datePattern = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY'),
);
const count = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(v.trim()) ? Number(v.replace(/,/g, '')) : v),
  z.number().nonnegative(),
);

/** What `set:` may change in a figure: the schema's own fields (src/schema/document.ts). */
export const figureFields = z
  .object({
    value: count,
    qualifier: z.enum(qualifiers),
    measure: z.enum(measures),
    subject: nullableText,
    place: nullableText,
    unit: text,
    attribution: nullableText,
    status: z.enum(figureStatuses),
    confidence: z.enum(confidences),
  })
  .partial()
  .strict();

export const quoteFields = z
  .object({ speaker: nullableText, role: nullableText, confidence: z.enum(confidences) })
  .partial()
  .strict();

export const eventFields = z
  .object({
    date: datePattern,
    endDate: datePattern.nullable(),
    precision: z.enum(precisions),
    label: text,
    kind: z.enum(eventKinds),
    confidence: z.enum(confidences),
  })
  .partial()
  .strict();

export const personFields = z.object({ name: text, role: nullableText }).partial().strict();

/**
 * One edit: `match` (text of an extracted item, as written, anywhere in it) or `add` (text of the article
 * that extraction missed), `sentence` (words of the item's sentence, when the same text occurs twice), and
 * what to do: `drop`, `set`, `keep` (an editor vouches for it: it shows in charts whatever its confidence).
 */
function itemEdit<T extends z.ZodType>(fields: T) {
  return z
    .object({
      match: text.optional(),
      add: text.optional(),
      sentence: text.optional(),
      drop: z.boolean().optional(),
      keep: z.boolean().optional(),
      set: fields.optional(),
    })
    .strict()
    .superRefine((edit, ctx) => {
      if ((edit.match === undefined) === (edit.add === undefined))
        ctx.addIssue({ code: 'custom', message: 'each edit needs exactly one of "match:" (an extracted item) or "add:" (text to add)' });
      else if (edit.add !== undefined && edit.drop)
        ctx.addIssue({ code: 'custom', path: ['drop'], message: '"drop:" removes an extracted item: use it with "match:", not "add:"' });
      else if (edit.drop && (edit.set || edit.keep))
        ctx.addIssue({ code: 'custom', path: ['drop'], message: 'a dropped item cannot also be set or kept' });
      else if (edit.match !== undefined && !edit.drop && !edit.keep && !edit.set)
        ctx.addIssue({ code: 'custom', message: 'say what to do with the item: "drop: true", "keep: true" or "set: { … }"' });
    });
}

export const figureEdit = itemEdit(figureFields);
export const quoteEdit = itemEdit(quoteFields);
export const eventEdit = itemEdit(eventFields);
export const personEdit = itemEdit(personFields);

/** A chart item named in `hide:` or `show:`: its text, or its text with words of its sentence. */
export const chartItem = z.union([text, z.object({ match: text, sentence: text.optional() }).strict()]);

/** An editor's settings for one chart: its heading, its summary (alt text), items left out or shown. */
export const chartEdit = z
  .object({
    title: text.optional(), // replaces the generated takeaway heading
    summary: text.optional(), // the editor's own text summary of the chart
    hide: z.array(chartItem).optional(), // items the chart leaves out, by their text
    show: z.array(chartItem).optional(), // low-confidence items it shows anyway, by their text
  })
  .strict();

/** A timeline's settings: a chart's, and `report: false` to leave the report's own day off it. */
export const timelineEdit = chartEdit.extend({ report: z.boolean().optional() }).strict();

export const editsFile = z
  .object({
    figures: z.array(figureEdit).optional(),
    quotes: z.array(quoteEdit).optional(),
    events: z.array(eventEdit).optional(),
    people: z.array(personEdit).optional(),
    charts: z.object({ casualties: chartEdit.optional(), timeline: timelineEdit.optional() }).strict().optional(),
  })
  .strict();

export type FigureEdit = z.infer<typeof figureEdit>;
export type QuoteEdit = z.infer<typeof quoteEdit>;
export type EventEdit = z.infer<typeof eventEdit>;
export type PersonEdit = z.infer<typeof personEdit>;
export type ChartItem = z.infer<typeof chartItem>;
export type ChartEdit = z.infer<typeof chartEdit>;
export type TimelineEdit = z.infer<typeof timelineEdit>;
export type EditsFile = z.infer<typeof editsFile>;
export type ItemSection = 'figures' | 'quotes' | 'events' | 'people';

/**
 * Text as an edit compares it: case, curly or straight quotes, dashes and runs of white space do not
 * matter, so "Oct. 7", "oct. 7" and "Oct.\u00A07" find the same item. The same fold keeps its length per
 * character except for white space runs, so callers that need offsets fold one character at a time.
 */
export function foldChar(ch: string): string {
  if (/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/u.test(ch)) return ' ';
  if (/[‘’‚‛′ʼ`´]/u.test(ch)) return "'";
  if (/[“”„‟″«»]/u.test(ch)) return '"';
  if (/[‐‑‒–—―−]/u.test(ch)) return '-';
  return ch.toLowerCase();
}

export function matchKey(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFC')) {
    const folded = foldChar(ch);
    if (folded === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += folded;
  }
  return out.trimEnd();
}

/** The words of `value`, folded: what `sentence:` is compared by (every word must be in the sentence). */
export function matchWords(value: string): string[] {
  return matchKey(value)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
}

/** Whether `sentence` has every one of `words` (matchWords), in any order. */
export function sentenceHas(sentence: string, words: readonly string[]): boolean {
  const have = new Set(matchWords(sentence));
  return words.every((word) => have.has(word));
}

/** The items of a document an edit can name, by section. */
export interface EditableItems {
  figures: readonly Figure[];
  quotes: readonly Quote[];
  events: readonly DatedEvent[];
  people: readonly Entity[];
}

/** The sentence at `position`, as written. */
export function sentenceAt(doc: Pick<ExtractedDocument, 'paragraphs'>, position: Position): string {
  const paragraph = doc.paragraphs[position.paragraph];
  const sentence = paragraph?.sentences[position.sentence];
  return sentence ? paragraph.text.slice(sentence.start, sentence.end) : (paragraph?.text ?? '');
}

/** An item an edit can name. */
export type EditableItem = EditableItems[ItemSection][number];

/**
 * The indexes of the items of `list` an edit names: those whose text has `match` (a person's name or one
 * of their aliases) and, with `sentence`, whose sentence has its words.
 */
export function findItems(
  doc: Pick<ExtractedDocument, 'paragraphs'>,
  list: readonly EditableItem[],
  match: string,
  sentence?: string,
): number[] {
  const key = matchKey(match);
  const words = sentence ? matchWords(sentence) : [];
  const found: number[] = [];
  list.forEach((item, i) => {
    const texts = 'text' in item ? [item.text] : [item.name, ...item.aliases];
    if (!texts.some((t) => matchKey(t).includes(key))) return;
    const positions = 'position' in item ? [item.position] : item.mentions;
    if (words.length && !positions.some((p) => sentenceHas(sentenceAt(doc, p), words))) return;
    found.push(i);
  });
  return found;
}
