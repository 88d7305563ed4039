// Every URL path of the site, in one place: pages, embeds and their downloads, feeds and the host
// script. Pages, endpoints, embed codes, the build's render plan and tests all ask here, so they agree.

export const FIGURES_PATH = '/figures/';
export const STORIES_PATH = '/stories/';
/** The site-wide timeline: what happened across every story, each event named by its story. */
export const TIMELINE_PATH = '/timeline/';
export const PEOPLE_PATH = '/people/';
export const SEARCH_PATH = '/search/';
export const ARCHIVE_PATH = '/archive/';
export const FEED_PATH = '/rss.xml';
export const SITEMAP_PATH = '/sitemap-index.xml';

export function explainerPath(slug: string): string {
  return `/explainers/${slug}/`;
}

/** An explainer's share image (og:image), beside its page. */
export function shareImagePath(slug: string): string {
  return `${explainerPath(slug)}share.png`;
}

/** A story: its reports, their merged timeline and its figures over time (src/cross/story-slug.ts keeps it from moving). */
export function storyPath(slug: string): string {
  return `${STORIES_PATH}${slug}/`;
}

/**
 * Figures over time, one scheme: a story's series is charted on the story's page, at the anchor
 * `#figures-<series>`, and embedded from `/embed/stories/<story>/<series>/`, with its oEmbed file beside.
 * A series belongs to one story, so its addresses name the story's; its embed is under /embed/ with
 * every other embed, the pages a static host lets other sites frame (src/pages/[headers].ts). A
 * document's embeds are one level up (/embed/<slug>/<chart>/), so no document slug can meet a series'.
 */
export function storySeriesAnchor(series: string): string {
  return `figures-${series}`;
}

export function storySeriesPath(story: string, series: string): string {
  return `${storyPath(story)}#${storySeriesAnchor(series)}`;
}

export function storySeriesEmbedPath(story: string, series: string): string {
  return `/embed/stories/${story}/${series}/`;
}

/** A file beside a series embed page: the same downloads as a document chart's, and its oEmbed answer. */
export function storySeriesFilePath(story: string, series: string, file: EmbedFile): string {
  return `${storySeriesEmbedPath(story, series)}${file}`;
}

export function storySeriesOembedPath(story: string, series: string): string {
  return storySeriesFilePath(story, series, 'oembed.json');
}

export function personPath(slug: string): string {
  return `${PEOPLE_PATH}${slug}/`;
}

/**
 * The charts with embed pages, by their URL segment. One chart, several names: the casualty chart is
 * `casualty` in code (src/charts/casualty/), `casualties` in URLs and in its data.json, and
 * `<CasualtyChart slug="…" />` in an editor's MDX page; the timeline is `timeline` everywhere, and
 * `<TimelineChart slug="…" />`. URLs and tags are published, so they stay as they are.
 */
export const CHART_KINDS = ['casualties', 'timeline'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** The slug of the site-wide timeline (the home page's). Ingest reserves it: a document titled just
 *  "All" is published as "all-2" (src/ingest/ingest.ts), and targets.ts refuses any other way in. */
export const SITE_EMBED_SLUG = 'all';

/** The files beside each embed page, in the order they are written. */
export const EMBED_FILES = ['data.csv', 'data.json', 'chart.svg', 'chart.png', 'oembed.json'] as const;
export type EmbedFile = (typeof EMBED_FILES)[number];

/** The downloads among them, as readers are offered them. */
export const DOWNLOADS = [
  { file: 'data.csv', label: 'CSV', description: 'data table, spreadsheet-ready' },
  { file: 'data.json', label: 'JSON', description: 'the extracted data' },
  { file: 'chart.svg', label: 'SVG', description: 'vector image' },
  { file: 'chart.png', label: 'PNG', description: 'image' },
] as const satisfies ReadonlyArray<{ file: EmbedFile; label: string; description: string }>;

export function embedPath(slug: string, chart: ChartKind): string {
  return `/embed/${slug}/${chart}/`;
}

export function embedFilePath(slug: string, chart: ChartKind, file: EmbedFile): string {
  return `${embedPath(slug, chart)}${file}`;
}

/** The host-page script that sizes iframes. */
export const HOST_SCRIPT_PATH = '/embed.js';

/** An absolute URL on the site (the site URL may carry a base path, which is kept). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path.replace(/^\//, ''), String(site).replace(/\/?$/, '/')).href;
}
