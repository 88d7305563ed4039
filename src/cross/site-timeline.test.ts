import { describe, expect, it } from 'vitest';
import { doc, MACHINE } from '../../tests/helpers/chart-fixtures.ts';
import type { DatedEvent } from '../schema/document.ts';
import { siteTimeline, siteTimelineTitle } from './site-timeline.ts';

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
const documents = [
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

describe('siteTimeline', () => {
  it('charts every merged event while there are few', () => {
    const timeline = siteTimeline(documents);
    expect(timeline.complete).toBe(true);
    expect(timeline.items.map((i) => i.date).sort()).toEqual(['2025-02-20', '2025-03-01', '2025-03-04', '2025-03-08']);
    expect(siteTimelineTitle(timeline)).toBe('Every dated event across the explainers');
  });

  it('keeps only the latest events by date beyond the limit, and says so in its heading', () => {
    const timeline = siteTimeline(documents, 2);
    expect(timeline.complete).toBe(false);
    expect(timeline.items.map((i) => i.date).sort()).toEqual(['2025-03-04', '2025-03-08']);
    expect(siteTimelineTitle(timeline)).toBe('The 2 latest dated events across the explainers');
    // Three newest events, but the two reports of the dam failure are one: the 1 March event is the third.
    expect(siteTimeline(documents, 3).items.map((i) => i.id)).toEqual(['a-event-1', 'b-event-2', 'c-event-1']);
  });

  it('charts the latest 60 of thousands of documents’ events', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      doc({
        slug: `d${i}`,
        title: `D${i}`,
        published: '2025-06-01',
        events: [dated('event-1', `2025-0${1 + (i % 5)}-${String(1 + (i % 28)).padStart(2, '0')}`, `Council ${i} met about levee ${i}`)],
      }),
    );
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
