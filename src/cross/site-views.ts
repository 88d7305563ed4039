// Every cross-document view of the site, from every document at once. Pure: documents in, views out.
//
// The build computes them before Astro runs (src/build/render-set.ts) and the dev server after each
// ingest (src/integrations/seed-watch.ts), and both hand them to Astro as content collections
// (src/content.config.ts): the site-wide pages then read one small entry instead of every document,
// and a build can give Astro only the documents whose pages changed.
import type { SeedDocument } from '../schema/document.ts';
import type { FigureSeries, Person, SiteIndex } from '../schema/views.ts';
import { newestFirst } from '../lib/document-order.ts';
import { figureSentence, peopleFigures } from '../lib/figure-text.ts';
import { siteTimeline } from '../lib/site-timeline.ts';
import { figureSeries } from './figure-series.ts';
import { seriesHeading } from './figures-describe.ts';
import { peopleIndex } from './people.ts';

/** How many of an explainer's figures the lists of explainers show (home page, feed). */
export const HEADLINE_FIGURES = 3;

export interface SiteViews {
  index: SiteIndex; // the home page, archive, feed, the people and figures indexes, the site timeline
  people: Person[]; // one page each, most quoted first
  series: FigureSeries[]; // one page and one embed each, most reports first
}

export function siteViews(documents: readonly SeedDocument[]): SiteViews {
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
        headline: peopleFigures(doc.figures).slice(0, HEADLINE_FIGURES).map(figureSentence),
      })),
      people: people.map((p) => ({ slug: p.slug, name: p.name, kind: p.kind, role: p.role, quotes: p.quotes.length, documents: p.documents.length })),
      series: series.map((s) => ({ slug: s.slug, title: s.title, reports: s.reports, documents: s.documents, latest: s.points.at(-1)!, heading: seriesHeading(s) })),
      undatedFigures: undated,
      timeline: siteTimeline(ordered),
    },
  };
}
