// The starting height of an embed iframe, estimated at build time for a typical article column
// (REFERENCE_WIDTH) from the chart's layout and the lengths of the texts around it, so the host page
// barely shifts when embed.js (if present) sets the exact height. It mirrors the compact embed page's CSS
// (src/layouts/EmbedLayout.astro, src/components/ChartFigure.astro and src/styles/charts.css): context
// line, heading, graphic, the closed "about this chart" toggle, credit and downloads. The browser tests
// check it stays close.
import { estimateTextWidth } from '../charts/text-width.ts';

export const REFERENCE_WIDTH = 640; // px, the iframe's width the estimate is for (and oEmbed's width)
const PAGE_PAD = 12; // the embed page's padding on each side
const TIMELINE_NARROW_BELOW = 544; // @container (max-width: 34rem): the vertical list instead of the SVG
const GRAPHIC_MARGINS = 24; // .chart-graphic { margin: 0.75rem 0 }
const TOGGLE = 32; // the closed <details> of a compact chart, with its margin

export interface HeightInput {
  chart: 'casualties' | 'timeline' | 'series';
  layoutHeight: number; // the chart's SVG: px at any width, since every chart fills its column
  context: string; // the small heading above the chart
  heading: string;
  credit: string; // with the link after it
}

function lines(text: string, fontSize: number, width: number, bold = false): number {
  if (!text) return 0;
  return Math.max(1, Math.ceil(estimateTextWidth(text, fontSize, bold) / width));
}

/** The graphic's height in the frame; 0 where it is not drawn (a narrow timeline is a list). */
function graphicHeight(input: HeightInput, content: number): number {
  if (input.chart === 'timeline' && content < TIMELINE_NARROW_BELOW) return 0;
  return input.layoutHeight + GRAPHIC_MARGINS;
}

export function estimateEmbedHeight(input: HeightInput, width = REFERENCE_WIDTH): number {
  const content = width - 2 * PAGE_PAD;
  let h = PAGE_PAD * 2;
  h += Math.min(2, lines(input.context, 14, content, true)) * 18 + 6; // context line, two at most
  h += lines(input.heading, 20, content, true) * 26 + 6; // chart heading
  h += graphicHeight(input, content);
  h += TOGGLE;
  h += lines(input.credit, 14.4, content) * 21 + 21 + 16; // credit line, downloads line, rule and margin
  return Math.ceil(h);
}
