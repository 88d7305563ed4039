// The starting height of an embed iframe, estimated at build time for a typical article column
// (REFERENCE_WIDTH) from the chart's layout and the lengths of the texts around it, so the host page
// barely shifts when embed.js (if present) sets the exact height. It mirrors the embed page's CSS
// (src/layouts/EmbedLayout.astro and src/styles/charts.css); the browser tests check it stays close.
import { estimateTextWidth } from '../charts/text-width.ts';

export const REFERENCE_WIDTH = 640; // px, the iframe's width the estimate is for (and oEmbed's width)
const PAGE_PAD = 12; // the embed page's padding on each side
const TIMELINE_NARROW_BELOW = 544; // @container (max-width: 34rem): the vertical list instead of the SVG

export interface HeightInput {
  chart: 'casualties' | 'timeline';
  layoutHeight: number; // the chart's SVG, in px at any width
  context: string; // the small heading above the chart
  heading: string;
  summary: string;
  notes: string[];
  caption: string;
  credit: string;
}

function lines(text: string, fontSize: number, width: number, bold = false): number {
  if (!text) return 0;
  return Math.max(1, Math.ceil(estimateTextWidth(text, fontSize, bold) / width));
}

export function estimateEmbedHeight(input: HeightInput, width = REFERENCE_WIDTH): number {
  const content = width - 2 * PAGE_PAD;
  const prose = Math.min(content, 672); // max-width: 42rem
  let h = PAGE_PAD * 2;
  h += lines(input.context, 14, content, true) * 18 + 6; // context line
  h += lines(input.heading, 20, content, true) * 26 + 6; // chart heading
  h += lines(input.summary, 16, prose) * 23.2 + 13; // summary and its margins
  if (input.chart === 'casualties' || content >= TIMELINE_NARROW_BELOW) h += input.layoutHeight + 24;
  for (const note of input.notes) h += lines(note, 14.4, prose) * 20.9 + 13;
  h += lines(input.caption, 14.4, prose) * 20.9 + 13;
  h += 28; // the closed "data table" disclosure
  h += lines(input.credit, 14.4, content) * 21 + 21 + 16; // credit line, downloads line
  return Math.ceil(h);
}
