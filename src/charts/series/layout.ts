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
//
// The chart fills the width of its column, as the casualty chart and the timeline do: horizontal
// positions are fractions of the width (the page writes them as percentages, the image multiplies them by
// its width), vertical ones are pixels, and text is never scaled. Everything is placed at the narrowest
// column (`minWidth`); a wider column only moves days further apart. A value label sits at its dot's
// fraction moved by a few pixels (`labelDx`), and a label is only kept where it clears every other label,
// dot and bar at the narrowest width in a way that widening cannot undo (see `clears`).
import { scaleLinear, scaleUtc } from 'd3';
import { DAY_MS as DAY, dateTickLabels, formatDate, formatNumber, formatQualified, periodStart, round1 } from '../format.ts';
import { countedPhrase } from '../measures.ts';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from '../text-width.ts';
import type { SeriesPoint, StorySeries } from '../../schema/views.ts';
import { dayExtent, pointSources, pointValue, sameDayGroups, sameValueGroups } from './points.ts';
import { overlaps, type Box } from '../box.ts';

/** The narrowest column the chart is laid out for: a 320 px phone less the page's margins. */
export const SERIES_MIN_WIDTH = 288;
export const PLOT_HEIGHT = 220;
export const TICK_FONT = 12;
export const VALUE_FONT = 13;
export const TIP_FONT = 13;
export const DOT_RADIUS = 5;
export const DAY_GAP = 14; // the least distance between two days' positions, in px at the narrowest width
const TIP_LINE = 17;
const RIGHT_MARGIN = 12; // px at the narrowest width, kept free right of the plot

const fraction = (px: number, width: number) => Math.round((px / width) * 10000) / 10000;

export interface SeriesMark {
  ref: string; // unique in the chart: "<doc slug>-<fact id>" of its first report
  index: number; // reading order (time, then value)
  points: SeriesPoint[]; // the reports it stands for: one, or several of one day giving the same number
  href: string; // its first report's sentence on its explainer
  cx: number; // fraction of the width
  cy: number; // px
  r: number;
  shift: number; // how far the day's x is nudged from its date on a crowded axis, in px at the narrowest width
  dateText: string; // "17 Mar 2025"
  valueText: string; // "at least 260", hedge kept
  label: string | null; // the value drawn next to the dot; null when it would collide (the table has it)
  labelX: number; // fraction: the dot's x, which the label is placed from…
  labelDx: number; // …moved by this many px (0 above or below the dot, ± beside it)
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
  focusBox: { x: number; dx: number; y: number; width: number; height: number }; // x a fraction (the dot's), moved by dx px; the rest px
  name: string; // accessible name
  tipLines: string[];
}

/** One day's reports that differ: the bar between the lowest and the highest. */
export interface DayRange {
  date: string;
  x: number; // fraction of the width
  y1: number; // the highest number's y
  y2: number; // the lowest's
}

/** A piece of the line through each day's highest report, from one day to the next. */
export interface SeriesSegment {
  x1: number; // fractions of the width
  y1: number;
  x2: number;
  y2: number;
}

