import { describe, expect, it, test } from 'vitest';
import { doc, figure } from '../../tests/helpers/chart-fixtures.ts';
import { figureSeries, latestPoints, seriesSlug, SERIES_POINT_LIMIT } from './figure-series.ts';
import { sameDayGroups } from '../charts/series/points.ts';
// The series chart's layout, words and table are tested here, on series made by figureSeries: charts/
// imports nothing from cross/, and these cases read best as reports grouped into a series.
import { describeSeries, seriesHeading } from '../charts/series/describe.ts';
import { seriesRows } from '../charts/series/table.ts';
import { JITTER, VALUE_FONT, layoutSeries } from '../charts/series/layout.ts';
import { anyOverlap } from '../charts/box.ts';
import { estimateTextWidth } from '../charts/text-width.ts';

const first = doc({
  slug: 'quake',
  title: 'Quake in the hills',
  published: '2025-03-14',
  figures: [
    figure({ id: 'figure-1', value: 212, qualifier: 'at least', subject: 'Villagers', attribution: 'the agency' }),
    figure({ id: 'figure-2', value: 1400, measure: 'injured', subject: null }),
    figure({ id: 'figure-3', value: 40, measure: 'other', unit: 'aftershocks', subject: 'aftershocks' }),
  ],
});
const update = doc({
  slug: 'quake-update',
  title: 'Quake toll rises',
  published: '2025-03-17',
  figures: [
    figure({ id: 'figure-1', value: 260, qualifier: 'at least', subject: 'villagers', attribution: 'the agency' }),
    figure({ id: 'figure-2', value: 275, subject: 'Villager', attribution: 'the Red Crescent' }),
  ],
});
const sameDay = doc({
  slug: 'other-wire',
  title: 'Other wire',
  published: '2025-03-17',
  figures: [figure({ id: 'figure-4', value: 260, subject: 'villagers ', attribution: 'the police' })],
});
const undated = doc({ slug: 'undated', published: null, figures: [figure({ id: 'figure-1', value: 9, subject: 'villagers' })] });

describe('figureSeries', () => {
  const { series, undated: skipped } = figureSeries([update, first, sameDay, undated]);
  const killed = series.find((s) => s.slug === 'killed-villager')!;

  test('groups by measure and plural-insensitive subject; no subject counts people; other measures are left out', () => {
    expect(series.map((s) => s.slug)).toEqual(['killed-villager', 'injured-people']);
    expect(seriesSlug('injured', 'people')).toBe('injured-people');
    expect(killed.title).toBe('Killed · villagers');
    expect(killed.documents).toBe(3);
    expect(skipped).toBe(1);
  });

  test('points sit at publication dates, in date then value order, each linked to its sentence', () => {
    expect(killed.points.map((p) => [p.date, p.value, p.docSlug])).toEqual([
      ['2025-03-14', 212, 'quake'],
      ['2025-03-17', 260, 'other-wire'],
      ['2025-03-17', 260, 'quake-update'],
      ['2025-03-17', 275, 'quake-update'],
    ]);
    expect(killed.points[0].href).toBe('/explainers/quake/#src-figure-1');
    expect(sameDayGroups(killed.points).map((g) => g.length)).toEqual([1, 3]);
  });

  test('the heading and summary state the change and keep differing same-day reports', () => {
    expect(seriesHeading(killed)).toBe('Villagers killed: reported figure rose from 212 to 260–275, 14 Mar 2025 to 17 Mar 2025');
    const summary = describeSeries(killed);
    expect(summary).toContain('The chart plots 4 reports of villagers killed from 3 documents');
    expect(summary).toContain('The earliest, on 14 Mar 2025, gave at least 212 (according to the agency, in “Quake in the hills”).');
    expect(summary).toContain('275 (according to the Red Crescent, in “Quake toll rises”)');
    expect(summary).toContain('On 17 Mar 2025 several reports were published');
    const injured = series.find((s) => s.slug === 'injured-people')!;
    expect(seriesHeading(injured)).toBe('People injured: one report, 1,400 on 14 Mar 2025');
  });

  test('table rows list every report with its explainer link', () => {
    expect(seriesRows(killed).map((r) => [r.date, r.figure, r.reportedBy, r.explainer, r.href])).toEqual([
      ['14 Mar 2025', 'at least 212', 'the agency', 'Quake in the hills', '/explainers/quake/#src-figure-1'],
      ['17 Mar 2025', '260', 'the police', 'Other wire', '/explainers/other-wire/#src-figure-4'],
      ['17 Mar 2025', 'at least 260', 'the agency', 'Quake toll rises', '/explainers/quake-update/#src-figure-1'],
      ['17 Mar 2025', '275', 'the Red Crescent', 'Quake toll rises', '/explainers/quake-update/#src-figure-2'],
    ]);
  });
});

