import { describe, expect, test } from 'vitest';
import { event } from '../../../tests/helpers/chart-fixtures.ts';
import { estimateTextWidth } from '../text-width.ts';
import { anyOverlap } from '../box.ts';
import { DATE_FONT, LABEL_FONT, LABEL_LINES, layoutTimeline, TIMELINE_MIN_WIDTH, type TimelineItem } from './layout.ts';

const storm: TimelineItem[] = [
  event({ id: 'event-1', date: '2024-09-02', label: 'Storm makes landfall near the port' }),
  event({ id: 'event-2', date: '2024-09-03', label: 'Levee fails on the east bank' }),
  event({ id: 'event-3', date: '2024-09-03', label: 'Evacuation ordered for three districts' }),
  event({ id: 'event-4', date: '2024-09-04', label: 'Power restored to the hospital' }),
  event({ id: 'event-5', date: '2024-08-26', precision: 'week', label: 'Forecasters issue first warning' }),
  event({ id: 'event-6', date: '2024-09-05', endDate: '2024-09-09', label: 'Relief convoys run daily' }),
  event({ id: 'event-7', date: '2024-10', precision: 'month', label: 'Inquiry into the levee opens' }),
  event({ id: 'event-8', date: null, label: 'Residents recall an earlier flood' }),
];

