// A chart as a standalone SVG image for download and for the PNG: the same geometry as the page
// (src/charts/*/layout.ts) but drawn with explicit colours and fonts, since no stylesheet or CSS variable
// exists outside the page, and with the title and source written inside the image so it travels with
// them. No hover readout (an image cannot be hovered): the strip it occupies on the page is cut off.
// All text comes from the seed and is escaped.
import { LABEL_LINE as ROW_LINE, type CasualtyLayout } from '../charts/casualty/layout.ts';
import { LABEL_LINE, type TimelineLayout } from '../charts/timeline/layout.ts';
import type { SeriesLayout } from '../charts/series/layout.ts';
import { estimateTextWidth, wrapToWidth } from '../charts/text-width.ts';
import { MEASURES, TONE_IMAGE_COLORS } from '../charts/measures.ts';
import { escapeXml } from '../lib/escape-xml.ts';

/** The light scheme of src/styles/tokens.css, written out: an image has one scheme. */
export const IMAGE_COLORS = {
  background: '#ffffff',
  text: '#1a1a1a',
  muted: '#595959',
  rule: '#8a8a8a',
  ...TONE_IMAGE_COLORS, // the measures' marks
  event: '#0b5cad',
} as const;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PAD = 16;
const TITLE_FONT = 18;
const TITLE_LINE = 24;
const FOOT_FONT = 12;
const FOOT_LINE = 16;
// The image is drawn by whatever renders it (a browser, Skia with DejaVu Sans…): title and footer wrap
// at a narrower width than the estimate says, so a wide system font still fits.
const WRAP_SAFETY = 0.85;

export interface ImageText {
  title: string; // the chart's takeaway heading
  description: string; // the summary in words, for <desc>
  source: string; // "Source: River Valley Herald, via News Explainers"
  url?: string; // where the chart lives, printed under the source
}

export interface SvgOptions {
  scale?: number; // width and height attributes are multiplied by this; the viewBox is not (PNG at 2x)
}

/** A finite number as SVG writes it; anything else becomes 0 rather than breaking the file. */
function n(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0';
}

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

/** A URL has no spaces to wrap at: break it after "/" or "-" (or anywhere, if it must), into at most `maxLines`. */
export function breakUrl(url: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let rest = url;
  while (rest && lines.length < maxLines) {
    if (estimateTextWidth(rest, fontSize) <= maxWidth) {
      lines.push(rest);
      rest = '';
      break;
    }
    let cut = 0;
    let soft = 0;
    for (let i = 1; i <= rest.length && estimateTextWidth(rest.slice(0, i), fontSize) <= maxWidth; i++) {
      cut = i;
      if (rest[i - 1] === '/' || rest[i - 1] === '-') soft = i;
    }
    const at = soft > cut / 2 ? soft : Math.max(cut, 1);
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest && lines.length > 0) lines[lines.length - 1] = `${lines[lines.length - 1].slice(0, -1)}…`;
  return lines;
}

