// The timeline in words: the heading's takeaway, a summary of what the marks show at a glance, and the
// notes, caption and descriptions around the graphic. The only place they are written: the page, the
// embed page, the embed's height estimate and the chart image read them here.
import type { ChartSettings, ExtractedDocument } from '../../schema/document.ts';
import { formatDateRange } from '../format.ts';
import { datedItems, REPORT_ITEM_ID, undatedEvents, type TimelineItem } from './items.ts';
import type { TimelineLayout } from './layout.ts';

function when(d: { item: TimelineItem & { date: string } }): string {
  return formatDateRange(d.item.date, d.item.endDate, d.item.precision);
}

/** "9 dated events, 7 Oct 2023 to 10 Aug 2024"; empty when nothing has a date; the editor's title when set. */
export function timelineHeading(items: readonly TimelineItem[], settings: ChartSettings | null = null): string {
  if (settings?.title) return settings.title;
  const dated = datedItems(items);
  if (dated.length === 0) return '';
  if (dated.length === 1) return `One dated event: ${when(dated[0])}`;
  const first = dated[0];
  const last = dated.reduce((a, b) => (b.end.getTime() >= a.end.getTime() ? b : a));
  return `${dated.length} dated events, ${when(first)} to ${when(last)}`;
}

/** What the timeline shows at a glance; the editor's summary when set. */
export function describeTimeline(items: readonly TimelineItem[], settings: ChartSettings | null = null): string {
  if (settings?.summary) return settings.summary;
  const dated = datedItems(items);
  if (dated.length === 0) return '';
  const skipped = undatedEvents(items);
  const parts: string[] = [];
  if (dated.length === 1) {
    parts.push(`One event is dated: ${dated[0].item.label} (${when(dated[0])}).`);
  } else {
    const first = dated[0];
    const last = dated.at(-1)!;
    parts.push(`The timeline shows ${dated.length} events in time order, from ${when(first)} to ${when(last)}.`);
    parts.push(`It begins with “${first.item.label}” and ends with “${last.item.label}”.`);
  }
  if (dated.some((d) => d.item.id === REPORT_ITEM_ID))
    parts.push('One mark is the report itself: its headline, on the day it was published.');
  const periods = dated.filter((d) => d.kind === 'period').length;
  const spans = dated.filter((d) => d.kind === 'span').length;
  if (periods > 0) {
    parts.push(
      `${periods === 1 ? 'One event is' : `${periods} events are`} dated only to a week, month or year and drawn as a bracket across that period.`,
    );
  }
  if (spans > 0)
    parts.push(
      `${spans === 1 ? 'One event lasts' : `${spans} events last`} more than a day and ${spans === 1 ? 'is' : 'are'} drawn as a bar from start to end.`,
    );
  const expected = dated.filter((d) => d.item.kind === 'expected').length;
  if (expected > 0)
    parts.push(
      `${expected === 1 ? 'One event is' : `${expected} events are`} expected rather than past, and drawn as ${expected === 1 ? 'an open mark' : 'open marks'}.`,
    );
  if (skipped > 0)
    parts.push(`${skipped === 1 ? 'One event has' : `${skipped} events have`} no date and ${skipped === 1 ? 'is' : 'are'} not shown.`);
  return parts.join(' ');
}

/** What the SVG's <desc> says: the kind of graphic, and that the table repeats it. */
export function timelineGraphicDescription(layout: TimelineLayout): string {
  const events = layout.marks.length === 1 ? 'Timeline of one dated event' : `Timeline of ${layout.marks.length} dated events`;
  return `${events} on a time axis. The table after the chart lists the same events.`;
}

/** The visible note under the graphic: how to read the marks, when they are not all single days. */
export function timelineNotes(layout: TimelineLayout): string[] {
  const notes: string[] = [];
  if (layout.marks.some((m) => m.kind !== 'point'))
    notes.push(
      'A dot marks a single day; a bracket marks an event dated only to a week, month or year; a solid bar runs from the start to the end of a span.',
    );
  if (layout.marks.some((m) => m.expected)) notes.push('An open, dashed mark is an event the text expects; it has not happened yet.');
  return notes;
}

/** The caption: where the dates come from; `doc` is null for a timeline of many documents. */
export function timelineCaption(doc: Pick<ExtractedDocument, 'title' | 'source'> | null): string {
  return doc
    ? `Dates as given in “${doc.title}”${doc.source ? ` (${doc.source})` : ''}, resolved against its publication date; extracted automatically.`
    : 'Dates as given in the source articles, resolved against each publication date; extracted automatically.';
}

/** The data table's caption, on the page and in the embed. */
export const TIMELINE_TABLE_CAPTION = 'The events in this timeline, in time order';
