// Stories: the documents that report the same event, grouped. Pure, deterministic and independent of the
// order the documents come in.
//
// What two reports of one event share is in their leads (the title and the first LEAD_PARAGRAPHS
// paragraphs): the places they name, the people and organisations they name (weaker: a minister or the Red
// Crescent speaks about many events), the days their events happened or are expected (day-precision dates,
// never a mere mention), and their distinctive words (content words, less those every report uses:
// story-lexicon.ts, the outlet's own name, and the names already counted). Two reports published at most
// WINDOW_DAYS apart are linked when they share enough of these (linkScore): a weighted count of at least
// LINK_SCORE, with at least LINK_WORDS words in common (a shared speaker or date alone never joins two
// events) and more than words (a place, a day, two speakers: two earthquakes a week apart are told in
// the same words), and never when both leads name places and none in common (the same flood words in
// two countries are two floods). A story is what the links join, strongest link first (ties by the two
// documents' slugs), so the result is one and the same whatever the input order:
// - a link is skipped when the story it would make spans more than STORY_SPAN_DAYS, so a chain of
//   similar reports (a season of floods in one valley) never becomes one endless story;
// - an editor names a story in front matter (`story:`): reports with the same name (case, accents and
//   punctuation aside) are one story whatever their dates or words; reports with different names are
//   never joined, not even through a third report that resembles both. A named story takes in unnamed
//   reports that link to it, however long it runs.
// Undated reports are linked to nothing: only their `story:` puts them in a story.
import type { Entity, ExtractedDocument } from '../schema/document.ts';
import { GENERIC_WORDS } from './story-lexicon.ts';
import { describeWords, normalizeName } from './normalize.ts';

/** Reports published further apart than this are never linked directly (a story may still join them through others). */
export const WINDOW_DAYS = 10;
/** No link makes an unnamed story run longer than this, first report to last. */
export const STORY_SPAN_DAYS = 60;
/** The lead: the title and this many paragraphs. */
export const LEAD_PARAGRAPHS = 2;
/** What each shared item counts towards a link. */
export const WEIGHTS = { place: 3, speaker: 1, day: 2, word: 1 } as const;
export const LINK_SCORE = 6;
export const LINK_WORDS = 3;
/** What a link needs besides words: a shared place or day, or two shared speakers. */
export const MORE_THAN_WORDS = 2;

/** What a report's lead says, for comparing it with other reports. */
export interface StoryFeatures {
  places: Set<string>; // normalised names of the places its lead names
  speakers: Set<string>; // normalised names of the people and organisations its lead names
  days: Set<string>; // YYYY-MM-DD of its lead's events that happened or are expected
  words: Set<string>; // stemmed distinctive words of its title and lead
  titleWords: Set<string>; // the same, of its title alone (story-slug.ts names stories by them)
  leadNames: Set<string>; // those its lead capitalises within a sentence: names ("Keswick"), whatever the title's casing
}

const features = new WeakMap<ExtractedDocument, StoryFeatures>();

/** The words of `words` that can tell one event from another, less those in `counted`. */
function distinctive(words: ReadonlySet<string>, counted: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const word of words) if (!/\d/.test(word) && !GENERIC_WORDS.has(word) && !counted.has(word)) out.add(word);
  return out;
}

