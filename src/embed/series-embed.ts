// What the series chart's embed ("figures over time" to readers) needs besides the chart: its URLs, its
// credit line, its embed code and a starting iframe height, as the per-document charts' embeds have
// (embed-info.ts). Its pages are /embed/stories/<story>/<series>/ (src/lib/paths.ts).
import { iframeCode, embedCode } from './embed-code.ts';
import { REFERENCE_WIDTH } from './height.ts';
import { absoluteUrl, HOST_SCRIPT_PATH, storySeriesEmbedPath, storySeriesOembedPath, storySeriesPath } from '../lib/paths.ts';
import { estimateTextWidth } from '../charts/text-width.ts';
import type { Story, StorySeries } from '../schema/views.ts';
import { describeSeries, SERIES_CAPTION, seriesHeading, seriesNotes } from '../charts/series/describe.ts';
import { SITE_WIDE_CREDIT } from './targets.ts';
import { layoutSeries } from '../charts/series/layout.ts';

function lines(text: string, fontSize: number, width: number, bold = false): number {
  return text ? Math.max(1, Math.ceil(estimateTextWidth(text, fontSize, bold) / width)) : 0;
}

/** The embed's first line: which story, which series. */
export function seriesEmbedContext(story: Pick<Story, 'title'>, series: Pick<StorySeries, 'title'>): string {
  return `${story.title} · ${series.title}`;
}

/** Starting iframe height at `width` px, from the same measures the per-document embeds use. */
export function seriesEmbedHeight(series: StorySeries, width = REFERENCE_WIDTH, context = series.title): number {
  const layout = layoutSeries(series);
  if (!layout) return 0;
  const content = width - 24;
  const prose = Math.min(content, 672);
  let h = 24;
  h += lines(context, 14, content, true) * 18 + 6;
  h += lines(seriesHeading(series), 20, content, true) * 26 + 6;
  h += lines(describeSeries(series), 16, prose) * 23.2 + 13;
  h += layout.height + 24; // the SVG is as tall at any width
  h += seriesNotes(layout).length * (2 * 20.9 + 13); // a note takes two lines
  h += Math.ceil(SERIES_CAPTION.length / 80) * 20.9 + 13;
  h += 28; // the closed data-table disclosure
  h += lines(SITE_WIDE_CREDIT, 14.4, content) * 21 + 16;
  return Math.ceil(h);
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
