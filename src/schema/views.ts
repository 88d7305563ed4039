// The cross-document views: what the site-wide pages show, computed from every document by the pure
// functions of src/cross (src/cross/site-views.ts) and handed to Astro as content collections beside
// the documents. Types come from z.infer, as for the documents themselves.
//
// They exist so that Astro never needs every document at once: a page about one person, one story or
// the whole site reads its own view, and a build gives Astro only the documents whose pages it renders.
import { z } from 'astro/zod';
import { event, isoDay, measures, qualifiers, extractedDocument } from './document.ts';

/** One event on a timeline: an extracted event, optionally linked to its explainer and its source. */
export const timelineItem = event.extend({
  href: z.string().optional(), // where the event is explained (the home page links each to its document)
  source: z.string().optional(), // where it comes from: the reports' titles or outlets, or its story ("Story: …")
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

/**
 * One report on a story's figures over time: one document's fact (src/extract/facts) at the document's
 * publication day, as the document gives it: its headline value with its hedge, and the range and
 * sources when the document's own reports disagree.
 */
export const seriesPoint = z.object({
  date: isoDay, // the document's publication day
  value: z.number(), // the fact's headline value
  qualifier: z.enum(qualifiers), // kept as written: "nearly 40,000" is never drawn as "40,000"
  range: z.object({ low: z.number(), high: z.number() }).nullable(), // the document's own reports, when they disagree
  replaces: z.number().nullable(), // the figure the document says this one replaces ("revised down to 12 from 14"): its superseded report
  sources: z.array(z.string()), // who gave the reports, in the document's order
  factId: z.string(), // the fact's id in its document
  docSlug: z.string(),
  docTitle: z.string(),
  outlet: z.string().nullable(),
  href: z.string(), // the sentence that gives the headline value, on the explainer: /explainers/<slug>/#src-figure-N
});

/**
 * One quantity of one story over time: a measure, whom it counts and where (src/cross/story-series.ts).
 * Never across stories: two events that both count the dead are two series.
 */
export const storySeries = z.object({
  slug: z.string(), // unique within the story: "killed-people", "missing-camper-kerr-county"
  measure: z.enum(measures),
  group: z.string(), // whom it counts, normalised: "palestinian", "people"
  groupLabel: z.string(), // as the reports write it: "Palestinians"; "people" when no one is named
  place: z.string().nullable(), // where, as the reports write it; null when they name no place
  title: z.string(), // "Killed · Palestinians", "Missing · campers · Kerr County"
  points: z.array(seriesPoint), // the latest reports (SERIES_POINT_LIMIT, whole days), by date, then value, then document
  reports: z.number().int().nonnegative(), // every report of the series, charted or not
  documents: z.number().int().nonnegative(), // distinct documents among all reports
});

/** A report of a story, as its page lists it. */
export const storyReport = z.object({
  slug: z.string(),
  title: z.string(),
  published: isoDay.nullable(),
  source: z.string().nullable(),
  headline: z.array(z.string()), // its headline facts in words, as the lists of explainers show them
});

/** The latest events across documents, merged, and whether they are all of them (src/cross/site-timeline.ts). */
export const timelineView = z.object({
  items: z.array(timelineItem),
  complete: z.boolean(),
});

/**
 * Documents about the same event (src/cross/stories.ts): a page of its own once it has two reports or an
 * editor named it (front matter `story:`).
 */
export const story = z.object({
  slug: z.string(), // URL segment under /stories/: the rule that keeps it from moving is in src/cross/story-slug.ts
  title: z.string(), // the editor's name for it, or its latest report's title
  named: z.boolean(), // an editor named it (`story:`)
  first: isoDay.nullable(), // its earliest report's publication day
  latest: isoDay.nullable(), // its latest report's
  documents: z.array(storyReport), // its reports, oldest first (undated last)
  timeline: timelineView, // its reports' events merged; mentions never charted
  series: z.array(storySeries), // its figures over time: quantities reported on at least two days
});

/** A story as the home page shows it: headline facts and a compact timeline. */
export const storyCard = z.object({
  slug: z.string().nullable(), // its page under /stories/; null for a single report, which has none
  href: z.string(), // its page, or its one report's explainer
  title: z.string(),
  first: isoDay.nullable(),
  latest: isoDay.nullable(),
  documents: z.number().int().positive(),
  outlets: z.array(z.string()), // the outlets of its reports, latest first, without repeats
  headline: z.array(z.string()), // its latest report's headline facts
  events: z.array(timelineItem), // its latest events that happened (at most STORY_CARD_EVENTS), oldest first
});

/** A document as the lists of explainers show it (home, archive, feed). */
export const explainerSummary = extractedDocument.pick({ slug: true, title: true, published: true, source: true, lang: true }).extend({
  headline: z.array(z.string()), // its headline facts in words ("nearly 40,000 Palestinians killed"), at most three (src/charts/casualty/facts.ts)
  story: z.string().nullable(), // the slug of its story's page, when its story has one
});

/** One row of the index of everyone quoted. */
export const personRow = person.pick({ slug: true, name: true, kind: true, role: true }).extend({
  quotes: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
});

/** One row of the index of figures over time: a story's series, with its latest report. */
export const seriesRow = storySeries.pick({ slug: true, title: true, reports: true, documents: true }).extend({
  story: z.string(), // the story's slug
  storyTitle: z.string(),
  latest: seriesPoint, // the latest report charted
  heading: z.string(), // what changed, in words
});

/** Everything the site-wide pages show, in one entry. */
export const siteIndex = z.object({
  documents: z.array(explainerSummary), // every document, newest first
  people: z.array(personRow), // most quoted first
  stories: z.array(storyCard), // the latest stories (STORIES_ON_HOME), newest first
  storyCount: z.number().int().nonnegative(), // every story, with a page or not
  series: z.array(seriesRow), // every story's figures over time: stories newest first, then as the story lists them
  undatedFigures: z.number().int().nonnegative(), // people-counting facts of undated documents (not plotted)
  example: z.string().nullable(), // the slug of the document /about/ charts as its example (src/cross/site-views.ts); null with no documents
  timeline: timelineView, // the latest events that happened across the stories, each named by its story (src/cross/site-timeline.ts)
});

export type TimelineItem = z.infer<typeof timelineItem>;
export type SpeakerKind = (typeof speakerKinds)[number] | null;
export type PersonQuote = z.infer<typeof personQuote>;
export type PersonDocument = z.infer<typeof personDocument>;
export type Person = z.infer<typeof person>;
export type SeriesPoint = z.infer<typeof seriesPoint>;
export type StorySeries = z.infer<typeof storySeries>;
export type StoryReport = z.infer<typeof storyReport>;
export type TimelineView = z.infer<typeof timelineView>;
export type Story = z.infer<typeof story>;
export type StoryCard = z.infer<typeof storyCard>;
export type ExplainerSummary = z.infer<typeof explainerSummary>;
export type PersonRow = z.infer<typeof personRow>;
export type SeriesRow = z.infer<typeof seriesRow>;
export type SiteIndex = z.infer<typeof siteIndex>;
