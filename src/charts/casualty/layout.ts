// Casualty bars: facts in, geometry out. Pure; d3 picks the ticks, the Astro component and the image
// writer only draw what this returns.
//
// The chart fills the width of its column: horizontal positions are fractions of the width (the page
// writes them as percentages, the image multiplies them by its width), vertical ones are pixels, and
// text is never scaled. Labels are wrapped for the narrowest column (`minWidth`), so they fit at any
// width. Each fact is one row: its number and whom it counts on a line, its bar under it; a range is a
// solid bar to its low end and an open one on to its high end; a part sits under its whole, indented,
// on the same scale from zero.
//
// Honesty with numbers that differ by orders of magnitude (1,139 killed beside 1 million displaced): the
// measures are drawn in panels, consecutive measures sharing one unless one of their bars would shrink to
// a hairline (under HAIRLINE of the scale), each panel with its own linear scale from zero and a caption
// saying so. A log scale would make 1,139 look like half of a million to most readers.
import { tickStep, ticks as d3ticks } from 'd3';
import type { Fact, Figure, Measure } from '../../schema/document.ts';
import { formatNumber, formatQualified, round1 } from '../format.ts';
import { estimateTextWidth, truncateToWidth, wrapToWidth, wrapWords } from '../text-width.ts';
import {
  currentSources,
  factValue,
  factValueSpoken,
  factWho,
  measureColorVar,
  measureLabel,
  partWords,
  listInWords,
  STATUS_NOTES,
} from '../measures.ts';
import { chartedFacts, leadFigure, type CasualtySource, type ChartedFact } from './facts.ts';

/** The narrowest column the chart is laid out for: a 320 px phone less the page's margins. */
export const CASUALTY_MIN_WIDTH = 288;
export const LABEL_FONT = 14; // row labels and measure headings
export const LABEL_LINE = 18;
export const TICK_FONT = 12;
export const TIP_FONT = 13;
export const BAR_HEIGHT = 16;
export const PART_BAR_HEIGHT = 12; // a part's bar is thinner than its whole's
export const INDENT = 16; // per level of parts
export const MIN_STUB = 2; // the narrowest bar a non-zero value gets, in px at the narrowest width
export const HAIRLINE = 1 / 100; // a bar shorter than this share of its scale is barely a line
const ROW_GAP = 10;
const GROUP_GAP = 14;
const PANEL_GAP = 22;
const TIP_LINE = 17;
const WRAP_SAFETY = 0.94; // system fonts differ: wide ones (DejaVu Sans) run a few percent past the estimate
const TIP_REPORTS = 3; // reports listed in a mark's tip; the table has them all

export interface CasualtyMark {
  ref: string; // the fact's id, "fact-2"
  figure: string; // the figure its headline comes from: links the mark to the source text (#src-figure-3)
  index: number; // position in reading order
  measure: Measure;
  depth: number; // 0 for a whole, 1 for its parts, …
  value: string; // the number as written at the start of the label: "at least 104", "54–63"
  lines: string[]; // the label, first line after the number: ["people in Brenford, per the mayor", "and the emergency service"]
  labelX: number; // px: the label's indent
  labelY: number; // px: the first line's baseline
  barY: number;
  barHeight: number;
  low: number; // fraction of the width where the solid bar ends (the value, or a range's low end)
  high: number | null; // fraction where a range's open bar ends; null for a single value
  stubbed: boolean; // drawn MIN_STUB px wide since its value is too small to see
  colorVar: string; // "--mark-killed"
  top: number; // the row's box, full width: hit area and focus ring
  height: number;
  name: string; // accessible name: "Killed, people in Alder County: 84"
  tipLines: string[]; // the reports, shown in the readout strip on hover and focus
}

export interface CasualtyGroup {
  measure: Measure;
  label: string; // "Killed"
  labelY: number; // baseline
  marks: CasualtyMark[];
}

