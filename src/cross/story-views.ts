// What the site shows of its stories (stories.ts): a page per story of two reports or more (or named by
// an editor), and a card per story for the home page. Pure: documents in, views out.
import type { ExtractedDocument } from '../schema/document.ts';
import type { Story, StoryCard, StorySeries, TimelineItem } from '../schema/views.ts';
import { explainerPath, storyPath } from '../lib/paths.ts';
import { documentHeadline } from './headline.ts';
import { latestTimeline, storyTimeline } from './site-timeline.ts';
import { storySeries } from './story-series.ts';
import { storySlugs } from './story-slug.ts';
import { groupStories, type StoryGroup } from './stories.ts';

/** How many events a story's card on the home page shows: how it began, and its latest. */
export const STORY_CARD_EVENTS = 3;

/** A story as the views see it: its reports, its title and, when it has a page, its slug. */
export interface StoryEntry {
  slug: string | null; // its page's slug; null for a single unnamed report, which has no page
  title: string; // the editor's name; otherwise the title of its latest report
  named: boolean;
  documents: ExtractedDocument[]; // oldest first, undated last
}

/**
 * A story with a page, before its page's view is made: its series are known (the figures index, the
 * embeds and the page's address list need them), its timeline is merged only when its page is rendered
 * (storyView), since merging every story's events would cost every build the time of all of them.
 */
export type PagedStory = StoryEntry & { slug: string; series: StorySeries[] };

/** The stories with pages among `entries`, with their series. */
export function pagedStories(entries: readonly StoryEntry[]): PagedStory[] {
  return entries.flatMap((entry) => (entry.slug ? [{ ...entry, slug: entry.slug, series: storySeries(entry.documents).series }] : []));
}

/** A story has a page of its own when it has something its reports' explainers do not: several reports, or an editor's name. */
export function hasPage(group: StoryGroup): boolean {
  return group.documents.length > 1 || group.name !== null;
}

const latestOf = (docs: readonly ExtractedDocument[]) => docs.findLast((doc) => doc.published) ?? docs.at(-1)!;

/** Newest first: by latest report (undated stories last), then title, then first report's slug. */
function newestStoryFirst(a: StoryEntry, b: StoryEntry): number {
  const [x, y] = [latestOf(a.documents), latestOf(b.documents)];
  return (
    (y.published ?? '').localeCompare(x.published ?? '') ||
    a.title.localeCompare(b.title) ||
    (a.documents[0].slug < b.documents[0].slug ? -1 : 1)
  );
}

/** Every story of `documents`, newest first. */
export function storyEntries(documents: readonly ExtractedDocument[]): StoryEntry[] {
  const groups = groupStories(documents);
  const paged = groups.filter(hasPage);
  const pagedSlugs = storySlugs(paged);
  const slugs = new Map(paged.map((group, i) => [group, pagedSlugs[i]]));
  return groups
    .map((group) => ({
      slug: slugs.get(group) ?? null,
      title: group.name ?? latestOf(group.documents).title,
      named: group.name !== null,
      documents: group.documents,
    }))
    .sort(newestStoryFirst);
}

/** A story's page: its reports in order, their merged timeline and its figures over time. */
export function storyView(entry: PagedStory): Story {
  const dated = entry.documents.filter((doc) => doc.published);
  return {
    slug: entry.slug,
    title: entry.title,
    named: entry.named,
    first: dated[0]?.published ?? null,
    latest: dated.at(-1)?.published ?? null,
    documents: entry.documents.map((doc) => ({
      slug: doc.slug,
      title: doc.title,
      published: doc.published,
      source: doc.source,
      headline: documentHeadline(doc),
    })),
    timeline: storyTimeline(entry.documents),
    series: entry.series,
  };
}

/** A story's card on the home page: where it is, its latest report's headline facts, its latest events. */
export function storyCard(entry: StoryEntry): StoryCard {
  const dated = entry.documents.filter((doc) => doc.published);
  const latest = latestOf(entry.documents);
  const outlets: string[] = [];
  for (const doc of [...entry.documents].reverse()) if (doc.source && !outlets.includes(doc.source)) outlets.push(doc.source);
  const events = cardEvents(latestTimeline([{ documents: entry.documents }], (event) => event.kind === 'happened').items);
  return {
    slug: entry.slug,
    href: entry.slug ? storyPath(entry.slug) : explainerPath(entry.documents[0].slug),
    title: entry.title,
    first: dated[0]?.published ?? null,
    latest: dated.at(-1)?.published ?? null,
    documents: entry.documents.length,
    outlets,
    headline: documentHeadline(latest),
    events,
  };
}

/**
 * A compact timeline: the first of a story's events and its latest, STORY_CARD_EVENTS in all, oldest
 * first; a sentence that gives two dates ("capsized on Saturday, the coast guard said on Sunday") is
 * shown once, at its first.
 */
export function cardEvents(items: readonly TimelineItem[]): TimelineItem[] {
  const seen = new Set<string>();
  const distinct = [...items]
    .filter((item) => item.date)
    .sort((a, b) => a.date!.localeCompare(b.date!) || a.id.localeCompare(b.id))
    .filter((item) => {
      const key = item.label;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return distinct.length <= STORY_CARD_EVENTS ? distinct : [distinct[0], ...distinct.slice(1 - STORY_CARD_EVENTS)];
}