/** Wraps the chart body (already in the layout's coordinates) with background, title and source lines. */
function frame(chartWidth: number, chartHeight: number, body: string, words: ImageText, options: SvgOptions): string {
  const width = chartWidth + 2 * PAD;
  const wrapWidth = chartWidth * WRAP_SAFETY;
  const titleLines = wrapToWidth(words.title, wrapWidth, TITLE_FONT * 1.08, 3);
  const footLines = [
    ...wrapToWidth(words.source, wrapWidth, FOOT_FONT, 2),
    ...(words.url ? breakUrl(words.url, wrapWidth, FOOT_FONT, 2) : []),
  ];
  const chartTop = PAD + titleLines.length * TITLE_LINE + 8;
  const footTop = chartTop + chartHeight + 12;
  const height = Math.ceil(footTop + footLines.length * FOOT_LINE + PAD - 4);
  const scale = options.scale ?? 1;
  const title = titleLines
    .map((line, i) =>
      text(PAD, PAD + TITLE_FONT + i * TITLE_LINE - 2, line, `font-size="${TITLE_FONT}" font-weight="700" fill="${IMAGE_COLORS.text}"`),
    )
    .join('');
  const foot = footLines
    .map((line, i) => text(PAD, footTop + FOOT_FONT + i * FOOT_LINE, line, `font-size="${FOOT_FONT}" fill="${IMAGE_COLORS.muted}"`))
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width * scale)}" height="${n(height * scale)}" viewBox="0 0 ${n(width)} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(FONT)}">`,
    `<title id="chart-title">${escapeXml(words.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(words.description)}</desc>`,
    `<rect width="${n(width)}" height="${height}" fill="${IMAGE_COLORS.background}"/>`,
    title,
    `<g transform="translate(${PAD} ${n(chartTop)})">${body}</g>`,
    foot,
    '</svg>',
  ].join('\n');
}

/** The casualty chart at `width` px: panels, their scales, each fact's label and bar (a range open to its high end). */
export function casualtySvg(layout: CasualtyLayout, width: number, words: ImageText, options: SvgOptions = {}): string {
  const top = layout.readout.height; // everything above is the hover readout
  const X = (fraction: number) => fraction * width;
  const parts: string[] = [`<g transform="translate(0 ${n(-top)})">`];
  for (const panel of layout.panels) {
    panel.caption.forEach((line, i) =>
      parts.push(text(0, panel.captionY + i * 16, line, `font-size="12" font-style="italic" fill="${IMAGE_COLORS.muted}"`)),
    );
    for (const tick of panel.ticks) {
      parts.push(
        `<line x1="${n(X(tick.at))}" x2="${n(X(tick.at))}" y1="${n(panel.plotTop)}" y2="${n(panel.plotBottom)}" stroke="${IMAGE_COLORS.rule}" stroke-opacity="0.35"/>`,
      );
      parts.push(
        text(X(tick.at), panel.tickLabelY, tick.label, `font-size="12" fill="${IMAGE_COLORS.muted}" text-anchor="${tick.anchor}"`),
      );
    }
    parts.push(`<line x1="0.5" x2="0.5" y1="${n(panel.plotTop)}" y2="${n(panel.plotBottom)}" stroke="${IMAGE_COLORS.rule}"/>`);
    for (const group of panel.groups) {
      parts.push(text(0, group.labelY, group.label, `font-size="14" font-weight="600" fill="${IMAGE_COLORS.text}"`));
      for (const mark of group.marks) {
        const color = TONE_IMAGE_COLORS[MEASURES[mark.measure].tone];
        if (mark.depth > 0)
          parts.push(
            `<path d="M${n(mark.labelX - 10)} ${n(mark.top + 2)}V${n(mark.labelY - 4)}H${n(mark.labelX - 3)}" fill="none" stroke="${IMAGE_COLORS.rule}"/>`,
          );
        mark.lines.forEach((line, i) => {
          const y = n(mark.labelY + i * ROW_LINE);
          const rest = escapeXml(i === 0 && line ? ` ${line}` : line);
          const value = i === 0 ? `<tspan font-weight="700">${escapeXml(mark.value)}</tspan>` : '';
          parts.push(`<text x="${n(mark.labelX)}" y="${y}" font-size="14" fill="${IMAGE_COLORS.text}">${value}${rest}</text>`);
        });
        const solid = mark.stubbed ? 2 : X(mark.low);
        parts.push(`<rect x="0" y="${n(mark.barY)}" width="${n(solid)}" height="${n(mark.barHeight)}" fill="${color}"/>`);
        if (mark.high !== null)
          parts.push(
            `<rect x="${n(X(mark.low))}" y="${n(mark.barY + 0.75)}" width="${n(X(mark.high - mark.low))}" height="${n(mark.barHeight - 1.5)}" fill="${IMAGE_COLORS.background}" stroke="${color}" stroke-width="1.5"/>`,
          );
      }
    }
  }
  parts.push('</g>');
  return frame(width, layout.height - top, parts.join(''), words, options);
}

