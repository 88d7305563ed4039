// The home page's timeline: the dated events of every document, each linked to its explainer. An event
// several documents report appears once, naming every document (src/cross/merge-events.ts).
import type { SeedDocument } from '../schema/document.ts';
import type { SiteIndex } from '../schema/views.ts';
import { mergeEvents } from '../cross/merge-events.ts';

/**
 * The home timeline charts at most this many events, the latest by date: a chart of thousands of
 * events is unreadable, and its page would grow with every document added. Each explainer keeps its
 * own complete timeline.
 */
export const SITE_TIMELINE_LIMIT = 60;

/** The latest events across the documents and how many there are in all (src/schema/views.ts). */
export type SiteTimeline = SiteIndex['timeline'];

export function siteTimeline(documents: readonly SeedDocument[], limit = SITE_TIMELINE_LIMIT): SiteTimeline {
  // The extra `sources` list is dropped: the chart shows the joined titles and links to the first report.
  const all = mergeEvents(documents).map(({ sources: _sources, ...item }) => item);
  if (all.length <= limit) return { items: all, total: all.length };
  const latest = new Set(
    [...all]
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((item) => item.id),
  );
  return { items: all.filter((item) => latest.has(item.id)), total: all.length };
}

/** The chart's heading: it says when the chart shows only the latest events. */
export function siteTimelineTitle({ items, total }: SiteTimeline): string {
  return items.length < total ? `The ${items.length} latest of ${total.toLocaleString('en')} dated events across the explainers` : 'Every dated event across the explainers';
}
