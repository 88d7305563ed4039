// Casualty bars: figures in, geometry out. Pure; d3 does the scale and ticks, the Astro component only
// writes what this returns.
//
// Honesty with numbers that differ by orders of magnitude (91,700 next to 1,139): one linear scale
// from zero (a log scale would make 1,139 look like half of 91,700 to most readers), every bar labelled
// with its number just past its end, a minimum visible stub for any non-zero value, and a visible note
// when the largest is more than RATIO_NOTE times the smallest.
//
// Several figures for the same measure and people (two reports of the dead, say) are each drawn as their
// own bar inside one group: they are different reports, and keeping only the largest would hide that
// sources disagree. Each such bar names its reporter on a line just above it.
import { scaleLinear } from 'd3';
import type { Figure } from '../../schema/document.ts';
import { formatNumber, formatQualified, round1 } from '../format.ts';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from '../text-width.ts';
import { chartedFigures, groupKey, groupLabel } from './figures.ts';
import { measureColorVar } from '../measures.ts';

/** Design width of the viewBox; the SVG scales to its container (max-width in charts.css). */
export const CASUALTY_WIDTH = 320; // small enough that 14-unit labels stay ~12 px on a 320 px phone
export const LABEL_FONT = 14; // value labels and group labels
export const TICK_FONT = 12;
export const SOURCE_FONT = 12; // the reporter line above a bar in a multi-report group
export const TIP_FONT = 13;
export const BAR_HEIGHT = 18;
export const BAR_GAP = 8;
export const GROUP_GAP = 14;
export const MIN_STUB = 2; // the narrowest bar a non-zero value gets, in viewBox units
export const RATIO_NOTE = 20; // show the shared-scale note when max/min exceeds this
const LABEL_PAD = 6; // between a bar's end and its number
const TIP_LINE = 17;

export interface CasualtyMark {
  ref: string; // the figure's id, "figure-3": links the mark to the source text
  index: number; // position in reading order
  groupKey: string;
  measure: Figure['measure'];
  subject: string | null;
  value: number;
  valueLabel: string; // the number as written: "nearly 40,000"
  sourceLabel: string | null; // "according to the health ministry", above the bar when its group has several reports
  sourceLabelY: number | null; // baseline
  attribution: string | null;
  colorVar: string; // CSS custom property name, "--mark-killed"
  x: number;
  y: number;
  width: number;
  height: number;
  stubbed: boolean; // drawn wider than its value so it stays visible
  labelX: number;
  labelY: number; // text baseline
  focusBox: { x: number; y: number; width: number; height: number }; // bar and number: hit area and focus ring
  name: string; // accessible name of the mark
  tipLines: string[]; // shown in the readout strip on hover and focus
}

export interface CasualtyGroup {
  key: string;
  label: string; // "Killed · Palestinians"
  labelY: number; // baseline
  marks: CasualtyMark[];
}

