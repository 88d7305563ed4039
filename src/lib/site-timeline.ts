// The home page's timeline: the dated events of every document, each linked to its explainer. An event
// several documents report appears once, naming every document (src/cross/merge-events.ts).
import type { TimelineItem } from '../charts/timeline/items.ts';
import type { SeedDocument } from '../schema/document.ts';
import { mergeEvents } from '../cross/merge-events.ts';

export function siteTimelineItems(documents: readonly SeedDocument[]): TimelineItem[] {
  // The extra `sources` list is dropped: the chart shows the joined titles and links to the first report.
  return mergeEvents(documents).map(({ sources: _sources, ...item }) => item);
}
