// One timeline from many documents: the same event reported by several documents appears once, with
// every document that reports it. Pure: documents in, timeline items out.
//
// Two events are the same when they come from different documents, have the same date, precision and
// end date, and their descriptions (label + date phrase) overlap: Jaccard on stemmed content words at
// least MERGE_THRESHOLD, or at least SHARED_NAMES distinctive words (numbers, names) in common with a
// weaker overlap. Events of one document are never merged with each other: a document that gives two
// events on one day means two events.
import type { TimelineItem } from '../charts/timeline/items.ts';
import type { DatedEvent, ExtractedDocument } from '../schema/document.ts';
import { explainerPath } from '../lib/paths.ts';
import { describeWords, intersectionSize, jaccard } from './normalize.ts';

export const MERGE_THRESHOLD = 0.3;
export const WEAK_THRESHOLD = 0.15; // enough overlap when names or numbers agree too
export const SHARED_NAMES = 2;

export interface EventSource {
  slug: string; // the document's slug
  title: string;
  published: string | null;
  eventId: string; // the event's id inside that document
  href: string; // the sentence the date comes from, on the document's explainer
  label: string; // how this document describes the event
}

/** A timeline item that may stand for the same event in several documents. */
export type MergedEvent = TimelineItem & {
  sources: EventSource[]; // every document reporting it, earliest publication first
};

interface Candidate {
  event: DatedEvent;
  source: EventSource;
  words: Set<string>;
  names: Set<string>;
}

/** How alike two descriptions are, for the merge decision (exported for tests). */
export function sameEvent(
  a: Pick<DatedEvent, 'date' | 'precision' | 'endDate' | 'label' | 'text'>,
  b: Pick<DatedEvent, 'date' | 'precision' | 'endDate' | 'label' | 'text'>,
): boolean {
  if (!a.date || a.date !== b.date || a.precision !== b.precision || (a.endDate ?? null) !== (b.endDate ?? null)) return false;
  return similar(describe(a), describe(b));
}

function describe(e: Pick<DatedEvent, 'label' | 'text'>): { words: Set<string>; names: Set<string> } {
  const both = `${e.label.replace(/…$/, '')}. ${e.text}`;
  return describeWords(both);
}

function similar(a: { words: Set<string>; names: Set<string> }, b: { words: Set<string>; names: Set<string> }): boolean {
  const overlap = jaccard(a.words, b.words);
  if (overlap >= MERGE_THRESHOLD) return true;
  return overlap >= WEAK_THRESHOLD && intersectionSize(a.names, b.names) >= SHARED_NAMES;
}

const byPublication = (a: ExtractedDocument, b: ExtractedDocument) =>
  (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);

/** Join source titles for the one-line `source` of a timeline item. */
export function sourceLine(sources: readonly EventSource[]): string {
  return sources.map((s) => s.title).join('; ');
}

/**
 * Every dated event of every document, the same event merged across documents. Order: documents by
 * publication (earliest first), events in document order; the timeline sorts by date itself. Events
 * merge only with events of the same date, so `include` can pick the events (and dates) to merge: the
 * others are left out.
 */
export function mergeEvents(
  documents: readonly ExtractedDocument[],
  include: (event: DatedEvent & { date: string }) => boolean = () => true,
): MergedEvent[] {
  const groups: Candidate[][] = [];
  // Only events with the same date, precision and end date can merge, and only with a group one of
  // whose members shares a content word (the overlap that `similar` asks for): each date keeps its
  // groups' words in an index, so an event is compared with few groups, not with every one of that day.
  const byDate = new Map<string, { groups: Candidate[][]; slugs: Set<string>[]; withWord: Map<string, number[]> }>();
  const ordered = [...documents].sort(byPublication);
  const included = (event: DatedEvent) => !!event.date && include(event as DatedEvent & { date: string });
  const dateKey = (event: DatedEvent) => `${event.date}|${event.precision}|${event.endDate ?? ''}`;
  // A date only one document gives has nothing to merge with: its events skip the word comparison.
  const reporters = new Map<string, string>(); // date key -> the one document giving it, or '' for several
  for (const doc of ordered)
    for (const event of doc.events) {
      if (!included(event)) continue;
      const seen = reporters.get(dateKey(event));
      reporters.set(dateKey(event), seen === undefined || seen === doc.slug ? doc.slug : '');
    }
  const none = new Set<string>();
  for (const doc of ordered) {
    for (const event of doc.events) {
      if (!included(event)) continue;
      const key = dateKey(event);
      const alone = reporters.get(key) !== '';
      const { words, names } = alone ? { words: none, names: none } : describe(event);
      const candidate: Candidate = {
        event,
        words,
        names,
        source: {
          slug: doc.slug,
          title: doc.title,
          published: doc.published,
          eventId: event.id,
          href: `${explainerPath(doc.slug)}#src-${event.id}`,
          label: event.label,
        },
      };
      let day = byDate.get(key);
      if (!day) byDate.set(key, (day = { groups: [], slugs: [], withWord: new Map() }));
      const sharing = new Set<number>();
      for (const word of words) for (const g of day.withWord.get(word) ?? []) sharing.add(g);
      // The best-matching existing group without this document; ties go to the earliest group.
      let best = -1;
      let bestScore = -1;
      for (const g of [...sharing].sort((x, y) => x - y)) {
        if (day.slugs[g].has(doc.slug)) continue;
        for (const member of day.groups[g]) {
          if (!similar(member, candidate)) continue;
          const score = jaccard(member.words, candidate.words);
          if (score > bestScore) {
            best = g;
            bestScore = score;
          }
        }
      }
      if (best < 0) {
        best = day.groups.length;
        const group: Candidate[] = [];
        groups.push(group);
        day.groups.push(group);
        day.slugs.push(new Set());
      }
      day.groups[best].push(candidate);
      day.slugs[best].add(doc.slug);
      for (const word of words) {
        const list = day.withWord.get(word) ?? [];
        if (list.at(-1) !== best) list.push(best);
        day.withWord.set(word, list);
      }
    }
  }
  return groups.map((group) => {
    const first = group[0];
    const sources = group.map((c) => c.source);
    return {
      ...first.event,
      // Ids are unique per document only; the first reporter's slug makes them unique on the timeline.
      id: `${first.source.slug}-${first.event.id}`,
      href: first.source.href,
      source: sourceLine(sources),
      sources,
    };
  });
}
