// Every cross-document view of the site, from every document at once. Pure: documents in, views out.
//
// The build computes them before Astro runs (src/build/render-plan.ts) and the dev server after each
// ingest (src/integrations/seed-watch.ts), and both hand them to Astro as content collections
// (src/content.config.ts): the site-wide pages then read one small entry instead of every document,
// and a build can give Astro only the documents whose pages changed.
import type { ExtractedDocument } from '../schema/document.ts';
import type { FigureSeries, Person, SiteIndex } from '../schema/views.ts';
import { newestFirst } from './document-order.ts';
import { siteTimeline } from './site-timeline.ts';
import { figureSeries } from './figure-series.ts';
import { seriesHeading } from '../charts/series/describe.ts';
import { peopleIndex } from './people.ts';
import { chartedFacts, headlineFacts } from '../charts/casualty/facts.ts';
import { factPhrase } from '../charts/measures.ts';
import { chartedEvents, isCharted } from '../charts/timeline/items.ts';

/** How many of an explainer's figures the lists of explainers show (home page, feed). */
export const HEADLINE_FIGURES = 3;

export interface SiteViews {
  index: SiteIndex; // the home page, archive, feed, the people and figures indexes, the site timeline
  people: Person[]; // one page each, most quoted first
  series: FigureSeries[]; // one page and one embed each, most reports first
}

export function siteViews(documents: readonly ExtractedDocument[]): SiteViews {
  const ordered = newestFirst(documents);
  const people = peopleIndex(ordered);
  const { series, undated } = figureSeries(ordered);
  return {
    people,
    series,
    index: {
      documents: ordered.map((doc) => ({
        slug: doc.slug,
        title: doc.title,
        published: doc.published,
        source: doc.source,
        lang: doc.lang,
        headline: headlineFacts(doc, HEADLINE_FIGURES).map(factPhrase),
      })),
      people: people.map((p) => ({
        slug: p.slug,
        name: p.name,
        kind: p.kind,
        role: p.role,
        quotes: p.quotes.length,
        documents: p.documents.length,
      })),
      series: series.map((s) => ({
        slug: s.slug,
        title: s.title,
        reports: s.reports,
        documents: s.documents,
        latest: s.points.at(-1)!,
        heading: seriesHeading(s),
      })),
      undatedFigures: undated,
      example: exampleDocument(ordered),
      timeline: siteTimeline(ordered),
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