/** The timeline at `width` px: axis, ticks, each event's mark (an expected one open and dashed), date and label. */
export function timelineSvg(layout: TimelineLayout, width: number, words: ImageText, options: SvgOptions = {}): string {
  const top = layout.readout.height;
  const X = (fraction: number) => fraction * width;
  const parts: string[] = [`<g transform="translate(0 ${n(-top)})">`];
  parts.push(`<line x1="0" x2="${n(width)}" y1="${n(layout.axisY)}" y2="${n(layout.axisY)}" stroke="${IMAGE_COLORS.rule}"/>`);
  for (const tick of layout.ticks) {
    const x = n(X(tick.x));
    parts.push(
      `<line x1="${x}" x2="${x}" y1="${n(layout.axisY)}" y2="${n(layout.plotBottom)}" stroke="${IMAGE_COLORS.rule}" stroke-opacity="0.35"/>`,
    );
    parts.push(`<line x1="${x}" x2="${x}" y1="${n(layout.axisY - 4)}" y2="${n(layout.axisY)}" stroke="${IMAGE_COLORS.rule}"/>`);
    parts.push(text(X(tick.x), layout.tickLabelY, tick.label, `font-size="12" fill="${IMAGE_COLORS.muted}" text-anchor="middle"`));
  }
  const c = IMAGE_COLORS.event;
  for (const mark of layout.marks) {
    const x0 = X(mark.x0);
    const x1 = X(mark.x1);
    // An expected event is drawn open and dashed, as on the page.
    const paint = mark.expected ? `fill="${IMAGE_COLORS.background}" stroke="${c}" stroke-width="2" stroke-dasharray="3 2"` : `fill="${c}"`;
    if (mark.kind === 'point') {
      parts.push(`<circle cx="${n(X(mark.cx))}" cy="${n(mark.cy)}" r="${n(mark.r)}" ${paint}/>`);
    } else if (mark.kind === 'period') {
      if (!mark.expected)
        parts.push(`<rect x="${n(x0)}" y="${n(mark.cy - 4)}" width="${n(x1 - x0)}" height="8" fill="${c}" fill-opacity="0.25"/>`);
      parts.push(
        `<path d="M${n(x0)} ${n(mark.cy + 5)}V${n(mark.cy - 5)}H${n(x1)}V${n(mark.cy + 5)}" fill="none" stroke="${c}" stroke-width="2"${mark.expected ? ' stroke-dasharray="3 2"' : ''}/>`,
      );
    } else {
      parts.push(`<rect x="${n(x0)}" y="${n(mark.cy - 4)}" width="${n(x1 - x0)}" height="8" rx="2" ${paint}/>`);
    }
    const anchor = `text-anchor="${mark.labelAnchor}"`;
    parts.push(text(X(mark.labelX), mark.dateY, mark.dateText, `font-size="12" font-weight="600" fill="${IMAGE_COLORS.text}" ${anchor}`));
    mark.lines.forEach((line, i) =>
      parts.push(text(X(mark.labelX), mark.labelY + i * LABEL_LINE, line, `font-size="13" fill="${IMAGE_COLORS.text}" ${anchor}`)),
    );
  }
  parts.push('</g>');
  return frame(width, layout.height - top, parts.join(''), words, options);
}

