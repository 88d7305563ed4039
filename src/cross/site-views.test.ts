import { describe, expect, it } from 'vitest';
import { doc, event, figure, quakeFigures, quote } from '../../tests/helpers/chart-fixtures.ts';
import type { Quote } from '../schema/document.ts';
import { siteViews } from './site-views.ts';
import { HEADLINE_FIGURES } from './headline.ts';
import { storyView } from './story-views.ts';
import { fireStory, unrelatedDeaths } from '../../tests/helpers/story-fixtures.ts';

const quoteBy = (id: string, speaker: string): Quote => quote({ id, speaker });

const quake = doc({
  figures: quakeFigures,
  events: [event({ id: 'event-1', date: '2025-03-12', label: 'The quake struck' })],
  quotes: [quoteBy('quote-1', 'Mara Okonjo')],
});
const update = doc({
  slug: 'update',
  title: 'Update',
  file: 'update.txt',
  published: '2025-03-20',
  figures: [figure({ id: 'figure-1', value: 1200, qualifier: 'more than', measure: 'killed', subject: 'villagers' })],
  quotes: [quoteBy('quote-1', 'Mara Okonjo'), quoteBy('quote-2', 'Ivo Lindqvist')],
});

describe('siteViews', () => {
  const views = siteViews([quake, update]);

  it('lists every document newest first, with its headline facts in words (each quantity once)', () => {
    expect(views.index.documents.map((d) => d.slug)).toEqual(['update', 'quake-in-the-hills']);
    expect(views.index.documents[0].headline).toEqual(['more than 1,200 villagers killed']);
    expect(views.index.documents[1].headline).toHaveLength(HEADLINE_FIGURES);
    expect(views.index.documents[1].headline).toEqual([
      'more than 1,040 villagers killed',
      '3 climbers missing',
      'nearly 48,200 residents displaced',
    ]);
  });

  it('indexes people by count, with the full views beside the index', () => {
    expect(views.index.people.map((p) => [p.slug, p.quotes, p.documents])).toEqual([
      ['mara-okonjo', 2, 2],
      ['ivo-lindqvist', 1, 1],
    ]);
    expect(views.people.map((p) => p.slug)).toEqual(views.index.people.map((p) => p.slug));
  });

  it('words a hostage count as every other list does', () => {
    const hostages = doc({ slug: 'hostages', figures: [figure({ id: 'figure-1', value: 240, qualifier: 'about', measure: 'hostages' })] });
    expect(siteViews([hostages]).index.documents[0].headline).toEqual(['about 240 people held hostage']);
  });

  it('carries the site timeline, each event named by its story', () => {
    expect(views.index.timeline).toMatchObject({ complete: true });
    expect(views.index.timeline.items.map((i) => [i.label, i.source])).toEqual([['The quake struck', 'Story: Quake in the hills']]);
  });
});

describe('stories in the views', () => {
  const fire = fireStory();
  const views = siteViews([...unrelatedDeaths(), ...fire]);
  const [story] = views.stories;

  it('gives a page to a story of several reports only, and each of its explainers its address', () => {
    expect(views.stories.map((s) => s.slug)).toEqual(['keswick-2025-05-01']);
    expect(
      views.index.documents
        .filter((d) => d.story)
        .map((d) => d.slug)
        .sort(),
    ).toEqual(fire.map((d) => d.slug).sort());
    expect(views.index.documents.find((d) => d.slug.startsWith('bus-plunges'))!.story).toBeNull();
  });

  it('leads the home page with the latest stories, their headline facts and a compact timeline', () => {
    expect(views.index.storyCount).toBe(3);
    expect(views.index.stories.map((s) => [s.href, s.documents, s.first, s.latest])).toEqual([
      ['/stories/keswick-2025-05-01/', 5, '2025-05-02', '2025-05-09'],
      ['/explainers/ferry-capsizes-off-saint-brel-31-dead/', 1, '2025-05-04', '2025-05-04'],
      ['/explainers/bus-plunges-into-gorge-near-altavilla-killing-23/', 1, '2025-05-03', '2025-05-03'],
    ]);
    const card = views.index.stories[0];
    expect(card.title).toBe('Inquiry opens into Port Keswick depot fire as toll reaches 15');
    expect(card.outlets).toEqual(['Harbour Gazette', 'Coastline Wire', 'The Evening Ledger']);
    // Headline facts: the latest report's, as its key-figure strip shows them (whom the fact counts kept).
    expect(card.headline[0]).toBe('15 workers killed');
    expect(card.events.length).toBeGreaterThan(0);
    expect(card.events.length).toBeLessThanOrEqual(3);
    expect(card.events.every((e) => e.kind === 'happened')).toBe(true);
    const dates = card.events.map((e) => e.date!);
    expect(dates).toEqual([...dates].sort());
  });

  it('makes a story’s page from its reports: in order, their timeline merged, its series', () => {
    const page = storyView(story);
    expect(page.documents.map((d) => d.published)).toEqual(['2025-05-02', '2025-05-03', '2025-05-03', '2025-05-05', '2025-05-09']);
    // Thursday's fire is told by every report: one event, naming them all.
    const fireDay = page.timeline.items.filter((i) => i.date === '2025-05-01');
    expect(fireDay.length).toBeGreaterThanOrEqual(1);
    expect(fireDay.length).toBeLessThan(5);
    expect(page.timeline.items.every((i) => i.kind !== 'mention')).toBe(true);
    expect(page.series.map((s) => s.slug)).toEqual(['killed-worker', 'missing-worker', 'injured-people']);
    expect(views.index.series.map((s) => [s.story, s.slug, s.latest.value])).toEqual([
      ['keswick-2025-05-01', 'killed-worker', 15],
      ['keswick-2025-05-01', 'missing-worker', 1],
      ['keswick-2025-05-01', 'injured-people', 31],
    ]);
  });
});

describe('the method page example', () => {
  it('is the newest document both of whose charts draw something, else the newest with one, else the newest', () => {
    // `update` is newer but has no dated event; `quake` has figures and a timeline.
    expect(siteViews([quake, update]).index.example).toBe('quake-in-the-hills');
    expect(siteViews([update]).index.example).toBe('update');
    const bare = doc({ slug: 'bare', title: 'Bare', file: 'bare.txt', figures: [], events: [] });
    expect(siteViews([bare]).index.example).toBe('bare');
    expect(siteViews([]).index.example).toBeNull();
  });
});
