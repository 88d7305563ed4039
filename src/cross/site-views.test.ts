import { describe, expect, it } from 'vitest';
import { doc, event, figure, quakeFigures, quote } from '../../tests/helpers/chart-fixtures.ts';
import type { Quote } from '../schema/document.ts';
import { HEADLINE_FIGURES, siteViews } from './site-views.ts';

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

  it('indexes people and series by count, with the full views beside the index', () => {
    expect(views.index.people.map((p) => [p.slug, p.quotes, p.documents])).toEqual([
      ['mara-okonjo', 2, 2],
      ['ivo-lindqvist', 1, 1],
    ]);
    expect(views.people.map((p) => p.slug)).toEqual(views.index.people.map((p) => p.slug));
    const killed = views.index.series.find((s) => s.slug === 'killed-villager')!;
    expect(killed).toMatchObject({ reports: 3, documents: 2 });
    expect(killed.latest.value).toBe(1200);
    expect(killed.heading).not.toBe('');
    expect(views.series.map((s) => s.slug)).toEqual(views.index.series.map((s) => s.slug));
  });

  it('words a hostage count as every other list does', () => {
    const hostages = doc({ slug: 'hostages', figures: [figure({ id: 'figure-1', value: 240, qualifier: 'about', measure: 'hostages' })] });
    expect(siteViews([hostages]).index.documents[0].headline).toEqual(['about 240 people held hostage']);
  });

  it('carries the site timeline', () => {
    expect(views.index.timeline).toMatchObject({ complete: true });
    expect(views.index.timeline.items.map((i) => i.label)).toEqual(['The quake struck']);
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
