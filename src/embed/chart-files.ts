// Every chart's download and oEmbed files: CSV, JSON, SVG, the PNG's source SVG, and oembed.json beside
// each embed page, the "figures over time" embeds' included (one per series of each story); and each explainer's share image (its
// source SVG: share-image.ts). Pure: documents in, files out.
//
// These are plain files, not pages: the build writes them beside Astro (src/build/chart-writer.ts), PNGs
// on worker threads while Astro renders, and `astro dev` renders the one asked for from the same groups
// (src/integrations/chart-file-server.ts). As Astro routes they cost a page render each, five per chart.
import { casualtyTable, seriesTable, timelineTable, type DataTable } from './chart-data.ts';
import { toCsv } from './csv.ts';
import { REFERENCE_WIDTH } from './height.ts';
import { oEmbedJson } from './oembed.ts';
import {
  absoluteUrl,
  EMBED_FILES,
  embedFilePath,
  shareImagePath,
  storySeriesFilePath,
  storySeriesPath,
  type ChartKind,
  type EmbedFile,
} from '../lib/paths.ts';
import { documentEmbeds, embeddableCharts, refuseReservedSlug, SITE_WIDE_CREDIT, siteTimelineEmbed, type EmbedTarget } from './targets.ts';
import { seriesEmbed } from './series-embed.ts';
import type { ExtractedDocument, Fact, Figure } from '../schema/document.ts';
import { chartedFacts } from '../charts/casualty/facts.ts';
import type { Story, StorySeries } from '../schema/views.ts';
import type { SiteTimeline } from '../cross/site-timeline.ts';
import { SITE_NAME } from '../lib/site.ts';
import { newestFirst } from '../cross/document-order.ts';
import { chartImageSvg, seriesImageSvg } from './chart-image.ts';
import { pngSizeOf } from './standalone-svg.ts';
import { describeSeries, seriesHeading } from '../charts/series/describe.ts';
import { embedInfo, type EmbedInfo } from './embed-info.ts';
import { shareImageSvg } from './share-image.ts';

export type ChartFile =
  | { path: string; text: string } // written as UTF-8
  | { path: string; pngOf: string }; // a PNG rasterised from this SVG (src/embed/png.ts)

/** The PNG is drawn at twice the chart's design size, for high-density screens and print. */
export const PNG_SCALE = 2;

function chartData(target: EmbedTarget, embed: EmbedInfo): object {
  const doc = target.doc;
  return {
    chart: target.chart,
    title: target.heading,
    description: target.summary,
    credit: target.credit,
    provider: SITE_NAME,
    explainer: embed.explainerUrl,
    embed: embed.url,
    document: doc ? { slug: doc.slug, title: doc.title, source: doc.source, url: doc.url, published: doc.published } : null,
    ...(target.chart === 'casualties'
      ? casualtyData(target.doc!)
      : { events: target.items.map((item) => (item.href ? { ...item, href: new URL(item.href, embed.explainerUrl).href } : item)) }),
  };
}

/** The casualty chart's data: its facts (each with its reports, range and whole) and the figures they cite. */
function casualtyData(doc: ExtractedDocument): { facts: Fact[]; figures: Figure[] } {
  const facts = chartedFacts(doc).map((c) => c.fact);
  const cited = new Set(facts.flatMap((f) => f.reports.map((r) => r.figure)));
  return { facts, figures: doc.figures.filter((f) => cited.has(f.id)) };
}

/** What every embed's files are made of: its page, its data, its image (at 1x; the PNG at PNG_SCALE). */
interface EmbedSources {
  at: (file: EmbedFile) => string; // a file's path beside the embed page, no leading slash
  embed: { url: string; height: number; title: string };
  table: DataTable;
  json: object; // data.json
  image: (scale?: number) => string;
  author?: { name: string | null; url: string | null };
}

/** The five files beside an embed page; oEmbed answers carry the PNG as their thumbnail. */
function embedPageFiles({ at, embed, table, json, image, author }: EmbedSources, site: URL): ChartFile[] {
  const png = image(PNG_SCALE);
  const oembed = oEmbedJson({
    src: embed.url,
    title: embed.title,
    width: REFERENCE_WIDTH,
    height: embed.height,
    providerName: SITE_NAME,
    providerUrl: new URL('/', site).href,
    authorName: author?.name,
    authorUrl: author?.url,
    thumbnail: { url: absoluteUrl(at('chart.png'), site), ...pngSizeOf(png) },
  });
  return [
    { path: at('data.csv'), text: toCsv(table.columns, table.rows) },
    { path: at('data.json'), text: `${JSON.stringify(json, null, 2)}\n` },
    { path: at('chart.svg'), text: image() },
    { path: at('chart.png'), pngOf: png },
    { path: at('oembed.json'), text: `${JSON.stringify(oembed)}\n` },
  ];
}