/** The series chart ("figures over time") at `width` px: its dots in `color` (the measure's tone), each day's range, the line and axes. */
export function seriesSvg(layout: SeriesLayout, width: number, color: string, words: ImageText, options: SvgOptions = {}): string {
  const top = layout.readout.height;
  const X = (fraction: number) => fraction * width;
  const right = X(layout.plotRight);
  const parts: string[] = [`<g transform="translate(0 ${n(-top)})">`];
  for (const tick of layout.yTicks) {
    parts.push(
      `<line x1="${n(layout.plotLeft)}" x2="${n(right)}" y1="${n(tick.y)}" y2="${n(tick.y)}" stroke="${IMAGE_COLORS.rule}" stroke-opacity="0.35"/>`,
    );
    parts.push(text(layout.plotLeft - 6, tick.y + 4, tick.label, `font-size="12" fill="${IMAGE_COLORS.muted}" text-anchor="end"`));
  }
  parts.push(
    `<line x1="${n(layout.plotLeft)}" x2="${n(right)}" y1="${n(layout.plotBottom)}" y2="${n(layout.plotBottom)}" stroke="${IMAGE_COLORS.rule}"/>`,
  );
  for (const tick of layout.xTicks) {
    const x = n(X(tick.x));
    parts.push(`<line x1="${x}" x2="${x}" y1="${n(layout.plotBottom)}" y2="${n(layout.plotBottom + 4)}" stroke="${IMAGE_COLORS.rule}"/>`);
    parts.push(text(X(tick.x), layout.xTickLabelY, tick.label, `font-size="12" fill="${IMAGE_COLORS.muted}" text-anchor="${tick.anchor}"`));
  }
  // The line through each day's highest report: its segments joined into one path, as an image can.
  if (layout.guide.length > 0) {
    const d = [`M${n(X(layout.guide[0].x1))},${n(layout.guide[0].y1)}`, ...layout.guide.map((s) => `L${n(X(s.x2))},${n(s.y2)}`)].join('');
    parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-opacity="0.5" stroke-width="1.5"/>`);
  }
  // A day whose reports differ: a bar from the lowest to the highest, as on the page.
  for (const range of layout.ranges)
    parts.push(
      `<line x1="${n(X(range.x))}" x2="${n(X(range.x))}" y1="${n(range.y1)}" y2="${n(range.y2)}" stroke="${IMAGE_COLORS.muted}" stroke-width="3" stroke-linecap="round"/>`,
    );
  for (const mark of layout.marks) {
    parts.push(`<circle cx="${n(X(mark.cx))}" cy="${n(mark.cy)}" r="${n(mark.r)}" fill="${color}"/>`);
    if (mark.label)
      parts.push(
        text(
          X(mark.labelX) + mark.labelDx,
          mark.labelY,
          mark.label,
          `font-size="13" fill="${IMAGE_COLORS.text}" text-anchor="${mark.labelAnchor}"`,
        ),
      );
  }
  parts.push('</g>');
  return frame(width, layout.height - top, parts.join(''), words, options);
}

/**
 * The longest side of a PNG. Skia refuses canvases beyond its limits ("The canvas has no pixels"), and a
 * document with hundreds of dated events makes a timeline tens of thousands of pixels tall: such a chart
 * is drawn smaller rather than failing the build.
 */
export const MAX_PNG_SIDE = 16_384;

/** The pixel size of the PNG drawn from `svg` (png.ts): its declared size, shrunk to MAX_PNG_SIDE if need be. */
export function pngSizeOf(svg: string): { width: number; height: number } {
  const declared = svgSize(svg);
  if (!(declared.width > 0 && declared.height > 0)) throw new Error('svgToPng: the SVG declares no width and height');
  const shrink = Math.min(1, MAX_PNG_SIDE / declared.width, MAX_PNG_SIDE / declared.height);
  return { width: Math.max(1, Math.round(declared.width * shrink)), height: Math.max(1, Math.round(declared.height * shrink)) };
}

/** Width and height in px that an SVG written here declares (its width/height attributes). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return { width: Number(/\swidth="([\d.]+)"/.exec(open)?.[1] ?? NaN), height: Number(/\sheight="([\d.]+)"/.exec(open)?.[1] ?? NaN) };
}