describe('layoutSeries', () => {
  const killed = figureSeries([first, update, sameDay]).series[0];
  const layout = layoutSeries(killed)!;
  // x positions are fractions of the width; at the width they are laid out for, in px:
  const px = (fraction: number) => fraction * layout.minWidth;

  test('y starts at zero and grows upward; x follows the date', () => {
    const bottom = layout.yTicks[0];
    expect(bottom.label).toBe('0');
    expect(bottom.y).toBe(layout.plotBottom);
    const [a, b, , d] = layout.marks;
    expect(b.cx).toBeGreaterThan(a.cx);
    expect(d.cy).toBeLessThan(a.cy);
    expect(layout.marks.every((m) => px(m.cx) >= px(layout.plotLeft) - JITTER && px(m.cx) <= px(layout.plotRight) + JITTER)).toBe(true);
  });

  test('same-day reports are side by side, offset deterministically, not merged', () => {
    const day = layout.marks.filter((m) => m.point.date === '2025-03-17');
    expect(day.map((m) => m.offset)).toEqual([-JITTER, 0, JITTER]);
    expect(new Set(day.map((m) => m.cx)).size).toBe(3);
    // Two reports of the same number on one day are two dots at the same height.
    expect(day[0].cy).toBe(day[1].cy);
    expect(layout.sameDayDates).toEqual(['2025-03-17']);
    expect(layoutSeries(killed)).toEqual(layout);
  });

  test('every mark has a unique ref, an accessible name and readout lines; the guide line joins them', () => {
    expect(new Set(layout.marks.map((m) => m.ref)).size).toBe(4);
    expect(layout.marks[0].name).toBe(
      '14 Mar 2025: at least 212 Villagers killed, according to the agency. Reported in “Quake in the hills” (Example Wire)',
    );
    expect(layout.marks.every((m) => m.tipLines.length >= 2)).toBe(true);
    expect(layout.guide[0]).toMatchObject({ x1: layout.marks[0].cx, y1: layout.marks[0].cy, x2: layout.marks[1].cx });
    expect(layout.guide).toHaveLength(3);
    // Hedges are kept, on the dot as in the name.
    expect(layout.marks[0].label).toBe('at least 212');
  });

  test('value labels never overlap each other or a dot; a colliding one moves below or is dropped', () => {
    const labelled = layout.marks.filter((m) => m.label);
    expect(labelled.length).toBeGreaterThanOrEqual(2);
    const boxes = labelled.map((m) => {
      const w = estimateTextWidth(m.label!, VALUE_FONT);
      const x = px(m.labelX);
      const left = m.labelAnchor === 'start' ? x : m.labelAnchor === 'end' ? x - w : x - w / 2;
      return { x: left, y: m.labelY - VALUE_FONT + 1, width: w, height: VALUE_FONT };
    });
    const dots = layout.marks.map((m) => ({ x: px(m.cx) - m.r, y: m.cy - m.r, width: 2 * m.r, height: 2 * m.r }));
    expect(anyOverlap(boxes)).toBe(false);
    expect(anyOverlap([...boxes, ...dots])).toBe(false);
  });

  test('dots of nearby days on a long axis are nudged apart in time order, never backwards', () => {
    const long = doc({
      slug: 'long-ago',
      title: 'Long ago',
      published: '2023-01-01',
      figures: [figure({ id: 'figure-1', value: 5, subject: 'villagers' })],
    });
    const crowded = layoutSeries(figureSeries([long, first, update, sameDay]).series[0])!;
    const xs = crowded.marks.map((m) => m.cx * crowded.minWidth);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(JITTER - 0.1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(crowded.plotRight * crowded.minWidth + 0.1);
    expect(crowded.guide.every((g) => Number.isFinite(g.x1 + g.x2 + g.y1 + g.y2))).toBe(true);
  });

  test('a single report still gets a readable date axis and no guide line', () => {
    const one = figureSeries([first]).series.find((s) => s.slug === 'injured-people')!;
    const single = layoutSeries(one)!;
    expect(single.marks).toHaveLength(1);
    expect(single.guide).toEqual([]);
    expect(single.xTicks.length).toBeGreaterThanOrEqual(2);
    expect(single.marks[0].cx).toBeGreaterThan(single.xTicks[0].x);
  });
});

describe('latestPoints', () => {
  const days = (...dates: string[]) => dates.map((date, i) => ({ date, i }));

  it('keeps every point while there are few', () => {
    expect(latestPoints(days('2025-01-01', '2025-01-02'), 5)).toHaveLength(2);
  });

  it('keeps the latest, never splitting one day’s differing reports', () => {
    const points = days('2025-01-01', '2025-01-02', '2025-01-02', '2025-01-02', '2025-01-03', '2025-01-04');
    expect(latestPoints(points, 3).map((p) => p.date)).toEqual(['2025-01-03', '2025-01-04']);
    expect(latestPoints(points, 5).map((p) => p.date)).toEqual(['2025-01-02', '2025-01-02', '2025-01-02', '2025-01-03', '2025-01-04']);
  });
});

describe('a long series', () => {
  it('charts the latest SERIES_POINT_LIMIT reports but counts them all', () => {
    const documents = Array.from({ length: SERIES_POINT_LIMIT + 50 }, (_, i) =>
      doc({
        slug: `r${i}`,
        title: `R${i}`,
        published: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
        figures: [figure({ id: 'figure-1', value: 100 + i })],
      }),
    );
    const [series] = figureSeries(documents).series;
    expect(series.reports).toBe(SERIES_POINT_LIMIT + 50);
    expect(series.documents).toBe(SERIES_POINT_LIMIT + 50);
    expect(series.points).toHaveLength(SERIES_POINT_LIMIT);
    expect(series.points[0].value).toBe(150);
    expect(describeSeries(series)).toContain(`the latest ${SERIES_POINT_LIMIT} of ${SERIES_POINT_LIMIT + 50} reports`);
  });
});