export interface CasualtyTick {
  value: number;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface CasualtyLayout {
  width: number;
  height: number;
  groups: CasualtyGroup[];
  marks: CasualtyMark[];
  ticks: CasualtyTick[];
  tickLabelY: number;
  plotTop: number;
  plotBottom: number;
  readout: { y: number; height: number; lineHeight: number; hint: string };
  ratio: number | null; // largest / smallest non-zero value; null with fewer than two non-zero values
  scaleNote: string | null;
  sources: string[]; // distinct attributions in reading order
  unattributed: number; // figures whose reporter the text does not name
}

export interface CasualtyOptions {
  width?: number;
}

/** Lay out the people-counting figures; null when there are none (the chart then renders nothing). */
export function layoutCasualty(figures: readonly Figure[], options: CasualtyOptions = {}): CasualtyLayout | null {
  const width = options.width ?? CASUALTY_WIDTH;
  const charted = chartedFigures(figures);
  if (charted.length === 0) return null;

  const groupSizes = new Map<string, number>();
  for (const f of charted) groupSizes.set(groupKey(f), (groupSizes.get(groupKey(f)) ?? 0) + 1);

  // Numbers sit to the right of the bars, so the scale ends where the widest number would begin.
  const valueLabels = charted.map((f) => formatQualified(f.value, f.qualifier));
  // In a group with several reports each bar gets a line above it naming its reporter.
  const sourceLabels = charted.map((f) =>
    (groupSizes.get(groupKey(f)) ?? 0) >= 2
      ? truncateToWidth(f.attribution ? `according to ${f.attribution}` : 'reporter not named', width - 4, SOURCE_FONT)
      : null,
  );
  const labelSpace = Math.min(
    Math.round(width * 0.5),
    Math.max(...valueLabels.map((l) => estimateTextWidth(l, LABEL_FONT))) + LABEL_PAD + 2,
  );
  const x0 = 1; // keeps the zero line's stroke inside the viewBox
  const x1 = width - labelSpace;

  const max = Math.max(...charted.map((f) => f.value));
  const tickCount = Math.max(2, Math.floor((x1 - x0) / 80));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([x0, x1])
    .nice(tickCount);

  // The readout strip at the top shows one mark's details on hover or focus; tall enough for the longest.
  const tipWidth = width - 16;
  const tips = charted.map((f) => [
    ...wrapToWidth(`“${f.text}”`, tipWidth, TIP_FONT, 3),
    truncateToWidth(`Source: ${f.attribution ?? 'not named in the text'}`, tipWidth, TIP_FONT),
  ]);
  const readoutLines = Math.max(...tips.map((t) => t.length));
  const readoutHeight = readoutLines * TIP_LINE + 10;
  const tickLabelY = readoutHeight + 16;
  const plotTop = tickLabelY + 8;

  const groups: CasualtyGroup[] = [];
  const marks: CasualtyMark[] = [];
  let cursor = plotTop;
  charted.forEach((f, i) => {
    const key = groupKey(f);
    let group = groups.at(-1);
    if (!group || group.key !== key) {
      cursor += groups.length === 0 ? 6 : GROUP_GAP;
      group = { key, label: groupLabel(f), labelY: round1(cursor + LABEL_FONT), marks: [] };
      groups.push(group);
      cursor += LABEL_FONT + 6;
    } else {
      cursor += BAR_GAP;
    }
    const sourceLabel = sourceLabels[i];
    const sourceLabelY = sourceLabel ? round1(cursor + SOURCE_FONT) : null;
    if (sourceLabel) cursor += SOURCE_FONT + 5;
    const exact = x(f.value) - x0;
    const stubbed = f.value > 0 && exact < MIN_STUB;
    const barWidth = f.value > 0 ? Math.max(exact, MIN_STUB) : 0;
    const mark: CasualtyMark = {
      ref: f.id,
      index: i,
      groupKey: key,
      measure: f.measure,
      subject: f.subject,
      value: f.value,
      valueLabel: valueLabels[i],
      sourceLabel,
      sourceLabelY,
      attribution: f.attribution,
      colorVar: measureColorVar(f.measure),
      x: round1(x0),
      y: round1(cursor),
      width: round1(barWidth),
      height: BAR_HEIGHT,
      stubbed,
      labelX: round1(x0 + barWidth + LABEL_PAD),
      labelY: round1(cursor + BAR_HEIGHT / 2 + LABEL_FONT * 0.35),
      focusBox: {
        x: round1(x0 - 1),
        y: round1(cursor - 3),
        width: round1(barWidth + LABEL_PAD + estimateTextWidth(valueLabels[i], LABEL_FONT) + 4),
        height: BAR_HEIGHT + 6,
      },
      name: `${group.label}: ${formatQualified(f.value, f.qualifier)}${f.attribution ? `, reported by ${f.attribution}` : ''}`,
      tipLines: tips[i],
    };
    group.marks.push(mark);
    marks.push(mark);
    cursor += BAR_HEIGHT;
  });
  const plotBottom = cursor + 6;

  const tickValues = x.ticks(tickCount);
  const ticks: CasualtyTick[] = tickValues.map((value, i) => ({
    value,
    x: round1(x(value)),
    label: formatNumber(value),
    anchor: i === 0 ? 'start' : 'middle',
  }));

  const nonZero = charted.map((f) => f.value).filter((v) => v > 0);
  const ratio = nonZero.length >= 2 ? Math.max(...nonZero) / Math.min(...nonZero) : null;
  let scaleNote: string | null = null;
  if (ratio !== null && ratio > RATIO_NOTE) {
    scaleNote = `All bars share one scale starting at zero, so the largest figure is about ${formatNumber(Math.round(ratio))} times the length of the smallest; each bar is labelled with its number.`;
    if (marks.some((m) => m.stubbed)) scaleNote += ' Bars too short to see are drawn at a minimum width.';
  }

  const sources: string[] = [];
  for (const f of charted) if (f.attribution && !sources.includes(f.attribution)) sources.push(f.attribution);

  return {
    width,
    height: round1(plotBottom + 2),
    groups,
    marks,
    ticks,
    tickLabelY: round1(tickLabelY),
    plotTop: round1(plotTop),
    plotBottom: round1(plotBottom),
    readout: {
      y: 0,
      height: readoutHeight,
      lineHeight: TIP_LINE,
      hint: truncateToWidth('Hover over or focus a bar to see its source.', tipWidth, TIP_FONT),
    },
    ratio: ratio === null ? null : round1(ratio),
    scaleNote,
    sources,
    unattributed: charted.filter((f) => !f.attribution).length,
  };
}