export interface CasualtyTick {
  at: number; // fraction of the width
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface CasualtyPanel {
  measures: Measure[]; // the measures drawn in it
  max: number; // the scale's end
  caption: string[]; // "Scale 0–1 million: displaced", on a line or two, when there are several panels
  captionY: number; // the first line's baseline
  ticks: CasualtyTick[];
  tickLabelY: number;
  plotTop: number; // gridlines run from here…
  plotBottom: number; // …to here
  groups: CasualtyGroup[];
}

export interface CasualtyLayout {
  minWidth: number; // the width labels are wrapped for
  height: number; // px, at every width
  panels: CasualtyPanel[];
  marks: CasualtyMark[]; // every row, in reading order
  readout: { height: number; lineHeight: number; hint: string };
}

export interface CasualtyOptions {
  minWidth?: number; // the narrowest width the chart will be shown at (an image: its width)
}

// The page, its embed, the embed code's height and the image lay out the same document.
const laidOut = new WeakMap<CasualtySource, CasualtyLayout | null>();

/** Lay out the charted facts of `doc`; null when there are none (the chart then renders nothing). */
export function layoutCasualty(doc: CasualtySource, options: CasualtyOptions = {}): CasualtyLayout | null {
  if (options.minWidth !== undefined && options.minWidth !== CASUALTY_MIN_WIDTH) return layoutAt(doc, options.minWidth);
  if (!laidOut.has(doc)) laidOut.set(doc, layoutAt(doc, CASUALTY_MIN_WIDTH));
  return laidOut.get(doc)!;
}

/** The end of a panel's scale: its largest value, or the next round tick when that is close. */
export function scaleEnd(max: number, count: number): number {
  if (max <= 0) return 1;
  const step = tickStep(0, max, count);
  const nice = Math.ceil(max / step) * step;
  return nice <= max * 1.1 ? nice : max;
}

function layoutAt(doc: CasualtySource, minWidth: number): CasualtyLayout | null {
  const charted = chartedFacts(doc);
  if (charted.length === 0) return null;
  const figures = new Map(doc.figures.map((f) => [f.id, f]));

  const panelGroups = panelsOf(measureGroups(charted));

  // The readout strip on top shows a mark's reports on hover or focus; tall enough for the longest.
  const tipWidth = minWidth - 16;
  const tips = charted.map(({ fact }) => tipLines(fact, figures, tipWidth));
  const readoutHeight = Math.max(...tips.map((t) => t.length)) * TIP_LINE + 10;

  const tickCount = Math.max(2, Math.floor(minWidth / 90));
  const marks: CasualtyMark[] = [];
  const panels: CasualtyPanel[] = [];
  let cursor = readoutHeight + 8;
  panelGroups.forEach((pg, p) => {
    if (p > 0) cursor += PANEL_GAP;
    const max = scaleEnd(Math.max(...pg.flatMap((g) => g.rows.map((c) => c.fact.range?.high ?? c.fact.value))), tickCount);
    const measures = pg.map((g) => g.measure);
    const caption =
      panelGroups.length > 1
        ? wrapToWidth(
            `Scale 0–${formatNumber(max)}: ${listInWords(measures.map((m) => measureLabel(m).toLowerCase()))}`,
            minWidth,
            TICK_FONT,
            2,
          )
        : [];
    const captionY = cursor + TICK_FONT;
    cursor += caption.length * (TICK_FONT + 4) + (caption.length > 0 ? 4 : 0);
    const tickLabelY = cursor + TICK_FONT;
    cursor = tickLabelY + 6;
    const plotTop = cursor;
    const values = d3ticks(0, max, tickCount).filter((v) => v <= max);
    const ticks: CasualtyTick[] = values.map((v, i) => ({
      at: v / max,
      label: formatNumber(v),
      anchor: i === 0 ? 'start' : v / max > 0.92 ? 'end' : 'middle',
    }));
    const panelGroupsOut: CasualtyGroup[] = [];
    pg.forEach((g, gi) => {
      cursor += gi === 0 ? 6 : GROUP_GAP;
      const group: CasualtyGroup = { measure: g.measure, label: measureLabel(g.measure), labelY: round1(cursor + LABEL_FONT), marks: [] };
      cursor += LABEL_LINE + 4;
      for (const c of g.rows) {
        const { fact, whole, depth } = c;
        const labelX = depth * INDENT;
        const value = factValue(fact);
        const sources = currentSources(fact);
        const words = whole ? partWords(fact, whole) : factWho(fact);
        const per = fact.range && sources.length > 0 ? `, per ${listInWords(sources)}` : '';
        const text = `${words}${per}`;
        // The number is set in bold: the lines leave room for it, and for fonts wider than the estimate.
        const room = (minWidth - labelX) * WRAP_SAFETY - estimateTextWidth(value, LABEL_FONT) * 0.08;
        const lines = wrapWords([value, ...text.split(' ')], room, LABEL_FONT, 4);
        const first = lines[0].startsWith(value) ? lines[0].slice(value.length).trimStart() : lines[0];
        const rowTop = cursor;
        const labelY = cursor + LABEL_FONT;
        cursor += lines.length * LABEL_LINE + 2;
        const barHeight = depth === 0 ? BAR_HEIGHT : PART_BAR_HEIGHT;
        const low = (fact.range?.low ?? fact.value) / max;
        const stubbed = fact.value > 0 && (fact.range ? fact.range.high : fact.value) / max < MIN_STUB / minWidth;
        const mark: CasualtyMark = {
          ref: fact.id,
          figure: leadFigure(fact),
          index: marks.length,
          measure: fact.measure,
          depth,
          value,
          lines: [first, ...lines.slice(1)],
          labelX,
          labelY: round1(labelY),
          barY: round1(cursor),
          barHeight,
          low: Math.round(Math.min(low, 1) * 10000) / 10000,
          high: fact.range ? Math.round(Math.min(fact.range.high / max, 1) * 10000) / 10000 : null,
          stubbed,
          colorVar: measureColorVar(fact.measure),
          top: round1(rowTop - 3),
          height: 0,
          name: markName(fact, whole, sources),
          tipLines: tips[marks.length],
        };
        cursor += barHeight;
        mark.height = round1(cursor + 3 - mark.top);
        cursor += ROW_GAP;
        group.marks.push(mark);
        marks.push(mark);
      }
      cursor -= ROW_GAP;
      panelGroupsOut.push(group);
    });
    cursor += 6;
    panels.push({
      measures,
      caption,
      captionY: round1(captionY),
      max,
      ticks,
      tickLabelY: round1(tickLabelY),
      plotTop: round1(plotTop),
      plotBottom: round1(cursor),
      groups: panelGroupsOut,
    });
  });

  return {
    minWidth,
    height: round1(cursor + 2),
    panels,
    marks,
    readout: {
      height: readoutHeight,
      lineHeight: TIP_LINE,
      hint: truncateToWidth('Hover over or focus a bar for its reports.', tipWidth, TIP_FONT),
    },
  };
}

type MeasureGroup = { measure: Measure; rows: ChartedFact[] };

/** Consecutive rows of one measure; a part stays with its whole (it follows it), whatever its own measure. */
function measureGroups(charted: readonly ChartedFact[]): MeasureGroup[] {
  const groups: MeasureGroup[] = [];
  for (const c of charted) {
    const last = groups.at(-1);
    if (last && (c.depth > 0 || last.measure === c.fact.measure)) last.rows.push(c);
    else groups.push({ measure: c.fact.measure, rows: [c] });
  }
  return groups;
}

/**
 * Measures in drawing order, sharing a panel (and its scale) unless that would make one of a measure's
 * bars a hairline (under HAIRLINE of the shared scale) that its own scale would have kept visible.
 */
function panelsOf(groups: readonly MeasureGroup[]): MeasureGroup[][] {
  const high = (g: MeasureGroup) => Math.max(...g.rows.map((c) => c.fact.range?.high ?? c.fact.value));
  const low = (g: MeasureGroup) => Math.min(...g.rows.map((c) => c.fact.range?.low ?? c.fact.value).filter((v) => v > 0));
  const fits = (panel: MeasureGroup[]) => {
    const max = Math.max(...panel.map(high));
    return panel.every((g) => high(g) === max || low(g) >= max * HAIRLINE);
  };
  const panels: MeasureGroup[][] = [];
  for (const g of groups) {
    const current = panels.at(-1);
    if (current && fits([...current, g])) current.push(g);
    else panels.push([g]);
  }
  return panels;
}

/** "Killed, people in Alder County: 84"; a part names its whole; a range or a single source says who. */
function markName(fact: Fact, whole: Fact | null, sources: string[]): string {
  let name = `${measureLabel(fact.measure)}, ${factWho(fact)}: ${factValueSpoken(fact)}`;
  if (whole) name += `, of ${factValueSpoken(whole)} ${factWho(whole)}`;
  if (sources.length > 0) name += `, according to ${listInWords(sources)}`;
  return name;
}

/** Each report on a line or two: "at least 104, according to state officials"; earlier counts say so. */
function tipLines(fact: Fact, figures: ReadonlyMap<string, Figure>, width: number): string[] {
  const lines: string[] = [];
  const shown = fact.reports.slice(0, TIP_REPORTS);
  for (const r of shown) {
    const note = STATUS_NOTES[r.status];
    const status = note ? ` (${note})` : '';
    const who = r.attribution ? `according to ${r.attribution}` : 'source not named';
    const quoted = figures.get(r.figure)?.text;
    const text = `${formatQualified(r.value, r.qualifier)}${status}, ${who}${shown.length === 1 && quoted ? `: “${quoted}”` : ''}`;
    lines.push(...wrapToWidth(text, width, TIP_FONT, shown.length === 1 ? 3 : 2));
  }
  if (fact.reports.length > shown.length) lines.push(`and ${fact.reports.length - shown.length} more in the table`);
  return lines;
}

/** The width of a label's first line (its number in bold), for tests and the image writer. */
export function labelWidth(mark: Pick<CasualtyMark, 'value' | 'lines'>): number {
  return estimateTextWidth(mark.value, LABEL_FONT, true) + estimateTextWidth(` ${mark.lines[0]}`, LABEL_FONT);
}
