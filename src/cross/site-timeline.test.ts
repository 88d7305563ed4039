import { describe, expect, it } from 'vitest';
import { doc, MACHINE } from '../../tests/helpers/chart-fixtures.ts';
import type { DatedEvent } from '../schema/document.ts';
import { siteTimeline, siteTimelineTitle, storyTimeline } from './site-timeline.ts';

const at = { paragraph: 0, sentence: 0, start: 0, end: 1 };
const dated = (id: string, date: string, label: string): DatedEvent => ({
  id,
  date,
  precision: 'day',
  endDate: null,
  text: 'on Monday',
  label,
  kind: 'happened',
  position: at,
  ...MACHINE,
});

// Three reports, four distinct events; the dam failure is reported twice and merges.
const reports = [
  doc({
    slug: 'a',
    title: 'A',
    published: '2025-03-02',
    events: [
      dated('event-1', '2025-03-01', 'The dam at Kestrel Falls failed'),
      dated('event-2', '2025-02-20', 'Heavy rain began in the hills'),
    ],
  }),
  doc({
    slug: 'b',
    title: 'B',
    published: '2025-03-05',
    events: [
      dated('event-1', '2025-03-01', 'The Kestrel Falls dam failed'),
      dated('event-2', '2025-03-04', 'Evacuation orders were lifted'),
    ],
  }),
  doc({ slug: 'c', title: 'C', published: '2025-03-09', events: [dated('event-1', '2025-03-08', 'Rebuilding of the bridge started')] }),
];
/** The dam story (A and B) and the bridge (C), as site-views hands them over. */
const documents = [
  { title: 'Kestrel Falls dam', documents: reports.slice(0, 2) },
  { title: 'C', documents: reports.slice(2) },
];

describe('storyTimeline and siteTimeline chart what each explainer charts', () => {
  it('leave out an event the editor hid and a low-confidence one the editor did not show', () => {
    const report = doc({
      slug: 'd',
      title: 'D',
      published: '2025-03-09',
      events: [
        dated('event-1', '2025-03-08', 'The bridge reopened'),
        { ...dated('event-2', '2025-03-07', 'He was arrested'), confidence: 'low' },
        dated('event-3', '2025-03-06', 'Crews cleared the debris'),
        { ...dated('event-4', '2025-03-05', 'The council met'), confidence: 'low' },
      ],
    });
    report.charts.timeline = { title: null, summary: null, hide: ['event-3'], show: ['event-4'], report: true };
    expect(storyTimeline([report]).items.map((i) => i.label)).toEqual(['The bridge reopened', 'The council met']);
    expect(siteTimeline([{ title: 'D', documents: [report] }]).items.map((i) => i.label)).toEqual([
      'The bridge reopened',
      'The council met',
    ]);
  });
});

describe('siteTimeline', () => {
  it('charts every merged event while there are few', () => {
    const timeline = siteTimeline(documents);
    expect(timeline.complete).toBe(true);
    expect(timeline.items.map((i) => i.date).sort()).toEqual(['2025-02-20', '2025-03-01', '2025-03-04', '2025-03-08']);
    expect(siteTimelineTitle(timeline)).toBe('Every dated event across the stories');
    expect(timeline.items.find((i) => i.date === '2025-03-01')!.source).toBe('Story: Kestrel Falls dam');
  });

  it('merges the same event only within its story', () => {
    const apart = [
      { title: 'A', documents: reports.slice(0, 1) },
      { title: 'B', documents: reports.slice(1, 2) },
    ];
    expect(
      siteTimeline(apart)
        .items.filter((i) => i.date === '2025-03-01')
        .map((i) => i.source),
    ).toEqual(['Story: A', 'Story: B']);
  });

  it('keeps only the latest events by date beyond the limit, and says so in its heading', () => {
    const timeline = siteTimeline(documents, 2);
    expect(timeline.complete).toBe(false);
    expect(timeline.items.map((i) => i.date).sort()).toEqual(['2025-03-04', '2025-03-08']);
    expect(siteTimelineTitle(timeline)).toBe('The 2 latest dated events across the stories');
    // Three newest events, but the two reports of the dam failure are one: the 1 March event is the third.
    expect(siteTimeline(documents, 3).items.map((i) => i.id)).toEqual(['a-event-1', 'b-event-2', 'c-event-1']);
  });

  it('charts the latest 60 of thousands of documents’ events', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      title: `D${i}`,
      documents: [
        doc({
          slug: `d${i}`,
          title: `D${i}`,
          published: '2025-06-01',
          events: [dated('event-1', `2025-0${1 + (i % 5)}-${String(1 + (i % 28)).padStart(2, '0')}`, `Council ${i} met about levee ${i}`)],
        }),
      ],
    }));
    const timeline = siteTimeline(many);
    expect(timeline.complete).toBe(false);
    expect(timeline.items).toHaveLength(60);
    const newestFirst = (items: { date: string | null }[]) =>
      items
        .map((i) => i.date ?? '')
        .sort()
        .reverse();
    expect(newestFirst(timeline.items)).toEqual(newestFirst(siteTimeline(many, Infinity).items).slice(0, 60));
  });
});

describe('kinds of events', () => {
  const kinds = doc({
    slug: 'k',
    title: 'K',
    published: '2025-03-09',
    events: [
      dated('event-1', '2025-03-08', 'The levee broke'),
      { ...dated('event-2', '2025-03-20', 'Repairs are to start'), kind: 'expected' },
      { ...dated('event-3', '2024-03-08', 'The levee was last inspected'), kind: 'mention' },
    ],
  });

  it('never charts a mention; a story keeps what is expected, the site-wide timeline only what happened', () => {
    expect(storyTimeline([kinds]).items.map((i) => i.label)).toEqual(['The levee broke', 'Repairs are to start']);
    expect(siteTimeline([{ title: 'K', documents: [kinds] }]).items.map((i) => i.label)).toEqual(['The levee broke']);
  });
});
