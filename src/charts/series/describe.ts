// The series chart ("figures over time" to readers) in words: its takeaway heading, summary paragraph,
// notes and caption, the only place they are written (the story page, the embed page and the embed's
// height estimate all read them here). Shares the series' point order with the layout and the table.
import type { SeriesPoint, StorySeries } from '../../schema/views.ts';
import { capitalize, formatDate, formatNumber } from '../format.ts';
import { seriesPhrase, type SeriesLayout } from './layout.ts';
import { dayValue, listInWords, pointSources, pointValue, sameDayGroups } from './points.ts';

function withSource(p: SeriesPoint): string {
  return `${pointValue(p)} (${p.sources.length ? `according to ${pointSources(p)}` : 'reporter not named'}, in “${p.docTitle}”)`;
}

const highest = (day: readonly SeriesPoint[]) => Math.max(...day.map((p) => p.value));

/**
 * What changed against the trend, in so many words: a report that says it revises a figure ("revised
 * down to 12 from 14"), and a day whose highest figure is below the day before's without one.
 */
function revisions(days: readonly SeriesPoint[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < days.length; i++) {
    const when = formatDate(days[i][0].date, 'day');
    const revised = days[i].filter((p) => p.replaces !== null);
    for (const p of revised)
      out.push(
        `${p.sources.length ? pointSources(p) : `“${p.docTitle}”`} revised it ${p.value < p.replaces! ? 'down' : 'up'} from ${formatNumber(p.replaces!)} to ${formatNumber(p.value)} on ${when}`,
      );
    if (i > 0 && revised.length === 0 && highest(days[i]) < highest(days[i - 1]))
      out.push(`the highest figure fell from ${formatNumber(highest(days[i - 1]))} to ${formatNumber(highest(days[i]))} on ${when}`);
  }
  return out;
}

/** The heading: what changed between the first and the latest days. Empty for an empty series. */
export function seriesHeading(series: StorySeries): string {
  const days = sameDayGroups(series.points);
  if (days.length === 0) return '';
  const Phrase = capitalize(seriesPhrase(series));
  const first = days[0];
  const last = days.at(-1)!;
  if (days.length === 1) {
    return first.length === 1
      ? `${Phrase}: one report, ${pointValue(first[0])} on ${formatDate(first[0].date, 'day')}`
      : `${Phrase}: ${first.length} reports on ${formatDate(first[0].date, 'day')}, ${dayValue(first)}`;
  }
  const [a, b] = [highest(first), highest(last)];
  const verb = b > a ? 'rose' : b < a ? 'fell' : 'stayed';
  const when = `${formatDate(first[0].date, 'day')} to ${formatDate(last[0].date, 'day')}`;
  if (verb === 'stayed' && first.length === 1 && last.length === 1)
    return `${Phrase}: reported figure unchanged at ${dayValue(last)}, ${when}`;
  return `${Phrase}: reported figure ${verb === 'stayed' ? 'went' : verb} from ${dayValue(first)} to ${dayValue(last)}, ${when}`;
}

/** One paragraph: how many reports, first and latest, revisions, and the days whose reports differ. */
export function describeSeries(series: StorySeries): string {
  const days = sameDayGroups(series.points);
  if (days.length === 0) return '';
  const n = series.points.length;
  const parts: string[] = [];
  const charted = new Set(series.points.map((p) => p.docSlug)).size;
  const docs = charted === 1 ? 'one report' : `${charted} reports`;
  parts.push(
    n === 1
      ? `One report of ${seriesPhrase(series)}, plotted at its publication date on a scale from zero.`
      : `The chart plots ${n < series.reports ? `the latest ${n} of ${series.reports} figures` : `${n} figures`} of ${seriesPhrase(series)} from ${docs} of this story, each at its report’s publication date, on a scale from zero.`,
  );
  const first = days[0];
  const last = days.at(-1)!;
  parts.push(
    `${days.length === 1 ? 'On' : 'The earliest, on'} ${formatDate(first[0].date, 'day')}, gave ${listInWords(first.map(withSource))}.`,
  );
  if (days.length > 1) parts.push(`The latest, on ${formatDate(last[0].date, 'day')}, gave ${listInWords(last.map(withSource))}.`);
  const revised = revisions(days);
  if (revised.length) parts.push(`${capitalize(listInWords(revised))}.`);
  const differing = days.filter((d) => new Set(d.map((p) => `${p.value}|${p.qualifier}`)).size > 1);
  if (differing.length > 0) {
    const dates = differing.map((d) => formatDate(d[0].date, 'day'));
    parts.push(
      `${differing.length === 1 ? `On ${dates[0]}` : `On ${listInWords(dates)}`} reports differed: they are drawn at the same date, with a bar from the lowest to the highest, and none is averaged away.`,
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
  const notes: string[] = [];
  if (layout.guide.length)
    notes.push('The line joins days, through the highest figure of each day; it never joins two reports of one day.');
  if (layout.sameDayDates.length)
    notes.push(
      'Reports published on the same day share its date: a bar spans their range, and a dot given by several reports names them all.',
    );
  return notes;
}

/** The caption: where the figures come from and how to reach their sentences. */
export const SERIES_CAPTION =
  'Figures as each report of this story gave them, hedges kept, plotted at the report’s publication date; extracted automatically from the article text. Select a dot or a table row to read the sentence it comes from.';

/** The data table's caption, on the page and in the embed: it names the series, since a story page has several. */
export function seriesTableCaption(series: Pick<StorySeries, 'measure' | 'groupLabel' | 'place'>): string {
  return `${capitalize(seriesPhrase(series))}: every report, by publication date`;
}
