// A story's address, /stories/<slug>/. Pure.
//
// It must not move when a later or an earlier report is added, and the build keeps no memory between
// builds (a clean build publishes byte for byte what an incremental one does), so the slug is made from
// what the story's reports agree on, never from one report (a first report's slug would move the day an
// earlier report is added; a latest report's, with every update):
// - a story an editor named (`story:` in front matter) is its name: "Texas floods" -> texas-floods. It
//   never moves; this is how an editor pins a story's address, or keeps it when it would move.
// - otherwise, `<word>-<day>`: the distinctive word (stories.ts) the most reports use, a use in a title
//   counting twice as one in a lead (ties: the word more leads write as a name, "Keswick" before
//   "depot", since every report of an event names it while its nouns vary; then alphabetical), and the
//   day the most reports date an event of their lead to (ties: the earliest; without one, the
//   publication day most reports share): "keswick-2025-05-01". A report added before or after the
//   others that tells the same event in the same words does not move it: it moves only if the new
//   report changes which word or which day most reports agree on, which one report can do only while
//   the story has few.
// - two stories that would share a slug are told apart in the order of their first reports
//   (publication day, then slug): the second gets "-2", and so on.
import { slugOr } from '../lib/slug.ts';
import { storyFeatures, type StoryGroup } from './stories.ts';

const alphabetical = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The value counted highest, ties to the first of `order`. */
function mostCounted(counts: ReadonlyMap<string, number>, order: (a: string, b: string) => number): string | null {
  let best: string | null = null;
  for (const [value, count] of counts) {
    const bestCount = best === null ? -1 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && order(value, best!) < 0)) best = value;
  }
  return best;
}

/** `counts`' own order for ties: the larger count in `then` first, then alphabetical. */
const byCount = (then: ReadonlyMap<string, number>) => (a: string, b: string) =>
  (then.get(b) ?? 0) - (then.get(a) ?? 0) || alphabetical(a, b);

function count(counts: Map<string, number>, values: Iterable<string>): void {
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** The slug an unnamed story is given before two stories are told apart: "valley-2025-03-13". */
export function storyBaseSlug(group: StoryGroup): string {
  if (group.name) return slugOr(group.name, 'story');
  const words = new Map<string, number>();
  const names = new Map<string, number>();
  const days = new Map<string, number>();
  const published = new Map<string, number>();
  for (const doc of group.documents) {
    const features = storyFeatures(doc);
    count(words, features.words);
    count(words, features.titleWords);
    count(names, features.leadNames);
    count(days, features.days);
    if (doc.published) count(published, [doc.published]);
  }
  const word = mostCounted(words, byCount(names)) ?? 'story';
  const day = mostCounted(days.size ? days : published, alphabetical);
  return slugOr(day ? `${word} ${day}` : word, 'story');
}

/** Every group's slug, in the groups' order; unique among them. */
export function storySlugs(groups: readonly StoryGroup[]): string[] {
  const bases = groups.map(storyBaseSlug);
  const first = (g: StoryGroup) => g.documents[0];
  const order = groups
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [first(groups[a]), first(groups[b])];
      return (x.published ?? '9999').localeCompare(y.published ?? '9999') || alphabetical(x.slug, y.slug);
    });
  const slugs: string[] = new Array<string>(groups.length);
  const taken = new Map<string, number>();
  for (const i of order) {
    const n = (taken.get(bases[i]) ?? 0) + 1;
    taken.set(bases[i], n);
    slugs[i] = n === 1 ? bases[i] : `${bases[i]}-${n}`;
  }
  return slugs;
}
