// Timeline geometry: events in, positions out. Pure; d3's UTC scale and ticks place the time axis.
//
// Horizontal (wide screens): a time axis across the top; each event sits in a lane below it with its
// mark (a dot on its day, a bracket for a week, month or year, a bar for a "from … to …" span) and its
// date and label, wrapped to two lines, under the mark. The chart fills its column: horizontal positions
// are fractions of the width (the page writes percentages), vertical ones pixels, and text is never
// scaled. Lanes are assigned greedily in time order at the narrowest width the horizontal form is shown
// at (TIMELINE_MIN_WIDTH), judged by an estimated text width that errs on the wide side; a wider column
// only moves marks further apart, so nothing that fits there overlaps anywhere.
// Vertical (narrow screens): the same events as an ordered list; the component renders it as HTML so the
// text wraps naturally at 320 px instead of shrinking.
import { scaleUtc } from 'd3';
import { DAY_MS as DAY, dateTickLabels, formatDateRange, round1 } from '../format.ts';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from '../text-width.ts';
import { dateAsWrittenLine, datedItems, undatedEvents, type DatedItem, type TimelineItem } from './items.ts';
import { anyOverlap, roundBox, type Box } from '../box.ts';

export type { TimelineItem } from './items.ts';

/** The narrowest column the horizontal form is shown at (34rem: narrower, the list is shown instead). */
export const TIMELINE_MIN_WIDTH = 544;
export const MARGIN = 8;
export const DATE_FONT = 12;
export const LABEL_FONT = 13;
export const TIP_FONT = 13;
export const LABEL_LINE = 16;
export const LANE_HEIGHT = 56; // a lane whose labels take one line; each further line adds LABEL_LINE
export const LANE_GAP = 14; // horizontal space kept free between neighbours in one lane
export const LABEL_MAX_WIDTH = 300; // two lines hold an event label of 80 characters (src/extract/events/label.ts)
export const LABEL_LINES = 2;
const TIP_LINE = 17;
const DOT_RADIUS = 5;
const MIN_BAND = 6;

const fraction = (px: number, width: number) => Math.round((px / width) * 10000) / 10000;

export interface TimelineMark {
  ref: string; // the event id, "event-2": links the mark to the source text
  domId: string; // unique within the chart: the event id, suffixed when merged documents repeat it
  index: number;
  kind: DatedItem['kind'];
  expected: boolean; // an event the text expects (scheduled, announced), drawn open
  lane: number;
  dateText: string; // "7 Oct 2023", "week of 12 Aug 2024", "6–9 May 2024"; "…, expected"
  datetime: string; // for <time datetime>
  lines: string[]; // the label as shown, on one or two lines
  fullLabel: string;
  href?: string;
  source?: string;
  // Mark geometry, x as fractions of the width: a dot (cx, cy, r px) for a day, otherwise a band from
  // x0 to x1 centred on cy.
  cx: number;
  cy: number;
  r: number;
  x0: number;
  x1: number;
  labelX: number; // fraction: where the date and label start, or end when `labelAnchor` is "end"
  labelAnchor: 'start' | 'end';
  labelWidth: number; // px
  dateY: number; // baselines
  labelY: number; // the first line's
  markBox: Box; // px at TIMELINE_MIN_WIDTH (for tests: what fits there fits wider)
  labelBox: Box;
  focusBox: Box; // the same, mark and label together: the lane's hit area
  name: string; // accessible name
  tipLines: string[];
}

export interface TimelineTick {
  x: number;
  label: string;
  datetime: string;
}

export interface VerticalEntry {
  ref: string;
  domId: string;
  kind: DatedItem['kind'];
  expected: boolean;
  dateText: string;
  datetime: string;
  label: string;
  text: string;
  href?: string;
  source?: string;
  yearHeading: string | null; // set on the first entry of each year, for a year divider
}

export interface TimelineLayout {
  minWidth: number; // the width lanes and labels are laid out for
  height: number; // px, at every width
  marks: TimelineMark[];
  lanes: number;
  ticks: TimelineTick[]; // x as fractions of the width
  tickLabelY: number;
  axisY: number;
  plotBottom: number;
  readout: { y: number; height: number; lineHeight: number; hint: string };
  vertical: VerticalEntry[];
  skipped: number; // events without a date
}

