// Geometry of the series chart ("figures over time" to readers): one series in, positions out. Pure; d3
// places the axes at build time and the Astro component (src/components/SeriesChart.astro) writes the SVG.
//
// x: publication date (d3 scaleUtc); y: the reported number on a linear scale from zero. Each report is
// a dot linked to its explainer, labelled with its number as written ("nearly 40,000"); a thin line joins
// the dots in time order as a guide. The chart fills its column: x positions are fractions of the width
// (the page writes percentages), laid out at the narrowest column (SERIES_MIN_WIDTH), where labels that
// do not collide never collide wider; y positions and text are pixels. Reports published on the same day are all drawn, side by side: each gets a small horizontal
// offset (JITTER apart, centred on the day, in value order), so differing reports are never hidden
// behind one another or averaged into one. Dots of nearby days that would touch are nudged apart the
// same way, always keeping time order, so the guide line never runs backwards.
import { scaleLinear, scaleUtc } from 'd3';
import { figurePhrase } from '../measures.ts';
import { DAY_MS as DAY, dateTickLabels, formatDate, formatNumber, formatQualified, periodStart, round1 } from '../format.ts';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from '../text-width.ts';
import type { FigureSeries, SeriesPoint } from '../../schema/views.ts';
import { sameDayGroups } from './points.ts';
import { overlaps, type Box } from '../box.ts';

/** The narrowest column the chart is laid out for: a 320 px phone less the page's margins. */
export const SERIES_MIN_WIDTH = 288;
export const PLOT_HEIGHT = 220;
export const TICK_FONT = 12;
export const VALUE_FONT = 13;
export const TIP_FONT = 13;
export const DOT_RADIUS = 5;
export const JITTER = 12; // between same-day reports, in viewBox units
const TIP_LINE = 17;

export interface SeriesMark {
  ref: string; // unique in the chart: "<doc slug>-<figure id>"
  index: number; // reading order (time, then value)
  point: SeriesPoint;
  cx: number; // fraction of the width
  cy: number;
  r: number;
  offset: number; // how far cx is set from the day's position: same-day spreading and crowding nudges
  dateText: string; // "17 Mar 2025"
  valueText: string; // "at least 260"
  label: string | null; // the number as written, next to the dot; null when it would collide (the table has it)
  labelX: number; // fraction of the width
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
  focusBox: Box; // x and width in px, around cx (x is the offset from the dot's centre)
  name: string; // accessible name
  tipLines: string[];
}

