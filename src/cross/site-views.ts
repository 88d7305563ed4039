// Every cross-document view of the site, from every document at once. Pure: documents in, views out.
//
// The build computes them before Astro runs (src/build/render-plan.ts) and the dev server after each
// ingest (src/integrations/seed-watch.ts), and both hand them to Astro as content collections
// (src/content.config.ts): the site-wide pages then read one small entry instead of every document,
// and a build can give Astro only the documents whose pages changed.
import type { ExtractedDocument } from '../schema/document.ts';
import type { Person, SiteIndex } from '../schema/views.ts';
import { newestFirst } from './document-order.ts';
import { siteTimeline } from './site-timeline.ts';
import { seriesHeading } from '../charts/series/describe.ts';
import { peopleIndex } from './people.ts';
import { chartedFacts } from '../charts/casualty/facts.ts';
import { chartedEvents, isCharted } from '../charts/timeline/items.ts';
import { HOME_LATEST } from '../lib/site.ts';
import { documentHeadline } from './headline.ts';
import { chartedFact } from './story-series.ts';
import { pagedStories, storyCard, storyEntries, type PagedStory } from './story-views.ts';

export interface SiteViews {
  index: SiteIndex; // the home page, archive, feed, the people and figures indexes, the site timeline
  people: Person[]; // one page each, most quoted first
  stories: PagedStory[]; // one page each (and an embed per series), newest first; story-views.ts storyView makes its page's view
}

export function siteViews(documents: readonly ExtractedDocument[]): SiteViews {
  const ordered = newestFirst(documents);
  const people = peopleIndex(ordered);
  const entries = storyEntries(ordered);
  const stories = pagedStories(entries);
  const storyOf = new Map<string, string>();
  for (const entry of entries) if (entry.slug) for (const doc of entry.documents) storyOf.set(doc.slug, entry.slug);
  let undated = 0;
  for (const doc of ordered) if (!doc.published) undated += doc.facts.filter((fact) => chartedFact(fact, doc)).length;
  return {
    people,
    stories,
    index: {
      documents: ordered.map((doc) => ({
        slug: doc.slug,
        title: doc.title,
        published: doc.published,
        source: doc.source,
        lang: doc.lang,
        headline: documentHeadline(doc),
        story: storyOf.get(doc.slug) ?? null,
      })),
      people: people.map((p) => ({
        slug: p.slug,
        name: p.name,
        kind: p.kind,
        role: p.role,
        quotes: p.quotes.length,
        documents: p.documents.length,
      })),
      stories: entries.slice(0, HOME_LATEST).map(storyCard),
      storyCount: entries.length,
      series: stories.flatMap((story) =>
        story.series.map((s) => ({
          slug: s.slug,
          title: s.title,
          reports: s.reports,
          documents: s.documents,
          story: story.slug,
          storyTitle: story.title,
          latest: s.points.at(-1)!,
          heading: seriesHeading(s),
        })),
      ),
      undatedFigures: undated,
      example: exampleDocument(ordered),
      timeline: siteTimeline(entries),
    },
  };
}

/**
 * The document the method page charts as its example, whatever documents a newsroom has: the newest
 * whose casualty chart and timeline both draw something, else the newest with either, else the newest.
 */
export function exampleDocument(newestFirst: readonly ExtractedDocument[]): string | null {
  const charts = new Map(
    newestFirst.map((doc) => [doc, Number(chartedFacts(doc).length > 0) + Number(chartedEvents(doc).some(isCharted))]),
  );
  const best = newestFirst.find((doc) => charts.get(doc) === 2) ?? newestFirst.find((doc) => charts.get(doc)! > 0) ?? newestFirst[0];
  return best?.slug ?? null;
}
