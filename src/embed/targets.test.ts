import { describe, expect, it } from 'vitest';
import { allEmbeds, creditLine, documentEmbeds, siteTimelineEmbed } from './targets.ts';
import { doc, event, figure, quakeFigures } from '../../tests/helpers/chart-fixtures.ts';
import { siteTimeline } from '../cross/site-timeline.ts';

const quake = doc({ figures: quakeFigures, events: [event({ id: 'event-1', date: '2025-03-14', label: 'Main shock' })] });
/** The site timeline of `documents`, each its own story. */
const timelineOf = (documents: ReturnType<typeof doc>[]) => siteTimeline(documents.map((d) => ({ title: d.title, documents: [d] })));

describe('documentEmbeds', () => {
  it('offers both charts when the document has facts about people and dated events', () => {
    const embeds = documentEmbeds(quake);
    expect(embeds.map((e) => e.chart)).toEqual(['casualties', 'timeline']);
    expect(embeds[0]).toMatchObject({
      slug: 'quake-in-the-hills',
      heading: 'More than 1,040 villagers killed; 3 climbers missing',
      explainerPath: '/explainers/quake-in-the-hills/',
      credit: 'Source: Example Wire, via News Explainers',
      doc: quake,
    });
    expect(embeds[0].summary).toMatch(/^More than 1,040 villagers killed; 3 climbers missing; nearly 48,200 residents displaced\./);
    expect(embeds[1].heading).toBe('One dated event: 14 Mar 2025');
  });

  it('uses the editor’s chart settings: titles, summaries, hidden and shown items; never a mention', () => {
    const edited = doc({
      figures: quakeFigures,
      events: [
        event({ id: 'event-1', date: '2025-03-14', label: 'Main shock' }),
        event({ id: 'event-2', date: '2019', precision: 'year', kind: 'mention', label: 'A smaller quake' }),
        event({ id: 'event-3', date: '2025-03-15', label: 'Aftershock' }),
      ],
      charts: {
        casualties: { title: 'The quake in numbers', summary: 'Over a thousand dead.', hide: [], show: [] },
        timeline: { title: 'Two days', summary: null, hide: ['event-3'], show: [], report: true },
      },
    });
    const [casualties, timeline] = documentEmbeds(edited);
    expect([casualties.heading, casualties.summary]).toEqual(['The quake in numbers', 'Over a thousand dead.']);
    expect(timeline.heading).toBe('Two days');
    expect(timeline.items.map((e) => e.id)).toEqual(['event-1']);
  });

  it('offers no casualty chart without people-counting figures, and no timeline without dates', () => {
    const onlyOther = doc({
      figures: [figure({ id: 'figure-1', value: 40, measure: 'other', unit: 'aftershocks' })],
      events: [event({ id: 'event-1', date: null })],
    });
    expect(documentEmbeds(onlyOther)).toEqual([]);
  });

  it('credits a news report when the outlet is unknown', () => {
    expect(creditLine(null)).toBe('Source: news report, via News Explainers');
  });
});

describe('siteTimelineEmbed and allEmbeds', () => {
  it('adds the site-wide timeline under the reserved slug, after every document', () => {
    const site = siteTimelineEmbed(timelineOf([quake]));
    expect(site).toMatchObject({ slug: 'all', chart: 'timeline', explainerPath: '/timeline/', doc: null });
    expect(site!.items[0]).toMatchObject({ id: 'quake-in-the-hills-event-1', source: 'Story: Quake in the hills' });
    expect(allEmbeds([quake], timelineOf([quake])).map((e) => `${e.slug}/${e.chart}`)).toEqual([
      'quake-in-the-hills/casualties',
      'quake-in-the-hills/timeline',
      'all/timeline',
    ]);
    expect(siteTimelineEmbed(timelineOf([doc()]))).toBeNull();
  });

  it('refuses a document that would take the reserved slug', () => {
    const clash = [doc({ slug: 'all', title: 'All' })];
    expect(() => allEmbeds(clash, timelineOf(clash))).toThrow(/reserved/);
  });
});
