import { describe, expect, it } from 'vitest';
import { doc, event } from '../../tests/helpers/chart-fixtures.ts';
import { storyFixtures } from '../../tests/helpers/story-fixtures.ts';
import type { Entity, ExtractedDocument } from '../schema/document.ts';
import { groupStories, linkScore, STORY_SPAN_DAYS, storyFeatures, storyKey, WINDOW_DAYS } from './stories.ts';
import { storyBaseSlug, storySlugs } from './story-slug.ts';
import { storyEntries } from './story-views.ts';

const fixtures = storyFixtures();
const all = Object.values(fixtures);
const fire = ['fire-1', 'fire-2', 'fire-2b', 'fire-3', 'fire-4'].map((name) => fixtures[name]);

/** Each story as the slugs of its reports, stories in a stable order. */
const stories = (documents: readonly ExtractedDocument[]) =>
  groupStories(documents)
    .map((group) => group.documents.map((d) => d.slug))
    .sort((a, b) => a[0].localeCompare(b[0]));

/** A deterministic shuffle. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const place = (name: string): Entity => ({
  id: 'place-1',
  name,
  role: null,
  aliases: [],
  mentions: [{ paragraph: 0, sentence: 0, start: 0, end: 1 }],
  edited: false,
});
/** A report of a flood at `town` on `day`, published the day after. */
const flood = (slug: string, published: string, town: string, day: string, story: string | null = null) =>
  doc({
    slug,
    title: `Floodwaters sweep through ${town} after river bursts its banks`,
    published,
    story,
    paragraphs: [{ text: `Floodwaters swept through ${town} on Sunday after the river burst its banks overnight.`, sentences: [] }],
    entities: { people: [], organizations: [], places: [place(town)] },
    events: [event({ id: 'event-1', date: day })],
  });

describe('groupStories on the story fixtures', () => {
  const entries = storyEntries(all);
  const bySlug = new Map(entries.map((e) => [e.slug ?? e.documents[0].slug, e]));

  it('tells the depot fire as one story of five reports, oldest first', () => {
    const story = entries.find((e) => e.documents.some((d) => d.slug === fixtures['fire-1'].slug))!;
    expect(story.documents.map((d) => d.slug)).toEqual([
      'fire-at-port-keswick-fuel-depot-kills-at-least-9',
      'port-keswick-depot-fire-toll-rises-to-14',
      'union-says-17-died-in-port-keswick-depot-blaze',
      'port-keswick-fire-toll-revised-down-to-12-after-double-count',
      'inquiry-opens-into-port-keswick-depot-fire-as-toll-reaches-15',
    ]);
    // Named after the word most of its reports use and the day most of them date the fire to (Thursday).
    expect(story.slug).toBe('keswick-2025-05-01');
    expect(story.title).toBe('Inquiry opens into Port Keswick depot fire as toll reaches 15');
    expect(story.named).toBe(false);
  });

  it('keeps two unrelated deaths of the same days apart, from each other and from the fire', () => {
    for (const name of ['bus-gorge', 'ferry-capsize']) {
      const story = bySlug.get(fixtures[name].slug)!;
      expect(story.documents).toHaveLength(1);
      expect(story.slug).toBeNull(); // a single report has no story page
    }
  });

  it('joins two reports an editor named alike, weeks apart and in other words', () => {
    const story = bySlug.get('valmora-dam-collapse')!;
    expect(story.documents.map((d) => d.slug)).toEqual([fixtures['dam-warning'].slug, fixtures['dam-collapse'].slug]);
    expect(story.named).toBe(true);
    // "Valmora dam collapse" and "Valmora Dam collapse" are one name; the earliest report's spelling wins a tie.
    expect(story.title).toBe('Valmora dam collapse');
    expect(storyKey('Valmora  Dam collapse.')).toBe(storyKey('valmora dam collapse'));
  });

  it('splits two reports an editor named apart, though their leads would join them', () => {
    const [harbour, election] = [fixtures['storm-harbour'], fixtures['storm-election']];
    const unnamed = [harbour, election].map((d) => ({ ...d, story: null }));
    expect(stories(unnamed)).toEqual([[harbour.slug, election.slug]]);
    expect(stories([harbour, election])).toEqual([[harbour.slug], [election.slug]]);
    expect(bySlug.get('storm-ilse')!.documents.map((d) => d.slug)).toEqual([harbour.slug]);
    expect(bySlug.get('cardew-council-election')!.documents.map((d) => d.slug)).toEqual([election.slug]);
  });

  it('is the same whatever order the documents come in', () => {
    const expected = storyEntries(all).map((e) => [e.slug, e.documents.map((d) => d.slug)]);
    for (const seed of [1, 2, 3, 4, 5])
      expect(storyEntries(shuffled(all, seed)).map((e) => [e.slug, e.documents.map((d) => d.slug)])).toEqual(expected);
  });
});

