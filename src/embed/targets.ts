// Which charts can be embedded, and what each embed says about itself. Pure: documents in, targets out.
// A chart is embeddable exactly when its component draws something (charted facts for the casualty
// bars, at least one dated event for the timeline), so there is never an empty embed.
import type { ExtractedDocument } from '../schema/document.ts';
import type { TimelineItem } from '../charts/timeline/items.ts';
import { chartedFacts } from '../charts/casualty/facts.ts';
import { casualtyHeading, describeCasualty } from '../charts/casualty/describe.ts';
import { layoutCasualty } from '../charts/casualty/layout.ts';
import { datedItems, documentTimeline, isCharted } from '../charts/timeline/items.ts';
import { describeTimeline, timelineHeading } from '../charts/timeline/describe.ts';
import { siteTimelineTitle, type SiteTimeline } from '../cross/site-timeline.ts';
import { explainerPath, TIMELINE_PATH } from '../lib/paths.ts';
import { SITE_NAME } from '../lib/site.ts';
import { SITE_EMBED_SLUG, type ChartKind } from '../lib/paths.ts';

export interface EmbedTarget {
  slug: string; // the document's slug, or SITE_EMBED_SLUG
  chart: ChartKind;
  heading: string; // the chart's takeaway heading: the embed's title
  summary: string; // the chart in words
  context: string; // what the chart comes from: the document's title, or the site's timeline
  outlet: string | null; // the outlet of the report, when known
  lang: string;
  explainerPath: string; // where the full explainer is: the document's page, or the site-wide timeline's
  credit: string; // "Source: River Valley Herald, via News Explainers"
  doc: ExtractedDocument | null; // null for the site-wide timeline; the casualty chart draws its facts
  items: TimelineItem[]; // the events (timeline)
}

/** The credit of a chart drawn from every document (the site timeline, a figure series). */
export const SITE_WIDE_CREDIT = `Sources: the news reports behind each explainer, via ${SITE_NAME}`;

export function creditLine(outlet: string | null): string {
  return `Source: ${outlet ?? 'news report'}, via ${SITE_NAME}`;
}

/** Which of a document's charts draw something, the casualty chart first: the charts it has embeds for. */
export function embeddableCharts(doc: ExtractedDocument): ChartKind[] {
  const charts: ChartKind[] = [];
  // As the charts decide (chartedFacts, datedItems), without laying anything out.
  if (chartedFacts(doc).length > 0) charts.push('casualties');
  if (documentTimeline(doc).some(isCharted)) charts.push('timeline');
  return charts;
}

/** The embeddable charts of one document: the casualty chart first, as on the explainer page. */
export function documentEmbeds(doc: ExtractedDocument): EmbedTarget[] {
  const base = {
    slug: doc.slug,
    context: doc.title,
    outlet: doc.source,
    lang: doc.lang,
    explainerPath: explainerPath(doc.slug),
    credit: creditLine(doc.source),
    doc,
  };
  return embeddableCharts(doc).map((chart) =>
    chart === 'casualties'
      ? {
          ...base,
          chart,
          heading: casualtyHeading(doc),
          summary: describeCasualty(doc, layoutCasualty(doc)),
          items: [],
        }
      : timelineTarget(base, documentTimeline(doc), doc),
  );
}

function timelineTarget(
  base: Omit<EmbedTarget, 'chart' | 'heading' | 'summary' | 'items'>,
  items: TimelineItem[],
  doc: ExtractedDocument,
): EmbedTarget {
  const settings = doc.charts.timeline;
  return { ...base, chart: 'timeline', heading: timelineHeading(items, settings), summary: describeTimeline(items, settings), items };
}

/** The site-wide timeline of every story's events (src/cross/site-timeline.ts), on /timeline/; null when nothing is dated. */
export function siteTimelineEmbed(timeline: SiteTimeline): EmbedTarget | null {
  const { items } = timeline;
  if (datedItems(items).length === 0) return null;
  return {
    slug: SITE_EMBED_SLUG,
    chart: 'timeline',
    heading: siteTimelineTitle(timeline),
    summary: describeTimeline(items),
    context: `${SITE_NAME}: all stories`,
    outlet: null,
    lang: 'en',
    explainerPath: TIMELINE_PATH,
    credit: SITE_WIDE_CREDIT,
    doc: null,
    items,
  };
}

/** Throws when a document has the site timeline's slug: its embeds would overwrite the timeline's. */
export function refuseReservedSlug(documents: readonly ExtractedDocument[]): void {
  const clash = documents.find((doc) => doc.slug === SITE_EMBED_SLUG);
  if (clash)
    throw new Error(`The slug "${SITE_EMBED_SLUG}" is reserved for the site-wide timeline embed; rename "${clash.title}" (${clash.file}).`);
}

/**
 * The embeds of `documents` and the site-wide timeline. Ingest never gives a document the timeline's
 * slug (it is reserved); one that had it would overwrite the timeline: refused.
 */
export function allEmbeds(documents: readonly ExtractedDocument[], timeline: SiteTimeline): EmbedTarget[] {
  refuseReservedSlug(documents);
  const site = siteTimelineEmbed(timeline);
  return [...documents.flatMap(documentEmbeds), ...(site ? [site] : [])];
}