export interface SeriesTick {
  x: number; // fraction of the width
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface SeriesLayout {
  minWidth: number; // the width everything is placed for
  height: number; // px, at every width
  marks: SeriesMark[];
  ranges: DayRange[];
  guide: SeriesSegment[]; // the line through each day's highest report, day to day; empty for a single day
  xTicks: SeriesTick[];
  yTicks: { y: number; label: string }[];
  plotLeft: number; // px: the y axis, where gridlines start; its tick labels end 6 px before it
  plotRight: number; // fraction of the width, where gridlines end
  plotTop: number;
  plotBottom: number;
  xTickLabelY: number;
  readout: { height: number; lineHeight: number; hint: string };
  sameDayDates: string[]; // days with several reports
}

export interface SeriesOptions {
  minWidth?: number; // the narrowest width the chart will be shown at (an image: its width)
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

// The page, its embed, the embed code's height and the image lay out the same series.
const laidOut = new WeakMap<StorySeries, SeriesLayout | null>();

/** Lay out one series; null when it has no points (the chart then renders nothing). */
export function layoutSeries(series: StorySeries, options: SeriesOptions = {}): SeriesLayout | null {
  if (options.minWidth !== undefined && options.minWidth !== SERIES_MIN_WIDTH) return layoutAt(series, options.minWidth);
  if (!laidOut.has(series)) laidOut.set(series, layoutAt(series, SERIES_MIN_WIDTH));
  return laidOut.get(series)!;
}

/** Something drawn: its box in px at the narrowest width, and the fraction of the width it moves with. */
interface Placed {
  at: number;
  box: Box;
}

/**
 * Whether `a` and `b`, apart at the narrowest width, stay apart at every wider one. Both move right with
 * their fractions: boxes in one row stay apart only when the left one's fraction is not the larger.
 */
export function clears(a: Placed, b: Placed): boolean {
  if (!overlaps({ ...a.box, x: 0, width: 1 }, { ...b.box, x: 0, width: 1 })) return true; // rows apart
  if (overlaps(a.box, b.box)) return false;
  const [left, right] = a.box.x < b.box.x ? [a, b] : [b, a];
  return left.at <= right.at;
}

function layoutAt(series: StorySeries, width: number): SeriesLayout | null {
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
  const plotRight = width - RIGHT_MARGIN;

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

  // Days a few hours of axis apart would touch: one sweep each way keeps them DAY_GAP apart, in order,
  // or as far apart as the plot allows when there are more days than fit (they then overlap, in order).
  const dayX = days.map((day) => x(periodStart(day[0].date)));
  const gap = days.length > 1 ? Math.min(DAY_GAP, (plotRight - plotLeft) / (days.length - 1)) : DAY_GAP;
  const placedX = [...dayX];
  for (let i = 1; i < placedX.length; i++) placedX[i] = Math.max(placedX[i], placedX[i - 1] + gap);
  if (placedX.at(-1)! > plotRight) {
    placedX[placedX.length - 1] = plotRight;
    for (let i = placedX.length - 2; i >= 0; i--) placedX[i] = Math.min(placedX[i], placedX[i + 1] - gap);
  }
  const dayAt = placedX.map((px) => fraction(px, width));

  const ranges: DayRange[] = [];
  const rangeBoxes: Placed[] = [];
  days.forEach((day, i) => {
    const { low, high } = extents[i];
    if (high <= low) return;
    const range = { date: day[0].date, x: dayAt[i], y1: round1(y(high)), y2: round1(y(low)) };
    ranges.push(range);
    rangeBoxes.push({ at: dayAt[i], box: { x: placedX[i] - 2, y: range.y1, width: 4, height: range.y2 - range.y1 } });
  });

  // The line joins days: one vertex per day, at its highest report, and a segment from each to the next.
  const vertices = days.map((day, i) => ({ px: placedX[i], x: dayAt[i], y: y(Math.max(...day.map((q) => q.value))) }));
  const guide: SeriesSegment[] = vertices
    .slice(1)
    .map((v, i) => ({ x1: vertices[i].x, y1: round1(vertices[i].y), x2: v.x, y2: round1(v.y) }));
  // Points along it every few px, each at its own fraction of the width, so no label is set across it.
  const linePoints: Placed[] = vertices.slice(1).flatMap((v, i) => {
    const u = vertices[i];
    const steps = Math.max(1, Math.ceil(Math.hypot(v.px - u.px, v.y - u.y) / 3));
    return Array.from({ length: steps - 1 }, (_, k) => {
      const t = (k + 1) / steps;
      const px = u.px + (v.px - u.px) * t;
      return { at: u.x + (v.x - u.x) * t, box: { x: px - 1, y: u.y + (v.y - u.y) * t - 1, width: 2, height: 2 } };
    });
  });

  // Every dot, range bar and the line are placed before any label, so no label is drawn over them.
  const dots = groups.flatMap((dayGroups, i) => dayGroups.map((points) => ({ points, day: i, cx: placedX[i], cy: y(points[0].value) })));
  const placed: Placed[] = [
    ...dots.map(({ day, cx, cy }) => ({
      at: dayAt[day],
      box: { x: cx - DOT_RADIUS, y: cy - DOT_RADIUS, width: DOT_RADIUS * 2, height: DOT_RADIUS * 2 },
    })),
    ...rangeBoxes,
    ...linePoints,
  ];
  const marks: SeriesMark[] = dots.map(({ points, day, cx, cy }, index) => {
    const p = points[0];
    const at = dayAt[day];
    const valueText = formatQualified(p.value, p.qualifier);
    // The value with its hedge next to the dot: above it, below it, then to its right or left; dropped
    // when every spot is taken by another label or dot (the name, the readout and the table have it).
    // Near the left edge a label starts at its dot rather than being centred on it.
    const w = estimateTextWidth(valueText, VALUE_FONT);
    const centred: SeriesMark['labelAnchor'] = cx - w / 2 < plotLeft ? 'start' : cx + w / 2 > width ? 'end' : 'middle';
    const spots: Array<{ anchor: SeriesMark['labelAnchor']; dx: number; baseline: number }> = [
      { anchor: centred, dx: 0, baseline: cy - DOT_RADIUS - 4 },
      { anchor: centred, dx: 0, baseline: cy + DOT_RADIUS + VALUE_FONT + 2 },
      { anchor: 'start', dx: DOT_RADIUS + 4, baseline: cy + VALUE_FONT / 2 - 2 },
      { anchor: 'end', dx: -DOT_RADIUS - 4, baseline: cy + VALUE_FONT / 2 - 2 },
    ];
    const leftOf = (spot: (typeof spots)[number]) => {
      const from = cx + spot.dx;
      return spot.anchor === 'start' ? from : spot.anchor === 'end' ? from - w : from - w / 2;
    };
    let label: string | null = null;
    let spot = spots[0];
    for (const candidate of spots) {
      const left = leftOf(candidate);
      const box = { x: left - 2, y: candidate.baseline - VALUE_FONT, width: w + 4, height: VALUE_FONT + 3 };
      if (left < plotLeft - 4 || left + w > width || box.y < readoutHeight || candidate.baseline > plotBottom + 2) continue;
      const here = { at, box };
      if (!placed.every((other) => clears(other, here))) continue;
      placed.push(here);
      label = valueText;
      spot = candidate;
      break;
    }
    const labelLeft = leftOf(spot);
    const focusLeft = Math.min(cx - DOT_RADIUS, label ? labelLeft : cx) - 3;
    const focusRight = Math.max(cx + DOT_RADIUS, label ? labelLeft + w : cx) + 3;
    const focusTop = Math.min(cy - DOT_RADIUS, label ? spot.baseline - VALUE_FONT : cy) - 3;
    const focusBottom = Math.max(cy + DOT_RADIUS, label ? spot.baseline + 3 : cy) + 3;
    return {
      ref: `${p.docSlug}-${p.factId}`,
      index,
      points,
      href: p.href,
      cx: at,
      cy: round1(cy),
      r: DOT_RADIUS,
      shift: round1(placedX[day] - dayX[day]),
      dateText: formatDate(p.date, 'day'),
      valueText,
      label,
      labelX: at,
      labelDx: spot.dx,
      labelY: round1(spot.baseline),
      labelAnchor: spot.anchor,
      focusBox: {
        x: at,
        dx: round1(focusLeft - cx),
        y: round1(focusTop),
        width: round1(focusRight - focusLeft),
        height: round1(focusBottom - focusTop),
      },
      name: markName(series, points),
      tipLines: tipsOf(points),
    };
  });

  // Date ticks: whole days, thinned until their labels do not touch or spill out of the chart.
  let tickDates = x.ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 70))).filter((t) => t.getUTCHours() === 0);
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
  const xTicks: SeriesTick[] = kept.map(({ t }, i) => ({ x: fraction(x(t), width), label: keptLabels[i], anchor: 'middle' }));

  return {
    minWidth: width,
    height: round1(xTickLabelY + 8),
    marks,
    ranges,
    guide,
    xTicks,
    yTicks: yTickValues.map((v, i) => ({ y: round1(y(v)), label: yLabels[i] })),
    plotLeft,
    plotRight: fraction(plotRight, width),
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
