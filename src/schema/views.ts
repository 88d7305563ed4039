// The cross-document views: what the site-wide pages show, computed from every document by the pure
// functions of src/cross (src/cross/site-views.ts) and handed to Astro as content collections beside
// the documents. Types come from z.infer, as for the documents themselves.
//
// They exist so that Astro never needs every document at once: a page about one person, one series or
// the whole site reads its own view, and a build gives Astro only the documents whose pages it renders.
import { z } from 'astro/zod';
import { event, figure, isoDay, measures, extractedDocument } from './document.ts';

/** One event on a timeline: an extracted event, optionally linked to its explainer and its source. */
export const timelineItem = event.extend({
  href: z.string().optional(), // where the event is explained (the home page links each to its document)
  source: z.string().optional(), // the document or outlet it comes from
});

export const speakerKinds = ['person', 'organization'] as const;

export const personQuote = z.object({
  docSlug: z.string(),
  docTitle: z.string(),
  published: isoDay.nullable(),
  quoteId: z.string(),
  text: z.string(),
  fragment: z.boolean(), // words quoted in passing rather than a statement
  role: z.string().nullable(), // the role this document gives
  speakerAsWritten: z.string(),
  href: z.string(), // the quote on its explainer: /explainers/<slug>/#quote-N
});

export const personDocument = z.object({
  slug: z.string(),
  title: z.string(),
  published: isoDay.nullable(),
});

/** Someone quoted across the documents (src/cross/people.ts). */
export const person = z.object({
  key: z.string(), // normalised full name
  slug: z.string(), // URL segment under /people/
  name: z.string(), // the fullest form written
  kind: z.enum(speakerKinds).nullable(),
  role: z.string().nullable(), // the most recent role given
  roles: z.array(z.string()), // every distinct role, most recent first
  quotes: z.array(personQuote), // by publication date (newest first), then document order
  documents: z.array(personDocument), // newest first
});

export const seriesPoint = z.object({
  date: isoDay, // the document's publication day
  value: z.number(),
  figure, // as extracted (qualifier, text, attribution)
  docSlug: z.string(),
  docTitle: z.string(),
  outlet: z.string().nullable(),
  href: z.string(), // the figure's sentence on the explainer: /explainers/<slug>/#src-figure-N
});

/** One measure for one group of people, as successive documents reported it (src/cross/figure-series.ts). */
export const figureSeries = z.object({
  slug: z.string(), // "killed-palestinian": measure + normalised group, stable as documents accumulate
  measure: z.enum(measures),
  group: z.string(), // normalised: "palestinian", "people"
  groupLabel: z.string(), // as the reports write it: "Palestinians"; "people" when no one is named
  title: z.string(), // "Killed · Palestinians"
  points: z.array(seriesPoint), // the latest reports (SERIES_POINT_LIMIT, whole days), by date, then value, then document
  reports: z.number().int().nonnegative(), // every report of the series, charted or not
  documents: z.number().int().nonnegative(), // distinct documents among all reports
});

/** A document as the lists of explainers show it (home, archive, feed). */
export const explainerSummary = extractedDocument.pick({ slug: true, title: true, published: true, source: true, lang: true }).extend({
  headline: z.array(z.string()), // its headline facts in words ("nearly 40,000 Palestinians killed"), at most three (src/charts/casualty/facts.ts)
});

/** One row of the index of everyone quoted. */
export const personRow = person.pick({ slug: true, name: true, kind: true, role: true }).extend({
  quotes: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
});

/** One row of the index of figures over time. */
export const seriesRow = figureSeries.pick({ slug: true, title: true, reports: true, documents: true }).extend({
  latest: seriesPoint, // the latest report charted
  heading: z.string(), // what changed, in words
});

/** Everything the site-wide pages show, in one entry. */
export const siteIndex = z.object({
  documents: z.array(explainerSummary), // every document, newest first
  people: z.array(personRow), // most quoted first
  series: z.array(seriesRow), // most reports first
  undatedFigures: z.number().int().nonnegative(), // people-counting figures of undated documents (not plotted)
  example: z.string().nullable(), // the slug of the document /about/ charts as its example (src/cross/site-views.ts); null with no documents
  timeline: z.object({
    items: z.array(timelineItem), // the latest events across the documents, merged (src/cross/site-timeline.ts)
    complete: z.boolean(), // whether they are every dated event
  }),
});

export type TimelineItem = z.infer<typeof timelineItem>;
export type SpeakerKind = (typeof speakerKinds)[number] | null;
export type PersonQuote = z.infer<typeof personQuote>;
export type PersonDocument = z.infer<typeof personDocument>;
export type Person = z.infer<typeof person>;
export type SeriesPoint = z.infer<typeof seriesPoint>;
export type FigureSeries = z.infer<typeof figureSeries>;
export type ExplainerSummary = z.infer<typeof explainerSummary>;
export type PersonRow = z.infer<typeof personRow>;
export type SeriesRow = z.infer<typeof seriesRow>;
export type SiteIndex = z.infer<typeof siteIndex>;