/** The files of one embeddable chart, paths relative to the site root (no leading slash). */
export function embedFiles(target: EmbedTarget, site: URL): ChartFile[] {
  const embed = embedInfo(target, site);
  return embedPageFiles(
    {
      at: (file) => embedFilePath(target.slug, target.chart, file).slice(1),
      embed: { url: embed.url, height: embed.height, title: `Chart: ${target.heading}` },
      table: target.chart === 'casualties' ? casualtyTable(target.doc!) : timelineTable(target.items),
      json: chartData(target, embed),
      image: (scale) => chartImageSvg(target, site, scale),
      author: { name: target.outlet, url: target.doc?.url ?? null },
    },
    site,
  );
}

/** The files of one series chart ("figures over time") of a story, beside its embed page. */
export function seriesFiles(story: StoryOfSeries, series: StorySeries, site: URL): ChartFile[] {
  const embed = seriesEmbed(story, series, site);
  return embedPageFiles(
    {
      at: (file) => storySeriesFilePath(story.slug, series.slug, file).slice(1),
      embed,
      table: seriesTable(series, site),
      json: {
        chart: 'figures-over-time',
        title: seriesHeading(series),
        description: describeSeries(series),
        credit: SITE_WIDE_CREDIT,
        provider: SITE_NAME,
        page: absoluteUrl(storySeriesPath(story.slug, series.slug), site),
        story: { slug: story.slug, title: story.title },
        embed: embed.url,
        series,
      },
      image: (scale) => seriesImageSvg(story, series, site, scale),
    },
    site,
  );
}

/**
 * The files of one chart with what they are made from: `inputs` is everything they depend on besides
 * the code and the site URL, so the build can key them and reuse them unchanged (src/build/build-site.ts).
 * `paths` are known without rendering; `render` makes the files.
 */
export interface ChartFileGroup {
  paths: string[];
  inputs: object;
  render: () => ChartFile[];
}

/** What a series' files name of its story. */
type StoryOfSeries = Pick<Story, 'slug' | 'title'>;

/** What the charts are drawn from: every document, and the views computed from them (src/cross/site-views.ts). */
export interface ChartSources {
  documents: readonly ExtractedDocument[];
  stories: ReadonlyArray<StoryOfSeries & { series: readonly StorySeries[] }>; // each series of each story has an embed
  timeline: SiteTimeline;
}

/**
 * Every chart's files, grouped by chart, in a stable order. A document's charts are made from the
 * document alone (its embed targets are computed only when the files are rendered), so they are keyed
 * on the document object, as its pages are.
 */
export function chartFileGroups({ documents, stories, timeline }: ChartSources, site: URL): ChartFileGroup[] {
  const ordered = newestFirst(documents);
  const filesOf = (slug: string, chart: ChartKind) => EMBED_FILES.map((file) => embedFilePath(slug, chart, file).slice(1));
  refuseReservedSlug(ordered);
  const groups: ChartFileGroup[] = [];
  for (const doc of ordered) {
    const share = shareImagePath(doc.slug).slice(1);
    groups.push({ paths: [share], inputs: doc, render: () => [{ path: share, pngOf: shareImageSvg(doc) }] });
    let embeds: EmbedTarget[] | undefined; // both charts' targets, computed once, when first rendered
    for (const chart of embeddableCharts(doc)) {
      const render = () =>
        embedFiles(
          (embeds ??= documentEmbeds(doc)).find((t) => t.chart === chart)!,
          site,
        );
      groups.push({ paths: filesOf(doc.slug, chart), inputs: doc, render });
    }
  }
  const siteTimeline = siteTimelineEmbed(timeline);
  if (siteTimeline)
    groups.push({ paths: filesOf(siteTimeline.slug, 'timeline'), inputs: timeline, render: () => embedFiles(siteTimeline, site) });
  for (const story of stories)
    for (const series of story.series) {
      const paths = EMBED_FILES.map((file) => storySeriesFilePath(story.slug, series.slug, file).slice(1));
      groups.push({ paths, inputs: { story: story.title, series }, render: () => seriesFiles(story, series, site) });
    }
  return groups;
}

/** The chart file at `path` (site-relative, no leading slash), rendering only its chart; undefined when no chart has it. */
export function chartFileAt(sources: ChartSources, site: URL, path: string): ChartFile | undefined {
  return chartFileGroups(sources, site)
    .find((group) => group.paths.includes(path))
    ?.render()
    .find((file) => file.path === path);
}
