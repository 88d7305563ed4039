// Timelines across documents: the dated events of several reports, the same event reported twice shown
// once (merge-events.ts). A story's page charts its reports' events, never a mere mention; the site-wide
// timeline (/embed/all/timeline/) charts what happened across every story, each event named by its
// story and merged only within it, without forecasts, scheduled events or mentions.
import type { DatedEvent, ExtractedDocument } from '../schema/document.ts';
import type { TimelineView } from '../schema/views.ts';
import { mergeEvents, sourceLine, type EventSource } from './merge-events.ts';
import { chartedEvents, type TimelineItem } from '../charts/timeline/items.ts';

/**
 * A timeline across documents charts at most this many events, the latest by date: a chart of thousands
 * of events is unreadable, and its page would grow with every document added. Each explainer keeps its
 * own complete timeline.
 */
export const TIMELINE_LIMIT = 60;

/** The latest events across documents, and whether they are all of them (src/schema/views.ts). */
export type SiteTimeline = TimelineView;

/** Documents whose events merge with each other, and what their events say they come from. */
export interface TimelineGroup {
  documents: readonly ExtractedDocument[];
  // Every event's source, or how to name the reports of one: by default the titles of the documents.
  source?: string | ((sources: readonly EventSource[]) => string);
}

const byDateThenId = (a: TimelineItem, b: TimelineItem) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

/**
 * The latest `limit` events of `groups` that `include` keeps, merged within each group, in merge order.
 * Events merge only within a date, so only the latest dates are merged: from the newest, as many dates
 * as give `limit` events.
 */
export function latestTimeline(
  groups: readonly TimelineGroup[],
  include: (event: DatedEvent) => boolean,
  limit = TIMELINE_LIMIT,
): TimelineView {
  // Only what each explainer's own timeline charts: never an event its editor hid, nor a low-confidence
  // one (a label that does not read whole, an unresolved day) that the editor did not show.
  groups = groups.map((group) => ({ ...group, documents: group.documents.map((doc) => ({ ...doc, events: chartedEvents(doc) })) }));
  const reports = new Map<string, number>(); // dated event reports per date
  for (const { documents } of groups)
    for (const doc of documents)
      for (const event of doc.events) if (event.date && include(event)) reports.set(event.date, (reports.get(event.date) ?? 0) + 1);
  const dates = [...reports.keys()].sort().reverse();
  let taken = 0; // how many of the newest dates are merged
  let merged: TimelineItem[];
  // Reports of one event merge, so a date gives at most as many events as reports: widen until enough.
  for (let wanted = limit; ; wanted *= 2) {
    let count = 0;
    while (taken < dates.length && count < wanted) count += reports.get(dates[taken++])!;
    const included = new Set(dates.slice(0, taken));
    merged = groups.flatMap(({ documents, source = sourceLine }) =>
      // The `sources` list is dropped once named: the chart shows the names and links to the first report.
      mergeEvents(documents, (event) => included.has(event.date) && include(event)).map(({ sources, ...item }) => ({
        ...item,
        source: typeof source === 'string' ? source : source(sources),
      })),
    );
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

/**
 * A story's timeline: its reports' events, merged; a date named without an event of its own is no event.
 * Each event names the outlets that report it (the page lists the reports themselves).
 */
export function storyTimeline(documents: readonly ExtractedDocument[], limit = TIMELINE_LIMIT): TimelineView {
  const outlets = new Map(documents.map((doc) => [doc.slug, doc.source ?? doc.title]));
  const source = (sources: readonly EventSource[]) => [...new Set(sources.map((s) => outlets.get(s.slug)!))].join('; ');
  return latestTimeline([{ documents, source }], (event) => event.kind !== 'mention', limit);
}

/** The site-wide timeline: what happened across the stories, each event named by its story. */
export function siteTimeline(
  stories: ReadonlyArray<{ title: string; documents: readonly ExtractedDocument[] }>,
  limit = TIMELINE_LIMIT,
): TimelineView {
  return latestTimeline(
    stories.map((story) => ({ documents: story.documents, source: `Story: ${story.title}` })),
    (event) => event.kind === 'happened',
    limit,
  );
}

/** The site-wide chart's heading: it says when the chart shows only the latest events. */
export function siteTimelineTitle({ items, complete }: SiteTimeline): string {
  return complete ? 'Every dated event across the stories' : `The ${items.length} latest dated events across the stories`;
}