describe('a story’s slug', () => {
  const slugOf = (documents: readonly ExtractedDocument[]) => storyBaseSlug(groupStories(documents)[0]);

  it('does not move when a later or an earlier report is added', () => {
    const middle = fire.slice(1, 4); // the second day's two reports and the revision
    expect(stories(middle)).toHaveLength(1);
    expect(slugOf(middle)).toBe('keswick-2025-05-01');
    expect(slugOf([...middle, fixtures['fire-4']])).toBe('keswick-2025-05-01');
    expect(slugOf([fixtures['fire-1'], ...middle])).toBe('keswick-2025-05-01');
    expect(slugOf(fire)).toBe('keswick-2025-05-01');
  });

  it('is an editor’s name when there is one', () => {
    expect(slugOf([fixtures['dam-warning'], fixtures['dam-collapse']])).toBe('valmora-dam-collapse');
  });

  it('tells two stories with one slug apart in the order of their first reports', () => {
    // The Wexby flood of 2 March, and a look back at it weeks later: too far apart to be linked, one slug.
    const days = [flood('a1', '2025-03-03', 'Wexby', '2025-03-02'), flood('a2', '2025-03-04', 'Wexby', '2025-03-02')];
    const weeks = [flood('b1', '2025-03-20', 'Wexby', '2025-03-02'), flood('b2', '2025-03-21', 'Wexby', '2025-03-02')];
    const groups = groupStories([...weeks, ...days]);
    expect(groups.map((g) => g.documents.map((d) => d.slug))).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2'],
    ]);
    expect(storySlugs(groups)).toEqual(['wexby-2025-03-02', 'wexby-2025-03-02-2']);
    expect(storySlugs([...groups].reverse())).toEqual(['wexby-2025-03-02-2', 'wexby-2025-03-02']);
  });
});

describe('links', () => {
  it('counts places, days and distinctive words, not the words every report uses', () => {
    const a = storyFeatures(flood('a', '2025-03-03', 'Vell', '2025-03-02'));
    expect([...a.places]).toEqual(['vell']);
    expect([...a.days]).toEqual(['2025-03-02']);
    expect(a.words).toContain('floodwater');
    expect(a.words).not.toContain('people');
    expect(linkScore(a, storyFeatures(flood('b', '2025-03-04', 'Vell', '2025-03-02'))).score).toBeGreaterThanOrEqual(6);
  });

  it('never joins the same words in two places, nor reports further apart than the window', () => {
    expect(stories([flood('a', '2025-03-03', 'Vell', '2025-03-02'), flood('b', '2025-03-03', 'Ardenne', '2025-03-02')])).toHaveLength(2);
    const late = new Date(Date.UTC(2025, 2, 3 + WINDOW_DAYS + 1)).toISOString().slice(0, 10);
    expect(stories([flood('a', '2025-03-03', 'Vell', '2025-03-02'), flood('b', late, 'Vell', '2025-03-02')])).toHaveLength(2);
  });

  it('never lets a chain of look-alike reports run longer than the span', () => {
    const chain = Array.from({ length: 12 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 0, 1 + i * 8)).toISOString().slice(0, 10);
      return flood(`r${String(i).padStart(2, '0')}`, day, 'Vell', day);
    });
    // Each shares its town and words with the next, but not its day: linked by place and words alone.
    const groups = groupStories(chain);
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      const days = g.documents.map((d) => Date.parse(d.published!) / 86_400_000);
      expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(STORY_SPAN_DAYS);
    }
  });

  it('never joins two named stories through a report that resembles both', () => {
    const a = flood('a', '2025-03-03', 'Vell', '2025-03-02', 'Vell floods');
    const b = flood('b', '2025-03-05', 'Vell', '2025-03-02', 'Vell rebuilding');
    const bridge = flood('c', '2025-03-04', 'Vell', '2025-03-02');
    const groups = stories([a, b, bridge]);
    expect(groups).toHaveLength(2);
    expect(groups.flat().sort()).toEqual(['a', 'b', 'c']);
  });

  it('leaves an undated report alone unless an editor names its story', () => {
    const dated = flood('a', '2025-03-03', 'Vell', '2025-03-02');
    expect(stories([dated, { ...flood('b', '2025-03-03', 'Vell', '2025-03-02'), published: null }])).toHaveLength(2);
    const named = [
      { ...dated, story: 'Vell' },
      { ...flood('b', '2025-03-03', 'Vell', '2025-03-02'), published: null, story: 'vell' },
    ];
    expect(stories(named)).toEqual([['a', 'b']]);
  });
});
