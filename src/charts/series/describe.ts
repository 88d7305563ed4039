// The series chart ("figures over time" to readers) in words: its takeaway heading, summary paragraph,
// notes and caption, the only place they are written (the page, the embed page and the embed's height
// estimate all read them here). Shares the series' point order with the layout and the table.
import type { FigureSeries, SeriesPoint } from '../../schema/views.ts';
import { formatDate, formatNumber, formatQualified } from '../format.ts';
import { countedPhrase } from '../measures.ts';
import type { SeriesLayout } from './layout.ts';
import { sameDayGroups } from './points.ts';

/** "people killed", "Palestinians displaced", "people held hostage". */
export function seriesPhrase(series: Pick<FigureSeries, 'measure' | 'groupLabel'>): string {
  return countedPhrase(series.groupLabel, series.measure);
}

/** "212" or "260–275" for the reports of one day. */
function range(points: readonly SeriesPoint[]): string {
  const values = points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? formatNumber(lo) : `${formatNumber(lo)}–${formatNumber(hi)}`;
}

function withSource(p: SeriesPoint): string {
  return `${formatQualified(p.value, p.figure.qualifier)} (${p.figure.attribution ? `according to ${p.figure.attribution}` : 'reporter not named'}, in “${p.docTitle}”)`;
}

function listInWords(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The heading: what changed between the first and the latest reports. Empty for an empty series. */
export function seriesHeading(series: FigureSeries): string {
  const days = sameDayGroups(series.points);
  if (days.length === 0) return '';
  const phrase = seriesPhrase(series);
  const Phrase = phrase[0].toUpperCase() + phrase.slice(1);
  const first = days[0];
  const last = days.at(-1)!;
  if (days.length === 1) {
    return first.length === 1
      ? `${Phrase}: one report, ${formatNumber(first[0].value)} on ${formatDate(first[0].date, 'day')}`
      : `${Phrase}: ${first.length} reports on ${formatDate(first[0].date, 'day')}, ${range(first)}`;
  }
  const a = Math.max(...first.map((p) => p.value));
  const b = Math.max(...last.map((p) => p.value));
  const verb = b > a ? 'rose' : b < a ? 'fell' : 'stayed';
  const when = `${formatDate(first[0].date, 'day')} to ${formatDate(last[0].date, 'day')}`;
  if (verb === 'stayed' && first.length === 1 && last.length === 1)
    return `${Phrase}: reported figure unchanged at ${formatNumber(a)}, ${when}`;
  return `${Phrase}: reported figure ${verb === 'stayed' ? 'went' : verb} from ${range(first)} to ${range(last)}, ${when}`;
}

/** One paragraph: how many reports, first and latest, and which days have differing reports. */
export function describeSeries(series: FigureSeries): string {
  const days = sameDayGroups(series.points);
  if (days.length === 0) return '';
  const n = series.points.length;
  const parts: string[] = [];
  const charted = new Set(series.points.map((p) => p.docSlug)).size;
  const docs = charted === 1 ? 'one document' : `${charted} documents`;
  parts.push(
    n === 1
      ? `One report of ${seriesPhrase(series)}, plotted at its publication date on a scale from zero.`
      : `The chart plots ${n < series.reports ? `the latest ${n} of ${series.reports} reports` : `${n} reports`} of ${seriesPhrase(series)} from ${docs}, each at its document’s publication date, on a scale from zero.`,
  );
  const first = days[0];
  const last = days.at(-1)!;
  parts.push(
    `${days.length === 1 ? 'On' : 'The earliest, on'} ${formatDate(first[0].date, 'day')}, gave ${listInWords(first.map(withSource))}.`,
  );
  if (days.length > 1) parts.push(`The latest, on ${formatDate(last[0].date, 'day')}, gave ${listInWords(last.map(withSource))}.`);
  const differing = days.filter((d) => d.length > 1);
  if (differing.length > 0) {
    const dates = differing.map((d) => formatDate(d[0].date, 'day'));
    parts.push(
      `${differing.length === 1 ? `On ${dates[0]}` : `On ${listInWords(dates)}`} several reports were published; each is drawn as its own dot, side by side, and none is averaged away.`,
    );
  }
  return parts.join(' ');
}

/** What the SVG's <desc> says: the kind of graphic, and that the table repeats it. */
export function seriesGraphicDescription(layout: SeriesLayout): string {
  const reports = layout.marks.length === 1 ? 'One reported figure' : `${layout.marks.length} reported figures`;
  return `${reports} plotted by publication date on a scale from zero. The table after the chart lists the same reports.`;
}

/** The visible notes under the graphic. */
export function seriesNotes(layout: SeriesLayout): string[] {
  return layout.marks.some((m) => Math.abs(m.offset) >= 0.5)
    ? [
        'Reports published on the same day, or on days too close to tell apart, are drawn side by side in date order; each dot is one report.',
      ]
    : [];
}

/** The caption: where the figures come from and how to reach their sentences. */
export const SERIES_CAPTION =
  'Figures as each document reported them, plotted at the document’s publication date; extracted automatically from the article text. Select a dot or a table row to read the sentence it comes from.';

/** The data table's caption, on the page and in the embed. */
export const SERIES_TABLE_CAPTION = 'Every report in this chart, by publication date';
