// The downloadable image of one chart: layout at an image-friendly width, then the standalone SVG.
import { layoutCasualty } from '../charts/casualty/layout.ts';
import { layoutTimeline } from '../charts/timeline/layout.ts';
import { casualtySvg, timelineSvg } from './standalone-svg.ts';
import { absoluteUrl } from '../lib/paths.ts';
import type { EmbedTarget } from './targets.ts';

/** The width of a chart in its image: an article column. */
export const CASUALTY_IMAGE_WIDTH = 560;
export const TIMELINE_IMAGE_WIDTH = 640;

export function chartImageSvg(target: EmbedTarget, site: URL, scale = 1): string {
  const words = { title: target.heading, description: target.summary, source: target.credit, url: absoluteUrl(target.explainerPath, site) };
  if (target.chart === 'casualties')
    return casualtySvg(layoutCasualty(target.doc!, { minWidth: CASUALTY_IMAGE_WIDTH })!, CASUALTY_IMAGE_WIDTH, words, { scale });
  return timelineSvg(layoutTimeline(target.items)!, TIMELINE_IMAGE_WIDTH, words, { scale });
}
