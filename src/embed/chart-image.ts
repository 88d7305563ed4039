// The downloadable image of one chart: layout at an image-friendly width, then the standalone SVG.
import { layoutCasualty } from '../charts/casualty/layout.ts';
import { layoutTimeline } from '../charts/timeline/layout.ts';
import { layoutSeries } from '../charts/series/layout.ts';
import { describeSeries, seriesHeading } from '../charts/series/describe.ts';
import { MEASURES, TONE_IMAGE_COLORS } from '../charts/measures.ts';
import { casualtySvg, seriesSvg, timelineSvg } from './standalone-svg.ts';
import { absoluteUrl, seriesPath } from '../lib/paths.ts';
import type { FigureSeries } from '../schema/views.ts';
import { SITE_WIDE_CREDIT, type EmbedTarget } from './targets.ts';

/** The casualty chart's page design is phone-narrow (320); an image is read at article width. */
export const CASUALTY_IMAGE_WIDTH = 480;

export function chartImageSvg(target: EmbedTarget, site: URL, scale = 1): string {
  const words = { title: target.heading, description: target.summary, source: target.credit, url: absoluteUrl(target.explainerPath, site) };
  if (target.chart === 'casualties') return casualtySvg(layoutCasualty(target.figures, { width: CASUALTY_IMAGE_WIDTH })!, words, { scale });
  return timelineSvg(layoutTimeline(target.items)!, words, { scale });
}

/** A figure series ("figures over time") as an image, credited like the site-wide timeline. */
export function seriesImageSvg(series: FigureSeries, site: URL, scale = 1): string {
  const words = {
    title: seriesHeading(series),
    description: describeSeries(series),
    source: SITE_WIDE_CREDIT,
    url: absoluteUrl(seriesPath(series.slug), site),
  };
  return seriesSvg(layoutSeries(series)!, TONE_IMAGE_COLORS[MEASURES[series.measure].tone], words, { scale });
}
