// What the series chart's embed ("figures over time" to readers) needs besides the chart: its URLs, its
// credit line, its embed code and a starting iframe height, as the per-document charts' embeds have
// (embed-info.ts). Its pages are /figures/<series>/embed/ (src/lib/paths.ts).
import { iframeCode, embedCode } from './embed-code.ts';
import { estimateEmbedHeight, REFERENCE_WIDTH } from './height.ts';
import { absoluteUrl, HOST_SCRIPT_PATH, seriesEmbedPath, seriesOembedPath, seriesPath } from '../lib/paths.ts';
import type { FigureSeries } from '../schema/views.ts';
import { seriesHeading } from '../charts/series/describe.ts';
import { SITE_WIDE_CREDIT } from './targets.ts';
import { layoutSeries } from '../charts/series/layout.ts';

/** Starting iframe height at `width` px, estimated as the per-document embeds' are (height.ts). */
export function seriesEmbedHeight(series: FigureSeries, width = REFERENCE_WIDTH): number {
  const layout = layoutSeries(series);
  if (!layout) return 0;
  return estimateEmbedHeight(
    {
      chart: 'series',
      layoutWidth: layout.width,
      layoutHeight: layout.height,
      context: `${series.title}: figures over time`,
      heading: seriesHeading(series),
      credit: `${SITE_WIDE_CREDIT}. See every report`,
    },
    width,
  );
}

export interface SeriesEmbed {
  url: string; // absolute embed page URL
  oembedUrl: string;
  pageUrl: string; // the series page on the site
  height: number;
  title: string; // the iframe's name
  code: string; // iframe + sizing script
  iframe: string;
}

export function seriesEmbed(series: FigureSeries, site: URL | string): SeriesEmbed {
  const url = absoluteUrl(seriesEmbedPath(series.slug), site);
  const height = seriesEmbedHeight(series);
  const title = `Chart: ${seriesHeading(series)}`;
  return {
    url,
    oembedUrl: absoluteUrl(seriesOembedPath(series.slug), site),
    pageUrl: absoluteUrl(seriesPath(series.slug), site),
    height,
    title,
    code: embedCode({ src: url, title, height, scriptSrc: absoluteUrl(HOST_SCRIPT_PATH, site) }),
    iframe: iframeCode({ src: url, title, height }),
  };
}