export function storyFeatures(doc: ExtractedDocument): StoryFeatures {
  let found = features.get(doc);
  if (found) return found;
  const inLead = (paragraph: number) => paragraph < LEAD_PARAGRAPHS;
  const named = (entities: readonly Entity[]) => {
    const names = new Set<string>();
    for (const entity of entities) if (entity.mentions.some((m) => inLead(m.paragraph))) names.add(normalizeName(entity.name));
    names.delete('');
    return names;
  };
  // A speaker's name is counted as a speaker, not again as words; so is a wire's own name, which is in
  // every one of its datelines ("(Example Wire)") and tells no event from another.
  const speakers = [...doc.entities.people, ...doc.entities.organizations].flatMap((entity) => [entity.name, ...entity.aliases]);
  const counted = describeWords([doc.source ?? '', ...speakers].join(' ')).words;
  const days = new Set<string>();
  for (const event of doc.events)
    if (event.kind !== 'mention' && event.precision === 'day' && event.date?.length === 10 && inLead(event.position.paragraph))
      days.add(event.date);
  const title = describeWords(doc.title);
  const lead = describeWords(
    doc.paragraphs
      .slice(0, LEAD_PARAGRAPHS)
      .map((p) => p.text)
      .join('\n'),
  );
  const titleWords = distinctive(title.words, counted);
  found = {
    places: named(doc.entities.places),
    speakers: named([...doc.entities.people, ...doc.entities.organizations]),
    days,
    words: new Set([...titleWords, ...distinctive(lead.words, counted)]),
    titleWords,
    leadNames: distinctive(lead.names, counted),
  };
  features.set(doc, found);
  return found;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** How strongly two reports' leads agree: the weighted count of what they share, and their words in common. */
export function linkScore(a: StoryFeatures, b: StoryFeatures): { score: number; words: number } {
  const words = shared(a.words, b.words);
  const score =
    WEIGHTS.place * shared(a.places, b.places) +
    WEIGHTS.speaker * shared(a.speakers, b.speakers) +
    WEIGHTS.day * shared(a.days, b.days) +
    WEIGHTS.word * words;
  return { score, words };
}

/**
 * Whether two reports tell the same event, as far as their leads say (their dates aside): they share
 * enough, words and more than words (a place, a day, speakers), and do not name different places only.
 */
export function linked(a: StoryFeatures, b: StoryFeatures): { score: number } | null {
  const places = shared(a.places, b.places);
  if (places === 0 && a.places.size > 0 && b.places.size > 0) return null;
  const { score, words } = linkScore(a, b);
  if (score < LINK_SCORE || words < LINK_WORDS || score - WEIGHTS.word * words < MORE_THAN_WORDS) return null;
  return { score };
}

/** An editor's story name as compared: "Texas floods" and "texas  floods." are one story. */
export function storyKey(name: string | null): string | null {
  const key = name ? normalizeName(name) : '';
  return key || null;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Oldest first, undated last, then by slug: the order of a story's reports everywhere. */
export function byPublication(a: ExtractedDocument, b: ExtractedDocument): number {
  return (a.published ?? '9999').localeCompare(b.published ?? '9999') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** A group of reports of one event, before it is named (story-slug.ts) and viewed (story-view.ts). */
export interface StoryGroup {
  name: string | null; // the editor's name, as most of its reports write it; null when the build grouped it
  documents: ExtractedDocument[]; // oldest first, undated last
}

interface Part {
  parent: number;
  name: string | null; // the editor's story key of any of its members
  first: number; // its earliest and latest publication day (day numbers), NaN when none is dated
  last: number;
}

/** Every story of `documents`, each report in exactly one; in the order of their first reports. */
export function groupStories(documents: readonly ExtractedDocument[]): StoryGroup[] {
  const docs = [...documents].sort(byPublication);
  const days = docs.map((doc) => (doc.published ? dayNumber(doc.published) : NaN));
  const parts: Part[] = docs.map((doc, i) => ({ parent: -1, name: storyKey(doc.story), first: days[i], last: days[i] }));
  const find = (i: number): number => {
    while (parts[i].parent >= 0) {
      const up = parts[i].parent;
      if (parts[up].parent >= 0) parts[i].parent = parts[up].parent;
      i = up;
    }
    return i;
  };
  const join = (a: number, b: number) => {
    const [root, child] = a < b ? [a, b] : [b, a];
    parts[child].parent = root;
    const r = parts[root];
    const c = parts[child];
    r.name ??= c.name;
    r.first = Number.isNaN(r.first) ? c.first : Number.isNaN(c.first) ? r.first : Math.min(r.first, c.first);
    r.last = Number.isNaN(r.last) ? c.last : Number.isNaN(c.last) ? r.last : Math.max(r.last, c.last);
  };

  // Reports the editors named alike are one story, first of all.
  const byName = new Map<string, number>();
  for (let i = 0; i < docs.length; i++) {
    const key = parts[i].name;
    if (!key) continue;
    const other = byName.get(key);
    if (other === undefined) byName.set(key, i);
    else join(find(other), find(i));
  }

  // Candidate links: dated reports at most WINDOW_DAYS apart whose leads agree.
  const links: Array<{ a: number; b: number; score: number; key: string }> = [];
  for (let i = 0; i < docs.length; i++) {
    if (!docs[i].published) continue;
    const fi = storyFeatures(docs[i]);
    for (let j = i + 1; j < docs.length && days[j] - days[i] <= WINDOW_DAYS; j++) {
      const link = linked(fi, storyFeatures(docs[j]));
      if (!link) continue;
      const score = link.score;
      const [x, y] = docs[i].slug < docs[j].slug ? [docs[i].slug, docs[j].slug] : [docs[j].slug, docs[i].slug];
      links.push({ a: i, b: j, score, key: `${x}\u0000${y}` });
    }
  }
  links.sort((p, q) => q.score - p.score || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  for (const { a, b } of links) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const [pa, pb] = [parts[ra], parts[rb]];
    if (pa.name && pb.name && pa.name !== pb.name) continue;
    if (!pa.name && !pb.name && Math.max(pa.last, pb.last) - Math.min(pa.first, pb.first) > STORY_SPAN_DAYS) continue;
    join(ra, rb);
  }

  const groups = new Map<number, ExtractedDocument[]>();
  docs.forEach((doc, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(doc);
    else groups.set(root, [doc]);
  });
  return [...groups.values()].map((members) => ({ name: writtenName(members), documents: members }));
}

/** The editor's name as most of the story's reports write it; ties to the earliest report's. */
function writtenName(members: readonly ExtractedDocument[]): string | null {
  const counts = new Map<string, number>();
  for (const doc of members) {
    const name = doc.story?.trim().replace(/\s+/g, ' ');
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > counts.get(best)!) best = name;
  return best;
}
