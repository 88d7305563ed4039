// Geometry of the series chart ("figures over time" to readers): one series of one story in, positions
// out. Pure; d3 places the axes at build time and the Astro component (src/components/SeriesChart.astro)
// writes the SVG.
//
// x: publication day (d3 scaleUtc); y: the reported number on a linear scale from zero. All the reports of
// one day sit at that day's x: each distinct number is a dot (reports giving the same number with the
// same hedge share it, with all their sources), and when they differ a bar spans the day's range, so a
// disagreement within a day is drawn as one, never as a trend. The line joins days only, through each
// day's highest report: tolls are revised upward as counts come in, and the highest is the one a reader
// would quote. Every dot links to the sentence of its report on its explainer. Days that would crowd on a
// long axis are nudged apart, always in time order, so the line never runs backwards.
import { line, scaleLinear, scaleUtc } from 'd3';
import { DAY_MS as DAY, dateTickLabels, formatDate, formatNumber, formatQualified, periodStart, round1 } from '../format.ts';
import { countedPhrase } from '../measures.ts';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from '../text-width.ts';
import type { SeriesPoint, StorySeries } from '../../schema/views.ts';
import { dayExtent, pointSources, pointValue, sameDayGroups, sameValueGroups } from './points.ts';
import { overlaps, type Box } from '../box.ts';

export const SERIES_WIDTH = 640;
export const PLOT_HEIGHT = 220;
export const TICK_FONT = 12;
export const VALUE_FONT = 13;
export const TIP_FONT = 13;
export const DOT_RADIUS = 5;
export const DAY_GAP = 14; // the least distance between two days' positions, in viewBox units
const TIP_LINE = 17;

export interface SeriesMark {
  ref: string; // unique in the chart: "<doc slug>-<fact id>" of its first report
  index: number; // reading order (time, then value)
  points: SeriesPoint[]; // the reports it stands for: one, or several of one day giving the same number
  href: string; // its first report's sentence on its explainer
  cx: number;
  cy: number;
  r: number;
  shift: number; // how far the day's x is nudged from its date, on a crowded axis
  dateText: string; // "17 Mar 2025"
  valueText: string; // "at least 260", hedge kept
  label: string | null; // the value drawn next to the dot; null when it would collide (the table has it)
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
  focusBox: Box;
  name: string; // accessible name
  tipLines: string[];
}

/** One day's reports that differ: the bar between the lowest and the highest. */
export interface DayRange {
  date: string;
  x: number;
  y1: number; // the highest number's y
  y2: number; // the lowest's
}

export interface SeriesTick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface SeriesLayout {
  width: number;
  height: number;
  marks: SeriesMark[];
  ranges: DayRange[];
  path: string; // the line through each day's highest report; empty for a single day
  xTicks: SeriesTick[];
  yTicks: { y: number; label: string }[];
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  xTickLabelY: number;
  readout: { height: number; lineHeight: number; hint: string };
  sameDayDates: string[]; // days with several reports
}

export interface SeriesOptions {
  width?: number;
}

/** What the series counts, with its place: "people killed in Kerr County". */
export function seriesPhrase(series: Pick<StorySeries, 'measure' | 'groupLabel' | 'place'>): string {
  return `${countedPhrase(series.groupLabel, series.measure)}${series.place ? ` in ${series.place}` : ''}`;
}

/** A dot's accessible name: when, what (hedge kept), who said so, where it was reported. */
export function markName(series: Pick<StorySeries, 'measure' | 'groupLabel' | 'place'>, points: readonly SeriesPoint[]): string {
  const p = points[0];
  const sources = [...new Set(points.flatMap((q) => q.sources))];
  const by = sources.length ? `, according to ${pointSources({ sources })}` : '';
  const where = points.map((q) => `“${q.docTitle}”${q.outlet ? ` (${q.outlet})` : ''}`);
  return `${formatDate(p.date, 'day')}: ${pointValue(p)} ${seriesPhrase(series)}${by}. Reported in ${where.join(' and ')}`;
}

