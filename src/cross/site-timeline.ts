// The home page's timeline: the dated events of every document, each linked to its explainer. An event
// several documents report appears once, naming every document (src/cross/merge-events.ts).
import type { ExtractedDocument } from '../schema/document.ts';
import type { SiteIndex } from '../schema/views.ts';
import { mergeEvents } from './merge-events.ts';
import type { TimelineItem } from '../charts/timeline/items.ts';

/**
 * The home timeline charts at most this many events, the latest by date: a chart of thousands of
 * events is unreadable, and its page would grow with every document added. Each explainer keeps its
 * own complete timeline.
 */
export const SITE_TIMELINE_LIMIT = 60;

/** The latest events across the documents, and whether they are all of them (src/schema/views.ts). */
export type SiteTimeline = SiteIndex['timeline'];

const byDateThenId = (a: TimelineItem, b: TimelineItem) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

/**
 * The latest `limit` events, merged across documents, in merge order. Events merge only within a date,
 * so only the latest dates are merged: from the newest, as many dates as give `limit` events.
 */
export function siteTimeline(documents: readonly ExtractedDocument[], limit = SITE_TIMELINE_LIMIT): SiteTimeline {
  const reports = new Map<string, number>(); // dated event reports per date
  for (const doc of documents) for (const event of doc.events) if (event.date) reports.set(event.date, (reports.get(event.date) ?? 0) + 1);
  const dates = [...reports.keys()].sort().reverse();
  let taken = 0; // how many of the newest dates are merged
  let merged: TimelineItem[];
  // Reports of one event merge, so a date gives at most as many events as reports: widen until enough.
  for (let wanted = limit; ; wanted *= 2) {
    let count = 0;
    while (taken < dates.length && count < wanted) count += reports.get(dates[taken++])!;
    const included = new Set(dates.slice(0, taken));
    // The extra `sources` list is dropped: the chart shows the joined titles and links to the first report.
    merged = mergeEvents(documents, (date) => included.has(date)).map(({ sources: _sources, ...item }) => item);
    if (merged.length >= limit || taken === dates.length) break;
  }
  if (merged.length <= limit) return { items: merged, complete: taken === dates.length };
  const latest = new Set(
    [...merged]
      .sort(byDateThenId)
      .slice(0, limit)
      .map((item) => item.id),
  );
  return { items: merged.filter((item) => latest.has(item.id)), complete: false };
}

/** The chart's heading: it says when the chart shows only the latest events. */
export function siteTimelineTitle({ items, complete }: SiteTimeline): string {
  return complete ? 'Every dated event across the explainers' : `The ${items.length} latest dated events across the explainers`;
}