export interface SeriesTick {
  x: number; // fraction of the width
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface SeriesLayout {
  minWidth: number; // the width it is laid out for
  height: number; // px, at every width
  marks: SeriesMark[];
  guide: { x1: number; y1: number; x2: number; y2: number }[]; // the line through the dots in order, x as fractions
  xTicks: SeriesTick[];
  yTicks: { y: number; label: string }[];
  plotLeft: number; // fractions of the width
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  xTickLabelY: number;
  readout: { height: number; lineHeight: number; hint: string };
  sameDayDates: string[]; // days on which several reports differ or repeat
}

export interface SeriesOptions {
  minWidth?: number;
}

/** Every point's accessible name: when, what, who said so, where. */
export function pointName(p: SeriesPoint): string {
  const by = p.figure.attribution ? `, according to ${p.figure.attribution}` : '';
  return `${formatDate(p.date, 'day')}: ${figurePhrase(p.figure)}${by}. Reported in “${p.docTitle}”${p.outlet ? ` (${p.outlet})` : ''}`;
}

/** Lay out one series; null when it has no points (the chart then renders nothing). */
export function layoutSeries(series: FigureSeries, options: SeriesOptions = {}): SeriesLayout | null {
  const width = options.minWidth ?? SERIES_MIN_WIDTH;
  const fraction = (px: number) => Math.round((px / width) * 10000) / 10000;
  const points = series.points;
  if (points.length === 0) return null;

  // Readout strip on top: one report's details on hover and focus, sized for the longest.
  const tipWidth = width - 16;
  const tips = points.map((p) => [
    ...wrapToWidth(
      `${formatDate(p.date, 'day')}: ${formatQualified(p.value, p.figure.qualifier)} (${p.figure.attribution ? `according to ${p.figure.attribution}` : 'reporter not named'})`,
      tipWidth,
      TIP_FONT,
      2,
    ),
    ...wrapToWidth(`In “${p.docTitle}”`, tipWidth, TIP_FONT, 2),
  ]);
  const readoutHeight = Math.max(...tips.map((t) => t.length)) * TIP_LINE + 10;
  const plotTop = readoutHeight + 24; // room for a value label above the highest dot
  const plotBottom = plotTop + PLOT_HEIGHT;
  const xTickLabelY = plotBottom + 18;

  // y: from zero, "nice" ticks; the left margin fits the widest tick label.
  const max = Math.max(...points.map((p) => p.value));
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([plotBottom, plotTop])
    .nice(5);
  const yTickValues = y.ticks(5);
  const yLabels = yTickValues.map(formatNumber);
  const plotLeft = Math.ceil(Math.max(...yLabels.map((l) => estimateTextWidth(l, TICK_FONT))) + 10);
  const plotRight = width - 12;

  // x: publication days, padded so end dots and their labels stay inside; at least six days wide.
  let t0 = periodStart(points[0].date).getTime();
  let t1 = periodStart(points.at(-1)!.date).getTime();
  if (t1 - t0 < 6 * DAY) {
    const mid = (t0 + t1) / 2;
    t0 = mid - 3 * DAY;
    t1 = mid + 3 * DAY;
  }
  const pad = (t1 - t0) * 0.08;
  const x = scaleUtc()
    .domain([new Date(t0 - pad), new Date(t1 + pad)])
    .range([plotLeft, plotRight]);

  // Same-day reports: offsets centred on the day, in the points' (value) order.
  const offsets = new Map<SeriesPoint, number>();
  const sameDayDates: string[] = [];
  for (const group of sameDayGroups(points)) {
    if (group.length > 1) sameDayDates.push(group[0].date);
    group.forEach((p, i) => offsets.set(p, (i - (group.length - 1) / 2) * JITTER));
  }

  const dayX = points.map((p) => x(periodStart(p.date)));
  const centres = points.map((p, i) => ({ cx: dayX[i] + (offsets.get(p) ?? 0), cy: y(p.value) }));
  // Reports a few days apart on a long axis would still overlap, and a centred same-day group could
  // reach back past an earlier day: one sweep each way keeps the dots in time order, JITTER apart.
  for (let i = 1; i < centres.length; i++) centres[i].cx = Math.max(centres[i].cx, centres[i - 1].cx + JITTER);
  if (centres.at(-1)!.cx > plotRight) {
    centres[centres.length - 1].cx = plotRight;
    for (let i = centres.length - 2; i >= 0; i--) centres[i].cx = Math.min(centres[i].cx, centres[i + 1].cx - JITTER);
  }
  // Every dot is placed before any label, so no label is drawn over a later dot.
  const placed: Box[] = centres.map(({ cx, cy }) => ({
    x: cx - DOT_RADIUS,
    y: cy - DOT_RADIUS,
    width: DOT_RADIUS * 2,
    height: DOT_RADIUS * 2,
  }));
  const marks: SeriesMark[] = points.map((p, index) => {
    const { cx, cy } = centres[index];
    const offset = round1(cx - dayX[index]);
    const valueText = formatQualified(p.value, p.figure.qualifier);
    // The number as written, hedge and all ("nearly 40,000"), as in the name, the readout and the table.
    const text = valueText;
    const w = estimateTextWidth(text, VALUE_FONT);
    const anchor: SeriesMark['labelAnchor'] = cx - w / 2 < plotLeft ? 'start' : cx + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? cx : anchor === 'end' ? cx - w : cx - w / 2;
    // Above the dot, else below it; dropped when both spots are taken by another label or dot.
    const spots = [cy - DOT_RADIUS - 4, cy + DOT_RADIUS + VALUE_FONT + 2];
    let label: string | null = null;
    let labelY = spots[0];
    for (const baseline of spots) {
      const box = { x: left - 2, y: baseline - VALUE_FONT, width: w + 4, height: VALUE_FONT + 3 };
      if (baseline > plotBottom + 2 && baseline === spots[1]) continue;
      if (placed.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      label = text;
      labelY = baseline;
      break;
    }
    const focusLeft = Math.min(cx - DOT_RADIUS, label ? left : cx) - 3;
    const focusRight = Math.max(cx + DOT_RADIUS, label ? left + w : cx) + 3;
    const focusTop = Math.min(cy - DOT_RADIUS, label ? labelY - VALUE_FONT : cy) - 3;
    const focusBottom = Math.max(cy + DOT_RADIUS, label ? labelY + 3 : cy) + 3;
    return {
      ref: `${p.docSlug}-${p.figure.id}`,
      index,
      point: p,
      cx: fraction(cx),
      cy: round1(cy),
      r: DOT_RADIUS,
      offset,
      dateText: formatDate(p.date, 'day'),
      valueText,
      label,
      labelX: fraction(anchor === 'start' ? left : anchor === 'end' ? left + w : cx),
      labelY: round1(labelY),
      labelAnchor: anchor,
      focusBox: {
        x: round1(focusLeft - cx),
        y: round1(focusTop),
        width: round1(focusRight - focusLeft),
        height: round1(focusBottom - focusTop),
      },
      name: pointName(p),
      tipLines: tips[index],
    };
  });

  const guide = marks.slice(1).map((m, i) => ({ x1: marks[i].cx, y1: marks[i].cy, x2: m.cx, y2: m.cy }));

  // Date ticks: whole days, thinned until their labels do not touch or spill out of the viewBox.
  let tickDates = x.ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 110))).filter((t) => t.getUTCHours() === 0);
  let labels = dateTickLabels(tickDates);
  const boxes = () =>
    tickDates.map((t, i) => {
      const w = estimateTextWidth(labels[i], TICK_FONT);
      return { x: x(t) - w / 2 - 4, y: 0, width: w + 8, height: 1 };
    });
  while (tickDates.length > 2 && boxes().some((b, i, all) => i > 0 && overlaps(all[i - 1], b))) {
    tickDates = tickDates.filter((_, i) => i % 2 === 0);
    labels = dateTickLabels(tickDates);
  }
  const kept = tickDates
    .map((t, i) => ({ t, label: labels[i] }))
    .filter(({ t, label }) => {
      const half = estimateTextWidth(label, TICK_FONT) / 2;
      return x(t) - half >= 0 && x(t) + half <= width;
    });
  const keptLabels = dateTickLabels(kept.map((k) => k.t));
  const xTicks: SeriesTick[] = kept.map(({ t }, i) => ({ x: fraction(x(t)), label: keptLabels[i], anchor: 'middle' }));

  return {
    minWidth: width,
    height: round1(xTickLabelY + 8),
    marks,
    guide,
    xTicks,
    yTicks: yTickValues.map((v, i) => ({ y: round1(y(v)), label: yLabels[i] })),
    plotLeft: fraction(plotLeft),
    plotRight: fraction(plotRight),
    plotTop: round1(plotTop),
    plotBottom: round1(plotBottom),
    xTickLabelY: round1(xTickLabelY),
    readout: {
      height: readoutHeight,
      lineHeight: TIP_LINE,
      hint: truncateToWidth('Hover over or focus a dot for its report.', tipWidth, TIP_FONT),
    },
    sameDayDates,
  };
}