describe('layoutTimeline', () => {
  test('returns null when nothing has a date', () => {
    expect(layoutTimeline([])).toBeNull();
    expect(layoutTimeline([event({ id: 'event-1', date: null })])).toBeNull();
  });

  test('skips undated items and orders the rest in time', () => {
    const layout = layoutTimeline(storm)!;
    expect(layout.skipped).toBe(1);
    expect(layout.marks.map((m) => m.ref)).toEqual(['event-5', 'event-1', 'event-2', 'event-3', 'event-4', 'event-6', 'event-7']);
    expect(layout.marks.map((m) => m.kind)).toEqual(['period', 'point', 'point', 'point', 'point', 'span', 'period']);
  });

  test('x follows time: later starts sit further right; periods and spans cover their whole extent', () => {
    const layout = layoutTimeline(storm)!;
    const byRef = Object.fromEntries(layout.marks.map((m) => [m.ref, m]));
    expect(byRef['event-1'].cx).toBeLessThan(byRef['event-2'].cx);
    expect(byRef['event-2'].cx).toBe(byRef['event-3'].cx);
    // A week-long period is seven days wide; the 5–9 Sep span five; October a whole month (31 days).
    const week = byRef['event-5'].x1 - byRef['event-5'].x0;
    expect((byRef['event-6'].x1 - byRef['event-6'].x0) / week).toBeCloseTo(5 / 7, 1);
    expect((byRef['event-7'].x1 - byRef['event-7'].x0) / week).toBeCloseTo(31 / 7, 1);
    // Two days from 2 to 4 Sep: the dot centres are two sevenths of a week apart.
    expect((byRef['event-4'].cx - byRef['event-1'].cx) / week).toBeCloseTo(2 / 7, 2);
    for (const m of layout.marks) {
      expect(m.x0).toBeGreaterThanOrEqual(0);
      expect(m.x1).toBeLessThanOrEqual(1);
    }
  });

  test('a day’s dot sits on its day: on the tick of that day, not half a day later', () => {
    const layout = layoutTimeline([event({ id: 'event-1', date: '2024-09-02' }), event({ id: 'event-2', date: '2024-09-12' })])!;
    const ticks = new Map(layout.ticks.map((t) => [t.datetime, t.x]));
    const dot = layout.marks[0];
    expect(ticks.has('2024-09-02') || ticks.has('2024-09-12')).toBe(true);
    for (const [day, mark] of [
      ['2024-09-02', layout.marks[0]],
      ['2024-09-12', layout.marks[1]],
    ] as const)
      if (ticks.has(day)) expect(mark.cx).toBeCloseTo(ticks.get(day)!, 3);
    expect(dot.kind).toBe('point');
  });

  test('labels wrap to two lines instead of being cut short; lanes grow to hold them', () => {
    const long = 'Rescue teams from three countries join the valley search';
    const layout = layoutTimeline([event({ id: 'event-1', date: '2024-09-02', label: long })])!;
    expect(layout.marks[0].lines.length).toBe(LABEL_LINES);
    expect(layout.marks[0].lines.join(' ')).toBe(long);
    expect(layout.marks[0].lines.join(' ')).not.toContain('…');
    const short = layoutTimeline([event({ id: 'event-1', date: '2024-09-02', label: 'Storm' })])!;
    expect(layout.height).toBeGreaterThan(short.height);
  });

  test('mentions are never charted; expected events are, marked as expected', () => {
    const layout = layoutTimeline([
      event({ id: 'event-1', date: '2024-09-02', label: 'Storm makes landfall' }),
      event({ id: 'event-2', date: '2019', precision: 'year', kind: 'mention', label: 'A smaller storm in 2019' }),
      event({ id: 'event-3', date: '2024-09-20', kind: 'expected', label: 'Inquiry opens' }),
    ])!;
    expect(layout.marks.map((m) => [m.ref, m.expected, m.dateText])).toEqual([
      ['event-1', false, '2 Sep 2024'],
      ['event-3', true, '20 Sep 2024, expected'],
    ]);
    expect(layout.marks[1].name).toBe('Expected, 20 Sep 2024: Inquiry opens');
    expect(layout.skipped).toBe(0);
  });

  test('no two label boxes or marks overlap, and every label fits inside the viewBox', () => {
    const layout = layoutTimeline(storm)!;
    const boxes = layout.marks.flatMap((m) => [m.labelBox, m.markBox]);
    // Each mark's own label sits below its own mark; compare everything against everything else.
    expect(anyOverlap(boxes)).toBe(false);
    for (const m of layout.marks) {
      for (const line of m.lines) expect(m.labelBox.width).toBeGreaterThanOrEqual(estimateTextWidth(line, LABEL_FONT) - 0.1);
      expect(m.labelBox.width).toBeGreaterThanOrEqual(estimateTextWidth(m.dateText, DATE_FONT, true) - 0.1);
      expect(m.labelBox.x).toBeGreaterThanOrEqual(0);
      expect(m.labelBox.x + m.labelBox.width).toBeLessThanOrEqual(TIMELINE_MIN_WIDTH);
      // The label starts where the box does (or ends where it ends), as a fraction of the width.
      const edge = m.labelAnchor === 'end' ? m.labelBox.x + m.labelBox.width : m.labelBox.x;
      expect(m.labelX * TIMELINE_MIN_WIDTH).toBeCloseTo(edge, 0);
    }
    // Three events within two days cannot share one row.
    expect(layout.lanes).toBeGreaterThanOrEqual(3);
  });

  test('no overlap on a crowded timeline of fifty events on the same few days', () => {
    const crowd = Array.from({ length: 50 }, (_, i) =>
      event({
        id: `event-${i + 1}`,
        date: `2025-01-${String(1 + (i % 5)).padStart(2, '0')}`,
        label: `Aftershock report number ${i + 1} from the northern districts`,
      }),
    );
    const layout = layoutTimeline(crowd)!;
    expect(layout.marks.length).toBe(50);
    expect(anyOverlap(layout.marks.map((m) => m.labelBox))).toBe(false);
    expect(anyOverlap(layout.marks.map((m) => m.focusBox))).toBe(false);
    expect(layout.height).toBeGreaterThan(layout.marks.reduce((max, m) => Math.max(max, m.labelBox.y + m.labelBox.height), 0));
  });

  test('ticks use d3 UTC ticks: increasing, inside the plot, labels without overlap', () => {
    const layout = layoutTimeline(storm)!;
    expect(layout.ticks.length).toBeGreaterThanOrEqual(2);
    const px = (t: { x: number }) => t.x * layout.minWidth;
    for (let i = 1; i < layout.ticks.length; i++) {
      const a = layout.ticks[i - 1];
      const b = layout.ticks[i];
      expect(b.x).toBeGreaterThan(a.x);
      expect(px(b) - estimateTextWidth(b.label, 12) / 2).toBeGreaterThan(px(a) + estimateTextWidth(a.label, 12) / 2);
    }
    // The year appears on the first tick only when all ticks fall in one year.
    expect(layout.ticks[0].label).toMatch(/2024$/);
    expect(layout.ticks.slice(1).every((t) => !t.label.includes('2024'))).toBe(true);
  });

  test('year-long spans get year ticks; a single event still gets a readable axis', () => {
    const years = layoutTimeline([
      event({ id: 'event-1', date: '2015', precision: 'year' }),
      event({ id: 'event-2', date: '2024-03-01' }),
    ])!;
    expect(years.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    const single = layoutTimeline([event({ id: 'event-1', date: '2024-03-01' })])!;
    expect(single.marks).toHaveLength(1);
    expect(single.ticks.length).toBeGreaterThanOrEqual(2);
    expect(single.marks[0].cx).toBeGreaterThan(single.ticks[0].x);
  });

  test('repeated ids from merged documents get unique dom ids but keep their data ref', () => {
    const layout = layoutTimeline([event({ id: 'event-1', date: '2024-01-05' }), event({ id: 'event-1', date: '2024-01-09' })])!;
    expect(layout.marks.map((m) => [m.ref, m.domId])).toEqual([
      ['event-1', 'event-1'],
      ['event-1', 'event-1-2'],
    ]);
  });

  test('the vertical layout lists every dated event in time order with year dividers', () => {
    const layout = layoutTimeline([
      event({ id: 'event-1', date: '2025-02-01', label: 'Second' }),
      event({ id: 'event-2', date: '2024-12-30', label: 'First', href: '/explainers/a/#src-event-2', source: 'Doc A' }),
      event({ id: 'event-3', date: '2025-03', precision: 'month', label: 'Third' }),
    ])!;
    expect(layout.vertical.map((v) => [v.label, v.dateText, v.yearHeading, v.kind])).toEqual([
      ['First', '30 Dec 2024', '2024', 'point'],
      ['Second', '1 Feb 2025', '2025', 'point'],
      ['Third', 'Mar 2025', null, 'period'],
    ]);
    expect(layout.vertical[0]).toMatchObject({ href: '/explainers/a/#src-event-2', source: 'Doc A', datetime: '2024-12-30' });
  });

  test('an end date before the start is drawn as the start alone', () => {
    const layout = layoutTimeline([event({ id: 'event-1', date: '2024-05-09', endDate: '2024-05-06' })])!;
    expect(layout.marks[0].kind).toBe('point');
  });

  test('output is deterministic and rounded', () => {
    const a = layoutTimeline(storm)!;
    expect(layoutTimeline([...storm])).toEqual(a);
    for (const m of a.marks) {
      for (const v of [m.cy, m.dateY, m.labelY]) expect(Math.round(v * 10) / 10).toBe(v);
      for (const f of [m.cx, m.x0, m.x1, m.labelX]) expect(Math.round(f * 10000) / 10000).toBe(f);
    }
  });
});
