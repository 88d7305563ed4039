// What the series chart's embed ("figures over time" to readers) needs besides the chart: its URLs, its
// credit line, its embed code and a starting iframe height, as the per-document charts' embeds have
// (embed-info.ts). Its pages are /embed/stories/<story>/<series>/ (src/lib/paths.ts).
import { iframeCode, embedCode } from './embed-code.ts';
import { estimateEmbedHeight, REFERENCE_WIDTH } from './height.ts';
import { absoluteUrl, HOST_SCRIPT_PATH, storySeriesEmbedPath, storySeriesOembedPath, storySeriesPath } from '../lib/paths.ts';
import type { Story, StorySeries } from '../schema/views.ts';
import { seriesHeading } from '../charts/series/describe.ts';
import { SITE_WIDE_CREDIT } from './targets.ts';
import { layoutSeries } from '../charts/series/layout.ts';

/** The embed's first line: which story, which series. */
export function seriesEmbedContext(story: Pick<Story, 'title'>, series: Pick<StorySeries, 'title'>): string {
  return `${story.title} · ${series.title}`;
}

/** Starting iframe height at `width` px, estimated as the per-document embeds' are (height.ts). */
export function seriesEmbedHeight(series: StorySeries, width = REFERENCE_WIDTH, context = series.title): number {
  const layout = layoutSeries(series);
  if (!layout) return 0;
  return estimateEmbedHeight(
    {
      chart: 'series',
      layoutHeight: layout.height,
      context,
      heading: seriesHeading(series),
      credit: `${SITE_WIDE_CREDIT}. See every report of this story`,
    },
    width,
  );
}

export interface SeriesEmbed {
  url: string; // absolute embed page URL
  oembedUrl: string;
  pageUrl: string; // the series on its story's page
  height: number;
  title: string; // the iframe's name
  code: string; // iframe + sizing script
  iframe: string;
}

/** The embed of `series`, a series of `story`. */
export function seriesEmbed(story: Pick<Story, 'slug' | 'title'>, series: StorySeries, site: URL | string): SeriesEmbed {
  const url = absoluteUrl(storySeriesEmbedPath(story.slug, series.slug), site);
  const height = seriesEmbedHeight(series, REFERENCE_WIDTH, seriesEmbedContext(story, series));
  const title = `Chart: ${seriesHeading(series)}`;
  return {
    url,
    oembedUrl: absoluteUrl(storySeriesOembedPath(story.slug, series.slug), site),
    pageUrl: absoluteUrl(storySeriesPath(story.slug, series.slug), site),
    height,
    title,
    code: embedCode({ src: url, title, height, scriptSrc: absoluteUrl(HOST_SCRIPT_PATH, site) }),
    iframe: iframeCode({ src: url, title, height }),
  };
}