/** Lay out one series; null when it has no points (the chart then renders nothing). */
export function layoutSeries(series: StorySeries, options: SeriesOptions = {}): SeriesLayout | null {
  const width = options.width ?? SERIES_WIDTH;
  const days = sameDayGroups(series.points);
  if (days.length === 0) return null;
  const groups = days.map((day) => sameValueGroups(day));

  // Readout strip on top: one dot's details on hover and focus, sized for the longest.
  const tipWidth = width - 16;
  const tipsOf = (points: readonly SeriesPoint[]) => [
    ...wrapToWidth(
      `${formatDate(points[0].date, 'day')}: ${pointValue(points[0])} (${points.map((p) => (p.sources.length ? `according to ${pointSources(p)}` : 'reporter not named')).join('; ')})`,
      tipWidth,
      TIP_FONT,
      2,
    ),
    ...wrapToWidth(`In ${points.map((p) => `“${p.docTitle}”`).join(' and ')}`, tipWidth, TIP_FONT, 2),
  ];
  const tips = groups.flat().map(tipsOf);
  const readoutHeight = Math.max(...tips.map((t) => t.length)) * TIP_LINE + 10;
  const plotTop = readoutHeight + 24; // room for a value label above the highest dot
  const plotBottom = plotTop + PLOT_HEIGHT;
  const xTickLabelY = plotBottom + 18;

  // y: from zero, "nice" ticks; the left margin fits the widest tick label.
  const extents = days.map(dayExtent);
  const max = Math.max(...extents.map((e) => e.high));
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([plotBottom, plotTop])
    .nice(5);
  const yTickValues = y.ticks(5);
  const yLabels = yTickValues.map(formatNumber);
  const plotLeft = Math.ceil(Math.max(...yLabels.map((l) => estimateTextWidth(l, TICK_FONT))) + 10);
  const plotRight = width - 12;

  // x: publication days, padded so end dots and their labels stay inside; at least six days wide.
  let t0 = periodStart(days[0][0].date).getTime();
  let t1 = periodStart(days.at(-1)![0].date).getTime();
  if (t1 - t0 < 6 * DAY) {
    const mid = (t0 + t1) / 2;
    t0 = mid - 3 * DAY;
    t1 = mid + 3 * DAY;
  }
  const pad = (t1 - t0) * 0.08;
  const x = scaleUtc()
    .domain([new Date(t0 - pad), new Date(t1 + pad)])
    .range([plotLeft, plotRight]);

  // Days a few hours of axis apart would touch: one sweep each way keeps them DAY_GAP apart, in order.
  const dayX = days.map((day) => x(periodStart(day[0].date)));
  const placedX = [...dayX];
  for (let i = 1; i < placedX.length; i++) placedX[i] = Math.max(placedX[i], placedX[i - 1] + DAY_GAP);
  if (placedX.at(-1)! > plotRight) {
    placedX[placedX.length - 1] = plotRight;
    for (let i = placedX.length - 2; i >= 0; i--) placedX[i] = Math.min(placedX[i], placedX[i + 1] - DAY_GAP);
  }

  const ranges: DayRange[] = [];
  days.forEach((day, i) => {
    const { low, high } = extents[i];
    if (high > low) ranges.push({ date: day[0].date, x: round1(placedX[i]), y1: round1(y(high)), y2: round1(y(low)) });
  });

  // Every dot and range bar is placed before any label, so no label is drawn over a later dot or a bar.
  const dots = groups.flatMap((dayGroups, i) => dayGroups.map((points) => ({ points, day: i, cx: placedX[i], cy: y(points[0].value) })));
  const placed: Box[] = [
    ...dots.map(({ cx, cy }) => ({ x: cx - DOT_RADIUS, y: cy - DOT_RADIUS, width: DOT_RADIUS * 2, height: DOT_RADIUS * 2 })),
    ...ranges.map((range) => ({ x: range.x - 2, y: range.y1, width: 4, height: range.y2 - range.y1 })),
  ];
  const marks: SeriesMark[] = dots.map(({ points, day, cx, cy }, index) => {
    const p = points[0];
    const valueText = formatQualified(p.value, p.qualifier);
    // The value with its hedge next to the dot: above it, below it, then to its right or left; dropped
    // when every spot is taken by another label or dot (the name, the readout and the table have it).
    const w = estimateTextWidth(valueText, VALUE_FONT);
    const centred: SeriesMark['labelAnchor'] = cx - w / 2 < plotLeft ? 'start' : cx + w / 2 > width ? 'end' : 'middle';
    const spots: Array<{ anchor: SeriesMark['labelAnchor']; x: number; baseline: number }> = [
      { anchor: centred, x: cx, baseline: cy - DOT_RADIUS - 4 },
      { anchor: centred, x: cx, baseline: cy + DOT_RADIUS + VALUE_FONT + 2 },
      { anchor: 'start', x: cx + DOT_RADIUS + 4, baseline: cy + VALUE_FONT / 2 - 2 },
      { anchor: 'end', x: cx - DOT_RADIUS - 4, baseline: cy + VALUE_FONT / 2 - 2 },
    ];
    let label: string | null = null;
    let spot = spots[0];
    for (const candidate of spots) {
      const left = candidate.anchor === 'start' ? candidate.x : candidate.anchor === 'end' ? candidate.x - w : candidate.x - w / 2;
      const box = { x: left - 2, y: candidate.baseline - VALUE_FONT, width: w + 4, height: VALUE_FONT + 3 };
      if (left < plotLeft - 4 || left + w > width || box.y < readoutHeight || candidate.baseline > plotBottom + 2) continue;
      if (placed.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      label = valueText;
      spot = candidate;
      break;
    }
    const labelLeft = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - w : spot.x - w / 2;
    const focusLeft = Math.min(cx - DOT_RADIUS, label ? labelLeft : cx) - 3;
    const focusRight = Math.max(cx + DOT_RADIUS, label ? labelLeft + w : cx) + 3;
    const focusTop = Math.min(cy - DOT_RADIUS, label ? spot.baseline - VALUE_FONT : cy) - 3;
    const focusBottom = Math.max(cy + DOT_RADIUS, label ? spot.baseline + 3 : cy) + 3;
    return {
      ref: `${p.docSlug}-${p.factId}`,
      index,
      points,
      href: p.href,
      cx: round1(cx),
      cy: round1(cy),
      r: DOT_RADIUS,
      shift: round1(placedX[day] - dayX[day]),
      dateText: formatDate(p.date, 'day'),
      valueText,
      label,
      labelX: round1(spot.x),
      labelY: round1(spot.baseline),
      labelAnchor: spot.anchor,
      focusBox: {
        x: round1(focusLeft),
        y: round1(focusTop),
        width: round1(focusRight - focusLeft),
        height: round1(focusBottom - focusTop),
      },
      name: markName(series, points),
      tipLines: tipsOf(points),
    };
  });

  // The line joins days: one vertex per day, at its highest report.
  const vertices = days.map((day, i) => ({ x: placedX[i], y: y(Math.max(...day.map((q) => q.value))) }));
  const guide = line<{ x: number; y: number }>()
    .x((v) => v.x)
    .y((v) => v.y)
    .digits(1);
  const path = vertices.length > 1 ? (guide(vertices) ?? '') : '';

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
  const xTicks: SeriesTick[] = kept.map(({ t }, i) => ({ x: round1(x(t)), label: keptLabels[i], anchor: 'middle' }));

  return {
    width,
    height: round1(xTickLabelY + 8),
    marks,
    ranges,
    path,
    xTicks,
    yTicks: yTickValues.map((v, i) => ({ y: round1(y(v)), label: yLabels[i] })),
    plotLeft,
    plotRight: round1(plotRight),
    plotTop: round1(plotTop),
    plotBottom: round1(plotBottom),
    xTickLabelY: round1(xTickLabelY),
    readout: {
      height: readoutHeight,
      lineHeight: TIP_LINE,
      hint: truncateToWidth('Hover over or focus a dot to see who reported it; select it to open the explainer.', tipWidth, TIP_FONT),
    },
    sameDayDates: days.filter((day) => day.length > 1).map((day) => day[0].date),
  };
}
