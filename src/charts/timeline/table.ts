// Rows of the data table under the timeline: the same dated events, in the same order as the marks.
import { formatDateRange } from '../format.ts';
import { dateAsWritten, datedItems, type TimelineItem } from './items.ts';

export interface TimelineRow {
  ref: string;
  date: string; // "7 Oct 2023"
  datetime: string; // ISO, for <time datetime>
  event: string; // the short label
  asWritten: string; // the date expression as the text gives it
  href?: string;
  source?: string;
}

/** The table's columns; a Source column follows when any row has a source (hasSources). */
export const TIMELINE_COLUMNS = ['Date', 'Event', 'Date as written'] as const;

export function timelineRows(items: readonly TimelineItem[]): TimelineRow[] {
  return datedItems(items).map(({ item }) => ({
    ref: item.id,
    date: formatDateRange(item.date, item.endDate, item.precision),
    datetime: item.date,
    event: item.kind === 'expected' ? `${item.label} (expected)` : item.label,
    asWritten: dateAsWritten(item),
    href: item.href,
    source: item.source,
  }));
}

/** Whether any row has a source, so the table shows a Source column only when it says something. */
export function hasSources(rows: readonly TimelineRow[]): boolean {
  return rows.some((r) => Boolean(r.source));
}
