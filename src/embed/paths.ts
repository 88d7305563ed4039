// Where every embed page and download lives. One place, so pages, endpoints, embed codes and tests agree.

export const CHART_KINDS = ['casualties', 'timeline'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** The slug of the site-wide timeline (the home page's). Ingest reserves it: a document titled just
 *  "All" is published as "all-2" (src/ingest/ingest.ts), and targets.ts refuses any other way in. */
export const SITE_EMBED_SLUG = 'all';

/** The files beside each embed page. */
export const DOWNLOADS = [
  { file: 'data.csv', label: 'CSV', description: 'data table, spreadsheet-ready' },
  { file: 'data.json', label: 'JSON', description: 'the extracted data' },
  { file: 'chart.svg', label: 'SVG', description: 'vector image' },
  { file: 'chart.png', label: 'PNG', description: 'image' },
] as const;
export type DownloadFile = (typeof DOWNLOADS)[number]['file'];

export function embedPath(slug: string, chart: ChartKind): string {
  return `/embed/${slug}/${chart}/`;
}

export function embedFilePath(slug: string, chart: ChartKind, file: DownloadFile | 'oembed.json'): string {
  return `${embedPath(slug, chart)}${file}`;
}

/** The host-page script that sizes iframes. */
export const HOST_SCRIPT_PATH = '/embed.js';

/** An absolute URL on the site (the site URL may carry a base path, which is kept). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path.replace(/^\//, ''), String(site).replace(/\/?$/, '/')).href;
}
