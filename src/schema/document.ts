// The one definition of an ingested document. Astro's content collection (src/content.config.ts),
// the ingest script and the published JSON Schema all use these schemas; types come from z.infer.
import { z } from 'astro/zod';
import { safeHttpUrl } from './safe-url.ts';

/** A calendar day, YYYY-MM-DD, that exists (no 2024-02-30). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

/** Where an extracted item sits: character offsets inside one paragraph's text. */
export const position = z.object({
  paragraph: z.number().int().nonnegative(), // index into `paragraphs`
  sentence: z.number().int().nonnegative(), // index into that paragraph's `sentences`
  start: z.number().int().nonnegative(), // first character, inclusive, in the paragraph's text
  end: z.number().int().nonnegative(), // last character, exclusive
});

export const sentence = z.object({
  start: z.number().int().nonnegative(), // offsets in the paragraph's text
  end: z.number().int().nonnegative(),
});

/** A link a Markdown seed makes: absolute http(s) only, as normalised at ingest (safe-url.ts). */
const seedLink = z.string().refine((url) => safeHttpUrl(url) === url, 'only safe http(s) links, as normalised at ingest, are published');

/** Inline formatting over [start, end) of a paragraph's text: the offsets the extracted items use. */
export const inlineMark = z.object({
  type: z.enum(['em', 'strong', 'code', 'link']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  href: seedLink.optional(), // links only
});

/** A block a Markdown paragraph sits in: `id` tells two adjacent lists (or items) apart. */
export const blockContainer = z.object({
  kind: z.enum(['quote', 'list', 'item']), // a block quote, a list, one list item
  id: z.number().int().nonnegative(), // unique within the document
  ordered: z.boolean().optional(), // lists: numbered
  start: z.number().int().optional(), // numbered lists: the first number, when not 1
});

/** How a Markdown seed formats one paragraph; plain text has none. The text itself stays plain. */
export const paragraphFormat = z.object({
  heading: z.number().int().min(1).max(6).nullable(), // the seed's heading level (1 for "#"); null for body text
  containers: z.array(blockContainer), // the quotes, lists and list items around it, outermost first
  inline: z.array(inlineMark), // emphasis, strong, code and links, in order of start
});

export const paragraph = z.object({
  text: z.string(), // the paragraph as written (Unicode NFC, invisible characters removed)
  sentences: z.array(sentence),
  format: paragraphFormat.optional(), // Markdown formatting, drawn on the page around the same text
});

export const measures = ['killed', 'injured', 'missing', 'displaced', 'detained', 'hostages', 'evacuated', 'affected', 'other'] as const;
export const qualifiers = ['exact', 'about', 'nearly', 'more than', 'over', 'at least', 'up to', 'fewer than'] as const;

/** How sure the extraction is of an item, from the rule that made it and the signals it had. */
export const confidences = ['high', 'medium', 'low'] as const;

/**
 * What every extracted item carries besides its content: the rule that produced it, so a wrong result
 * can be traced, how sure that rule was, and whether an editor corrected it (seeds/<name>.edits.yaml).
 */
const provenance = {
  rule: z.string(), // the named rule that produced the item: "figures.casualty-verb", "quotes.said-after"
  confidence: z.enum(confidences), // low-confidence items stay out of charts until an editor keeps them
  edited: z.boolean(), // an editor's correction or addition, shown to readers as such
};

/**
 * Whether a figure is the text's current count, one it says was superseded, a projection, or the count of an
 * earlier event the story recalls ("killing an estimated 500 to 800 people in 1981": background).
 */
export const figureStatuses = ['current', 'superseded', 'projected', 'background'] as const;

export const figure = z.object({
  id: z.string(), // stable within the document: "figure-1", …; used for anchors
  value: z.number(), // 40000 for "40,000", 1000000 for "1 million"
  qualifier: z.enum(qualifiers), // how the text hedges the number
  measure: z.enum(measures), // what the number counts
  subject: z.string().nullable(), // whom it counts: "Palestinians", "children"
  unit: z.string(), // people, months, percent, USD, trucks, …
  text: z.string(), // the phrase as written: "nearly 40,000 Palestinians have been killed"
  attribution: z.string().nullable(), // who reported it, when the text says so
  place: z.string().nullable(), // where the counted people or things are, when its clause or paragraph names a place
  partOf: z.string().nullable(), // the id of the figure this one is a part of: "28 children" of "84 in Kerr County"
  status: z.enum(figureStatuses), // "initially 25" is superseded; "could reach 1,000" is projected; a 1981 toll is background
  position,
  ...provenance,
});

export const quote = z.object({
  id: z.string(), // "quote-1", …
  text: z.string(), // the words inside the marks; a quote split around "he said" is joined with one space
  speaker: z.string().nullable(), // resolved full name or body; null when nobody is named
  role: z.string().nullable(), // the speaker's role as the text gives it: "spokesman"
  fragment: z.boolean(), // a partial quote of under four words inside a sentence
  position, // from the opening mark of the first part to the closing mark of the last part
  ...provenance,
});

export const entity = z.object({
  id: z.string(), // "person-1", "organization-2", "place-3"
  name: z.string(), // the fullest form in the text: "Antony Blinken"
  role: z.string().nullable(), // "U.S. Secretary of State"; null for places and when none is given
  aliases: z.array(z.string()), // other forms that refer to it: "Blinken", "the Secretary"
  mentions: z.array(position), // every place it is named
  edited: z.boolean(), // name or role corrected by an editor
});

export const entities = z.object({
  people: z.array(entity),
  organizations: z.array(entity),
  places: z.array(entity),
});

export const precisions = ['day', 'week', 'month', 'year'] as const;

/**
 * What a dated mention is: something that happened on that date, something expected on it (scheduled,
 * announced), or a date named without an event of its own (a comparison, a dateline, a running total's
 * start, a forecast's year). Timelines chart the first two, never a mention.
 */
export const eventKinds = ['happened', 'expected', 'mention'] as const;

export const event = z.object({
  id: z.string(), // "event-1", …
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(), // YYYY-MM-DD, YYYY-MM or YYYY; null when relative and the document has no publication date
  precision: z.enum(precisions), // a "week" date is that week's Monday
  endDate: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(), // the end of a span ("from May 6 to May 9"); null for a point in time
  text: z.string(), // the date expression as written: "on Friday", "Oct. 7"
  label: z.string(), // who did what on that date, from the clause that holds the date; at most about 60 characters
  kind: z.enum(eventKinds),
  position,
  ...provenance,
});

/** One report of a fact: a figure of the document, as it gives the number. */
export const factReport = z.object({
  figure: z.string(), // the figure's id
  value: z.number(),
  qualifier: z.enum(qualifiers),
  attribution: z.string().nullable(),
  status: z.enum(figureStatuses),
});

/**
 * A quantity the document reports, reconciled from every figure that reports it (same measure, subject,
 * place and incident): its headline value, by a documented rule, with every report and its source.
 */
export const fact = z.object({
  id: z.string(), // "fact-1", …
  measure: z.enum(measures),
  subject: z.string().nullable(),
  place: z.string().nullable(),
  unit: z.string(),
  value: z.number(), // the headline value (src/extract/facts: the rule is in `headline`)
  qualifier: z.enum(qualifiers),
  range: z.object({ low: z.number(), high: z.number() }).nullable(), // when current reports disagree: lowest and highest
  headline: z.string(), // which rule chose the value: "single", "latest", "largest at least", "range", …
  sources: z.array(z.string()), // who gave the reports, in order, without repeats
  reports: z.array(factReport), // every figure behind it, in document order
  partOf: z.string().nullable(), // the id of the fact this is a part of (84 in Kerr County of 104)
  confidence: z.enum(confidences), // the highest of its current reports'
  edited: z.boolean(), // any report edited, or the fact's chart settings
});

/** An editor's settings for one chart of a document (edits file, `charts:`). */
export const chartSettings = z.object({
  title: z.string().nullable(), // replaces the generated takeaway heading
  summary: z.string().nullable(), // the editor's own text summary (alt text)
  hide: z.array(z.string()), // fact or item ids the chart leaves out
  show: z.array(z.string()), // ids it shows even though their confidence is low
});

/** A timeline's settings: a chart's, and whether it shows the report itself on its publication day. */
export const timelineSettings = chartSettings.extend({
  report: z.boolean(), // false: the report's own day is left off (src/charts/timeline/items.ts, documentTimeline)
});

export const extractedDocument = z.object({
  file: z.string(), // the seed's path relative to the seeds folder
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), // unique; from the title
  title: z.string().min(1),
  published: isoDay.nullable(), // publication day; relative dates resolve against it
  source: z.string().nullable(), // the outlet
  url: z
    .string()
    .regex(/^https?:\/\//i, 'only http(s) links are published')
    .refine((url) => safeHttpUrl(url) === url, 'only safe http(s) links, as normalised at ingest, are published')
    .nullable(), // link to the original; anything else is dropped at ingest, and refused here, so a page may link it as it is
  lang: z.string(), // BCP 47 language tag, "en" by default
  story: z.string().nullable(), // the editor's name for the story this report belongs to (front matter `story:`); null: grouped by the build
  paragraphs: z.array(paragraph),
  figures: z.array(figure),
  facts: z.array(fact), // the figures reconciled into distinct quantities (src/extract/facts)
  quotes: z.array(quote),
  entities,
  events: z.array(event),
  charts: z.object({ casualties: chartSettings.nullable(), timeline: timelineSettings.nullable() }), // editors' chart settings
  warnings: z.array(z.string()), // one line each, for editors
});

export type Position = z.infer<typeof position>;
export type Paragraph = z.infer<typeof paragraph>;
export type ParagraphFormat = z.infer<typeof paragraphFormat>;
export type InlineMark = z.infer<typeof inlineMark>;
export type BlockContainer = z.infer<typeof blockContainer>;
export type Figure = z.infer<typeof figure>;
export type Measure = Figure['measure'];
export type Qualifier = Figure['qualifier'];
export type Quote = z.infer<typeof quote>;
export type Entity = z.infer<typeof entity>;
export type Entities = z.infer<typeof entities>;
export type DatedEvent = z.infer<typeof event>;
export type EventKind = DatedEvent['kind'];
export type Confidence = (typeof confidences)[number];
export type FigureStatus = (typeof figureStatuses)[number];
export type FactReport = z.infer<typeof factReport>;
export type Fact = z.infer<typeof fact>;
export type ChartSettings = z.infer<typeof chartSettings>;
export type ExtractedDocument = z.infer<typeof extractedDocument>;

/** What every extractor receives: the parsed seed, before anything is extracted from it. */
export type ParsedSeed = Pick<ExtractedDocument, 'file' | 'title' | 'published' | 'source' | 'url' | 'lang' | 'story' | 'paragraphs'> & {
  slug: string | null; // the editor's slug from front matter (`slug:`); null: from the title
};