export interface TimelineOptions {
  minWidth?: number; // the narrowest width the chart will be shown at (an image: its width)
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;

/** Ids that repeat (merged documents each have an "event-1") get "-2", "-3"… in order of appearance. */
function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

/** "12 Aug 2024", or "12 Aug 2024, expected" for an event the text expects. */
function dateTextOf(item: TimelineItem & { date: string }): string {
  const when = formatDateRange(item.date, item.endDate, item.precision);
  return item.kind === 'expected' ? `${when}, expected` : when;
}

// The explainer, the embed page, its embed code's height and the chart image each lay out the same
// events at the default width: once per list of items is enough.
const laidOut = new WeakMap<readonly TimelineItem[], TimelineLayout | null>();

/** Lay out the dated items; null when none has a date (the chart then renders nothing). */
export function layoutTimeline(items: readonly TimelineItem[], options: TimelineOptions = {}): TimelineLayout | null {
  if (options.minWidth !== undefined && options.minWidth !== TIMELINE_MIN_WIDTH) return layoutAt(items, options.minWidth);
  if (!laidOut.has(items)) laidOut.set(items, layoutAt(items, TIMELINE_MIN_WIDTH));
  return laidOut.get(items)!;
}

function layoutAt(items: readonly TimelineItem[], width: number): TimelineLayout | null {
  const dated = datedItems(items);
  if (dated.length === 0) return null;
  const domIds = uniqueIds(dated.map((d) => d.item.id));

  // Domain: the covered time, padded a little so end marks are not cut; at least four days wide.
  let t0 = Math.min(...dated.map((d) => d.start.getTime()));
  let t1 = Math.max(...dated.map((d) => d.end.getTime()));
  if (t1 - t0 < 4 * DAY) {
    const mid = (t0 + t1) / 2;
    t0 = mid - 2 * DAY;
    t1 = mid + 2 * DAY;
  }
  const pad = (t1 - t0) * 0.03;
  const x = scaleUtc()
    .domain([new Date(t0 - pad), new Date(t1 + pad)])
    .range([MARGIN, width - MARGIN]);

  // Readout strip (details of the hovered or focused mark), sized for the longest tip.
  const tipWidth = width - 16;
  const tips = dated.map((d) => {
    const lines = wrapToWidth(`${dateTextOf(d.item)}: ${d.item.label}`, tipWidth, TIP_FONT, 2);
    lines.push(...wrapToWidth(`${dateAsWrittenLine(d.item)}${d.item.source ? ` — ${d.item.source}` : ''}`, tipWidth, TIP_FONT, 2));
    return lines;
  });
  const readoutHeight = Math.max(...tips.map((t) => t.length)) * TIP_LINE + 10;
  const tickLabelY = readoutHeight + 16;
  const axisY = tickLabelY + 8;
  const firstLaneTop = axisY + 10;

  // Ticks: whole days only (no midnight-to-noon ticks on short spans), thinned until labels do not touch.
  let tickDates = x.ticks(Math.max(2, Math.floor(width / 110))).filter((t) => t.getUTCHours() === 0);
  let labels = dateTickLabels(tickDates);
  const tickBoxes = (dates: Date[], texts: string[]) =>
    dates.map((t, i) => {
      const w = estimateTextWidth(texts[i], DATE_FONT);
      return { x: x(t) - w / 2 - 4, y: 0, width: w + 8, height: 1 };
    });
  // A centred label must not spill out of the chart; labels are recomputed after any tick is dropped
  // so the first remaining tick still carries the year.
  const fits = (t: Date, text: string) => {
    const half = estimateTextWidth(text, DATE_FONT) / 2;
    return x(t) - half >= 0 && x(t) + half <= width;
  };
  for (let pass = 0; pass < 4; pass++) {
    while (tickDates.length > 2 && anyOverlap(tickBoxes(tickDates, labels))) {
      tickDates = tickDates.filter((_, i) => i % 2 === 0);
      labels = dateTickLabels(tickDates);
    }
    const kept = tickDates.filter((t, i) => fits(t, labels[i]));
    if (kept.length === tickDates.length) break;
    tickDates = kept;
    labels = dateTickLabels(tickDates);
  }
  const ticks: TimelineTick[] = tickDates.map((t, i) => ({ x: fraction(x(t), width), label: labels[i], datetime: dayKey(t) }));

  // Labels wrap to two lines; a lane is as tall as the chart's longest label needs.
  const lineSets = dated.map((d) => wrapToWidth(d.item.label, LABEL_MAX_WIDTH, LABEL_FONT, LABEL_LINES));
  const labelLines = Math.max(...lineSets.map((l) => l.length));
  const laneHeight = LANE_HEIGHT + (labelLines - 1) * LABEL_LINE;

  const laneEnds: number[] = [];
  const marks: TimelineMark[] = dated.map((d, index) => {
    const { item } = d;
    let x0: number;
    let x1: number;
    if (d.kind === 'point') {
      // A day's dot sits on its day: at the day's start, where the axis ticks that day.
      const cx = x(d.start);
      x0 = cx - DOT_RADIUS;
      x1 = cx + DOT_RADIUS;
    } else {
      x0 = x(d.start);
      x1 = x(d.end);
      if (x1 - x0 < MIN_BAND) {
        const mid = (x0 + x1) / 2;
        x0 = mid - MIN_BAND / 2;
        x1 = mid + MIN_BAND / 2;
      }
    }
    const dateText = dateTextOf(item);
    const lines = lineSets[index];
    const boxWidth = Math.max(estimateTextWidth(dateText, DATE_FONT, true), ...lines.map((l) => estimateTextWidth(l, LABEL_FONT)));
    // The date and label start under the mark; near the right edge they end under it instead, so they
    // stay with their mark at any width.
    const anchor: 'start' | 'end' = x0 + boxWidth > width - MARGIN && x1 - boxWidth >= MARGIN ? 'end' : 'start';
    const labelX = anchor === 'end' ? x1 - boxWidth : Math.max(MARGIN, Math.min(x0, width - MARGIN - boxWidth));
    const occupiedFrom = Math.min(x0, labelX);
    const occupiedTo = Math.max(x1, labelX + boxWidth);
    let lane = laneEnds.findIndex((end) => end + LANE_GAP <= occupiedFrom);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(occupiedTo);
    } else {
      laneEnds[lane] = occupiedTo;
    }
    const top = firstLaneTop + lane * laneHeight;
    const cy = top + 7;
    const dateY = top + 30;
    const labelY = top + 46;
    const markBox = { x: x0, y: cy - DOT_RADIUS, width: x1 - x0, height: DOT_RADIUS * 2 };
    const labelBox = {
      x: labelX,
      y: dateY - DATE_FONT,
      width: boxWidth,
      height: labelY + (lines.length - 1) * LABEL_LINE - dateY + DATE_FONT + 4,
    };
    const fx0 = Math.min(markBox.x, labelBox.x) - 3;
    const fx1 = Math.max(markBox.x + markBox.width, labelBox.x + labelBox.width) + 3;
    const name = `${item.kind === 'expected' ? 'Expected, ' : ''}${formatDateRange(item.date, item.endDate, item.precision)}: ${item.label}${item.source ? ` (${item.source})` : ''}`;
    return {
      ref: item.id,
      domId: domIds[index],
      index,
      kind: d.kind,
      expected: item.kind === 'expected',
      lane,
      dateText,
      datetime: item.date,
      lines,
      fullLabel: item.label,
      href: item.href,
      source: item.source,
      cx: fraction((x0 + x1) / 2, width),
      cy: round1(cy),
      r: DOT_RADIUS,
      x0: fraction(x0, width),
      x1: fraction(x1, width),
      labelX: fraction(anchor === 'end' ? x1 : labelX, width),
      labelAnchor: anchor,
      labelWidth: round1(boxWidth),
      dateY: round1(dateY),
      labelY: round1(labelY),
      markBox: roundBox(markBox),
      labelBox: roundBox(labelBox),
      focusBox: roundBox({ x: fx0, y: markBox.y - 3, width: fx1 - fx0, height: labelBox.y + labelBox.height - markBox.y + 6 }),
      name,
      tipLines: tips[index],
    };
  });

  const plotBottom = firstLaneTop + laneEnds.length * laneHeight;
  let lastYear = '';
  const vertical: VerticalEntry[] = marks.map((m, i) => {
    const year = dated[i].item.date.slice(0, 4);
    const entry: VerticalEntry = {
      ref: m.ref,
      domId: m.domId,
      kind: m.kind,
      expected: m.expected,
      dateText: m.dateText,
      datetime: m.datetime,
      label: m.fullLabel,
      text: dated[i].item.text,
      href: m.href,
      source: m.source,
      yearHeading: year !== lastYear ? year : null,
    };
    lastYear = year;
    return entry;
  });

  return {
    minWidth: width,
    height: round1(plotBottom),
    marks,
    lanes: laneEnds.length,
    ticks,
    tickLabelY: round1(tickLabelY),
    axisY: round1(axisY),
    plotBottom: round1(plotBottom),
    readout: {
      y: 0,
      height: readoutHeight,
      lineHeight: TIP_LINE,
      hint: truncateToWidth('Hover over or focus an event for its details.', tipWidth, TIP_FONT),
    },
    vertical,
    skipped: undatedEvents(items),
  };
}
