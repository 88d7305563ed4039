// The home page's timeline: the dated events of every document, each linked to its explainer. An event
// several documents report appears once, naming every document (src/cross/merge-events.ts).
import type { TimelineItem } from '../charts/timeline/items.ts';
import type { SeedDocument } from '../schema/document.ts';
import { mergeEvents } from '../cross/merge-events.ts';

/**
 * The home timeline charts at most this many events, the latest by date: a chart of thousands of
 * events is unreadable, and its page would grow with every document added. Each explainer keeps its
 * own complete timeline.
 */
export const SITE_TIMELINE_LIMIT = 60;

export interface SiteTimeline {
  items: TimelineItem[]; // the latest `limit` events, in merge order
  total: number; // every distinct dated event across the documents
}

// Merging every document's events is the costliest site-wide view (~0.5 s at 1,000 documents), and the
// home page and the embeds both need it: computed once per documents array (never mutated: callers sort
// copies; the dev server reads a new array on every request).
const merged = new WeakMap<readonly SeedDocument[], TimelineItem[]>();

export function siteTimeline(documents: readonly SeedDocument[], limit = SITE_TIMELINE_LIMIT): SiteTimeline {
  let all = merged.get(documents);
  // The extra `sources` list is dropped: the chart shows the joined titles and links to the first report.
  if (!all) merged.set(documents, (all = mergeEvents(documents).map(({ sources: _sources, ...item }) => item)));
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
