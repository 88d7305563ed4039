// The downloadable image of one chart: layout at an image-friendly width, then the standalone SVG.
import { layoutCasualty } from '../charts/casualty/layout.ts';
import { layoutTimeline } from '../charts/timeline/layout.ts';
import { layoutSeries } from '../charts/series/layout.ts';
import { describeSeries, seriesHeading } from '../charts/series/describe.ts';
import { MEASURES, TONE_IMAGE_COLORS } from '../charts/measures.ts';
import { casualtySvg, seriesSvg, timelineSvg } from './standalone-svg.ts';
import { absoluteUrl, storySeriesPath } from '../lib/paths.ts';
import type { Story, StorySeries } from '../schema/views.ts';
import { SITE_WIDE_CREDIT, type EmbedTarget } from './targets.ts';

/** The width of a chart in its image: an article column. */
export const CASUALTY_IMAGE_WIDTH = 560;
export const TIMELINE_IMAGE_WIDTH = 640;
export const SERIES_IMAGE_WIDTH = 640;

export function chartImageSvg(target: EmbedTarget, site: URL, scale = 1): string {
  const words = { title: target.heading, description: target.summary, source: target.credit, url: absoluteUrl(target.explainerPath, site) };
  if (target.chart === 'casualties')
    return casualtySvg(layoutCasualty(target.doc!, { minWidth: CASUALTY_IMAGE_WIDTH })!, CASUALTY_IMAGE_WIDTH, words, { scale });
  return timelineSvg(layoutTimeline(target.items)!, TIMELINE_IMAGE_WIDTH, words, { scale });
}

/** A story's figure series ("figures over time") as an image, credited like the site-wide timeline. */
export function seriesImageSvg(story: Pick<Story, 'slug'>, series: StorySeries, site: URL, scale = 1): string {
  const words = {
    title: seriesHeading(series),
    description: describeSeries(series),
    source: SITE_WIDE_CREDIT,
    url: absoluteUrl(storySeriesPath(story.slug, series.slug), site),
  };
  const layout = layoutSeries(series, { minWidth: SERIES_IMAGE_WIDTH })!;
  return seriesSvg(layout, SERIES_IMAGE_WIDTH, TONE_IMAGE_COLORS[MEASURES[series.measure].tone], words, { scale });
}
