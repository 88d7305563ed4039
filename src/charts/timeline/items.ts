// The timeline's input type, which events a timeline charts, and the shared ordering, so layout, describe
// and table list events alike.
import type { ExtractedDocument } from '../../schema/document.ts';
import type { TimelineItem } from '../../schema/views.ts';
import { headlineProper } from '../../lib/title.ts';
import { periodEnd, periodStart, type Precision } from '../format.ts';

// One event on a timeline: an extracted event, optionally linked to its explainer and its source.
export type { TimelineItem };

/** An item with a usable date, and the time it covers (end exclusive, UTC). */
export interface DatedItem {
  item: TimelineItem & { date: string };
  start: Date;
  end: Date;
  kind: 'point' | 'period' | 'span'; // a day; a week, month or year; or an explicit "from … to …"
}

function precisionOf(date: string): Precision {
  const parts = date.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** Whether a timeline places `item`: an event (not a date merely mentioned) with a date that names a real period. */
export function isCharted(item: Pick<TimelineItem, 'date' | 'kind'>): item is { date: string; kind: TimelineItem['kind'] } {
  return item.kind !== 'mention' && !!item.date && !Number.isNaN(periodStart(item.date).getTime());
}

/** How many of `items` are events a timeline would chart but cannot, having no date. */
export function undatedEvents(items: readonly TimelineItem[]): number {
  return items.filter((item) => item.kind !== 'mention' && !isCharted(item)).length;
}

/**
 * A document's events as its timeline charts them, with the editor's settings (doc.charts.timeline):
 * never a mention; not an event the editor hides; not a low-confidence one unless the editor shows it.
 */
export function chartedEvents(doc: Pick<ExtractedDocument, 'events' | 'charts'>): ExtractedDocument['events'] {
  const settings = doc.charts.timeline;
  return doc.events.filter(
    (e) => e.kind !== 'mention' && !settings?.hide.includes(e.id) && (e.confidence !== 'low' || (settings?.show.includes(e.id) ?? false)),
  );
}

/** The id of the report's own item on its document's timeline (documentTimeline). */
export const REPORT_ITEM_ID = 'report';

/**
 * A document's timeline: its charted events and, when its lead dates nothing, the report itself on its
 * publication day, labelled with its headline. Why: a report's own news is often dated by nothing but the
 * day it appears ("An earthquake struck the region, killing 50"), and a timeline of the background dates
 * alone leaves the story out. The item says "Reported", which is what the day holds: the event came by then,
 * not necessarily on it. One point is no timeline: the item joins at least one charted event. An editor
 * turns it off with `report: false` (edits file, `charts: timeline:`).
 */
export function documentTimeline(doc: Pick<ExtractedDocument, 'events' | 'charts' | 'title' | 'published'>): TimelineItem[] {
  const events = chartedEvents(doc);
  const dated = events.filter((e) => isCharted(e));
  const leadDated = dated.some((e) => e.position.paragraph === 0);
  if (!doc.published || doc.charts.timeline?.report === false || dated.length === 0 || leadDated) return events;
  const report: TimelineItem = {
    id: REPORT_ITEM_ID,
    date: doc.published,
    precision: 'day',
    endDate: null,
    text: '',
    label: `Reported: ${headlineProper(doc.title)}`,
    kind: 'happened',
    position: { paragraph: 0, sentence: 0, start: 0, end: 0 },
    rule: 'timeline.report-day',
    confidence: 'high',
    edited: false,
  };
  return [...events, report];
}

/** How an item's date reads in the text, for its table row: the report's own day is written nowhere. */
export function dateAsWritten(item: Pick<TimelineItem, 'id' | 'text'>): string {
  return item.id === REPORT_ITEM_ID ? 'the day of publication' : item.text;
}

/** The same for its tip: "As written: “on Friday”", or "Dated by the day of publication". */
export function dateAsWrittenLine(item: Pick<TimelineItem, 'id' | 'text'>): string {
  return item.id === REPORT_ITEM_ID ? `Dated by ${dateAsWritten(item)}` : `As written: “${item.text}”`;
}

// A page asks for the same events' order several times (its chart, heading, summary, table and embed
// code), and a build renders thousands of pages: each list of items is ordered once.
const ordered = new WeakMap<readonly TimelineItem[], readonly DatedItem[]>();

/** Items with a date, in time order (start, then end, then input order); undated items are skipped. */
export function datedItems(items: readonly TimelineItem[]): readonly DatedItem[] {
  let dated = ordered.get(items);
  if (!dated) ordered.set(items, (dated = orderDated(items)));
  return dated;
}

function orderDated(items: readonly TimelineItem[]): DatedItem[] {
  const out: DatedItem[] = [];
  for (const item of items) {
    if (!isCharted(item)) continue;
    const start = periodStart(item.date);
    let end = periodEnd(item.date, item.precision);
    let kind: DatedItem['kind'] = item.precision === 'day' && precisionOf(item.date) === 'day' ? 'point' : 'period';
    if (item.endDate) {
      const spanEnd = periodEnd(item.endDate, precisionOf(item.endDate));
      // An end before the start is an extraction slip: draw the start alone rather than a negative span.
      if (spanEnd.getTime() > end.getTime()) {
        end = spanEnd;
        kind = 'span';
      }
    }
    out.push({ item: item as TimelineItem & { date: string }, start, end, kind });
  }
  return out
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.start.getTime() - b.d.start.getTime() || a.d.end.getTime() - b.d.end.getTime() || a.i - b.i)
    .map(({ d }) => d);
}
