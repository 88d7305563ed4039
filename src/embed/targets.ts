// Which charts can be embedded, and what each embed says about itself. Pure: documents in, targets out.
// A chart is embeddable exactly when its component draws something (people-counting figures for the
// casualty bars, at least one dated event for the timeline), so there is never an empty embed.
import type { Figure, SeedDocument } from '../schema/document.ts';
import type { TimelineItem } from '../charts/timeline/items.ts';
import { chartedFigures } from '../charts/casualty/figures.ts';
import { casualtyHeading, describeCasualties } from '../charts/casualty/describe.ts';
import { datedItems } from '../charts/timeline/items.ts';
import { describeTimeline, timelineHeading } from '../charts/timeline/describe.ts';
import { siteTimeline, siteTimelineTitle } from '../lib/site-timeline.ts';
import { explainerPath } from '../lib/paths.ts';
import { SITE_NAME } from '../site.ts';
import { SITE_EMBED_SLUG, type ChartKind } from './paths.ts';

export interface EmbedTarget {
  slug: string; // the document's slug, or SITE_EMBED_SLUG
  chart: ChartKind;
  heading: string; // the chart's takeaway heading: the embed's title
  summary: string; // the chart in words
  context: string; // what the chart comes from: the document's title, or the site's timeline
  outlet: string | null; // the outlet of the report, when known
  lang: string;
  explainerPath: string; // where the full explainer is: the document's page, or the home page
  credit: string; // "Source: River Valley Herald, via News Explainers"
  doc: SeedDocument | null; // null for the site-wide timeline
  figures: Figure[]; // the charted figures (casualties)
  items: TimelineItem[]; // the events (timeline)
}

export function creditLine(outlet: string | null): string {
  return `Source: ${outlet ?? 'news report'}, via ${SITE_NAME}`;
}

/** The embeddable charts of one document: casualties first, as on the explainer page. */
export function documentEmbeds(doc: SeedDocument): EmbedTarget[] {
  const base = {
    slug: doc.slug,
    context: doc.title,
    outlet: doc.source,
    lang: doc.lang,
    explainerPath: explainerPath(doc.slug),
    credit: creditLine(doc.source),
    doc,
  };
  const out: EmbedTarget[] = [];
  const figures = chartedFigures(doc.figures);
  if (figures.length > 0) {
    out.push({ ...base, chart: 'casualties', heading: casualtyHeading(doc.figures), summary: describeCasualties(doc.figures), figures, items: [] });
  }
  if (datedItems(doc.events).length > 0) {
    out.push({ ...base, chart: 'timeline', heading: timelineHeading(doc.events), summary: describeTimeline(doc.events), figures: [], items: doc.events });
  }
  return out;
}

/** The home page's timeline of every document's events; null when nothing is dated. */
export function siteTimelineEmbed(documents: readonly SeedDocument[]): EmbedTarget | null {
  const timeline = siteTimeline(documents);
  const { items } = timeline;
  if (datedItems(items).length === 0) return null;
  return {
    slug: SITE_EMBED_SLUG,
    chart: 'timeline',
    heading: siteTimelineTitle(timeline),
    summary: describeTimeline(items),
    context: `${SITE_NAME}: all explainers`,
    outlet: null,
    lang: 'en',
    explainerPath: '/',
    credit: `Sources: the news reports behind each explainer, via ${SITE_NAME}`,
    doc: null,
    figures: [],
    items,
  };
}

/** Every embed of the site. A document whose slug is the site timeline's would overwrite it: refuse. */
export function allEmbeds(documents: readonly SeedDocument[]): EmbedTarget[] {
  const clash = documents.find((doc) => doc.slug === SITE_EMBED_SLUG);
  if (clash) throw new Error(`The slug "${SITE_EMBED_SLUG}" is reserved for the site-wide timeline embed; rename "${clash.title}" (${clash.file}).`);
  const site = siteTimelineEmbed(documents);
  return [...documents.flatMap(documentEmbeds), ...(site ? [site] : [])];
}
