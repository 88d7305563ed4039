import { describe, expect, test } from 'vitest';
import { doc, event } from '../../../tests/helpers/chart-fixtures.ts';
import { describeTimeline } from './describe.ts';
import { layoutTimeline } from './layout.ts';
import { documentTimeline, REPORT_ITEM_ID } from './items.ts';
import { timelineRows } from './table.ts';

const inParagraph = (paragraph: number) => ({ paragraph, sentence: 0, start: 0, end: 5 });
// A report published on 14 Mar 2025 whose lead dates nothing; its third paragraph recalls an earlier quake.
const background = event({
  id: 'event-1',
  date: '2019-06-02',
  label: 'A quake hit the same valley',
  text: 'in June 2019',
  position: inParagraph(2),
});
const timeline = { title: null, summary: null, hide: [], show: [], report: true };

describe('documentTimeline: the report itself on its publication day', () => {
  test('joins the events when the lead dates nothing, labelled with the headline', () => {
    const items = documentTimeline(doc({ events: [background] }));
    expect(items.map((i) => [i.id, i.date, i.label, i.kind])).toEqual([
      ['event-1', '2019-06-02', 'A quake hit the same valley', 'happened'],
      [REPORT_ITEM_ID, '2025-03-14', 'Reported: Quake in the hills', 'happened'],
    ]);
    // Its row and tip say where its date comes from; nothing in the text is quoted as its date.
    expect(timelineRows(items).map((r) => r.asWritten)).toEqual(['in June 2019', 'the day of publication']);
    expect(
      layoutTimeline(items)!
        .marks.flatMap((m) => m.tipLines)
        .join(' '),
    ).toContain('Dated by the day of publication');
    expect(describeTimeline(items)).toContain('One mark is the report itself: its headline, on the day it was published.');
  });

  test('stays off when the lead dates its own news', () => {
    const lead = event({ id: 'event-2', date: '2025-03-13', label: 'The quake struck', text: 'on Thursday', position: inParagraph(0) });
    expect(documentTimeline(doc({ events: [lead, background] })).map((i) => i.id)).toEqual(['event-2', 'event-1']);
  });

  test('stays off alone, undated, or when the editor says so', () => {
    // One point is no timeline; a mention is not charted; an undated event is not either.
    expect(documentTimeline(doc({ events: [] }))).toEqual([]);
    const mention = { ...background, kind: 'mention' as const };
    expect(documentTimeline(doc({ events: [mention] }))).toEqual([]);
    expect(documentTimeline(doc({ events: [{ ...background, date: null }] })).map((i) => i.id)).toEqual(['event-1']);
    expect(documentTimeline(doc({ events: [background], published: null })).map((i) => i.id)).toEqual(['event-1']);
    const charts = { casualties: null, timeline: { ...timeline, report: false } };
    expect(documentTimeline(doc({ events: [background], charts })).map((i) => i.id)).toEqual(['event-1']);
    // An event the editor hides does not count either.
    const hidden = { casualties: null, timeline: { ...timeline, hide: ['event-1'] } };
    expect(documentTimeline(doc({ events: [background], charts: hidden }))).toEqual([]);
  });
});
