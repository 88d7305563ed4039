// The home page's timeline: the dated events of every document, each linked to its explainer.
import type { TimelineItem } from '../charts/timeline/items.ts';
import type { SeedDocument } from '../schema/document.ts';
import { explainerPath } from './paths.ts';

export function siteTimelineItems(documents: readonly SeedDocument[]): TimelineItem[] {
  return documents.flatMap((doc) =>
    doc.events
      .filter((event) => event.date)
      // Ids are unique per document only; the slug makes them unique on the merged timeline.
      .map((event) => ({ ...event, id: `${doc.slug}-${event.id}`, href: `${explainerPath(doc.slug)}#src-${event.id}`, source: doc.title })),
  );
}
