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

export const paragraph = z.object({
  text: z.string(), // the paragraph as written (Unicode NFC, invisible characters removed)
  sentences: z.array(sentence),
});

export const measures = ['killed', 'injured', 'missing', 'displaced', 'detained', 'hostages', 'evacuated', 'affected', 'other'] as const;
export const qualifiers = ['exact', 'about', 'nearly', 'more than', 'over', 'at least', 'up to', 'fewer than'] as const;

export const figure = z.object({
  id: z.string(), // stable within the document: "figure-1", …; used for anchors
  value: z.number(), // 40000 for "40,000", 1000000 for "1 million"
  qualifier: z.enum(qualifiers), // how the text hedges the number
  measure: z.enum(measures), // what the number counts
  subject: z.string().nullable(), // whom it counts: "Palestinians", "children"
  unit: z.string(), // people, months, percent, USD, trucks, …
  text: z.string(), // the phrase as written: "nearly 40,000 Palestinians have been killed"
  attribution: z.string().nullable(), // who reported it, when the text says so
  position,
});

export const quote = z.object({
  id: z.string(), // "quote-1", …
  text: z.string(), // the words inside the marks; a quote split around "he said" is joined with one space
  speaker: z.string().nullable(), // resolved full name or body; null when nobody is named
  role: z.string().nullable(), // the speaker's role as the text gives it: "spokesman"
  fragment: z.boolean(), // a partial quote of under four words inside a sentence
  position, // from the opening mark of the first part to the closing mark of the last part
});

export const entity = z.object({
  id: z.string(), // "person-1", "organization-2", "place-3"
  name: z.string(), // the fullest form in the text: "Antony Blinken"
  role: z.string().nullable(), // "U.S. Secretary of State"; null for places and when none is given
  aliases: z.array(z.string()), // other forms that refer to it: "Blinken", "the Secretary"
  mentions: z.array(position), // every place it is named
});

export const entities = z.object({
  people: z.array(entity),
  organizations: z.array(entity),
  places: z.array(entity),
});

export const precisions = ['day', 'week', 'month', 'year'] as const;

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
  label: z.string(), // a short description made from its clause
  position,
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
  paragraphs: z.array(paragraph),
  figures: z.array(figure),
  quotes: z.array(quote),
  entities,
  events: z.array(event),
  warnings: z.array(z.string()), // one line each, for editors
});

export type Position = z.infer<typeof position>;
export type Paragraph = z.infer<typeof paragraph>;
export type Figure = z.infer<typeof figure>;
export type Measure = Figure['measure'];
export type Qualifier = Figure['qualifier'];
export type Quote = z.infer<typeof quote>;
export type Entity = z.infer<typeof entity>;
export type Entities = z.infer<typeof entities>;
export type DatedEvent = z.infer<typeof event>;
export type ExtractedDocument = z.infer<typeof extractedDocument>;

/** What every extractor receives: the parsed seed, before anything is extracted from it. */
export type ParsedSeed = Pick<ExtractedDocument, 'file' | 'title' | 'published' | 'source' | 'url' | 'lang' | 'paragraphs'>;
