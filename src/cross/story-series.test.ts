import { describe, expect, it, test } from 'vitest';
import { doc } from '../../tests/helpers/chart-fixtures.ts';
import { fact, fireStory, unrelatedDeaths, withFacts } from '../../tests/helpers/story-fixtures.ts';
import { chartedFact, latestPoints, SERIES_POINT_LIMIT, storySeries } from './story-series.ts';
import { siteViews } from './site-views.ts';
// The series chart's layout, words and table are tested here, on series made by storySeries: charts/
// imports nothing from cross/, and these cases read best as a story's reports.
import { describeSeries, seriesHeading, seriesNotes } from '../charts/series/describe.ts';
import { seriesRows } from '../charts/series/table.ts';
import { DAY_GAP, SERIES_MIN_WIDTH, VALUE_FONT, layoutSeries, type SeriesLayout, type SeriesMark } from '../charts/series/layout.ts';
import { anyOverlap } from '../charts/box.ts';
import { estimateTextWidth } from '../charts/text-width.ts';

const fire = fireStory();
const { series } = storySeries(fire);
const killed = series.find((s) => s.slug === 'killed-worker')!;

describe('storySeries', () => {
  test('one series per measure, whom it counts and where; a quantity of a single day is not charted', () => {
    // Killed workers on four days; injured on two; missing workers on three.
    expect(series.map((s) => [s.slug, s.title, s.reports, s.documents])).toEqual([
      ['killed-worker', 'Killed · workers', 5, 5],
      ['missing-worker', 'Missing · workers', 3, 3],
      ['injured-people', 'Injured · people', 2, 2],
    ]);
  });

  test('each report at its publication day with its headline value and hedge, linked to its sentence', () => {
    expect(killed.points.map((p) => [p.date, p.value, p.qualifier, p.docSlug])).toEqual([
      ['2025-05-02', 9, 'at least', 'fire-at-port-keswick-fuel-depot-kills-at-least-9'],
      ['2025-05-03', 14, 'exact', 'port-keswick-depot-fire-toll-rises-to-14'],
      ['2025-05-03', 17, 'exact', 'union-says-17-died-in-port-keswick-depot-blaze'],
      ['2025-05-05', 12, 'exact', 'port-keswick-fire-toll-revised-down-to-12-after-double-count'],
      ['2025-05-09', 15, 'exact', 'inquiry-opens-into-port-keswick-depot-fire-as-toll-reaches-15'],
    ]);
    // The revision's sentence is the current report's (figure-1), not the superseded 14's.
    expect(killed.points[3].href).toBe('/explainers/port-keswick-fire-toll-revised-down-to-12-after-double-count/#src-figure-1');
    expect(killed.points[0].sources).toEqual(['the harbour authority']);
  });

  test('a place makes a series of its own; low confidence, projections and hidden facts stay out', () => {
    const a = doc({ slug: 'a', published: '2025-01-01' });
    const b = doc({ slug: 'b', published: '2025-01-02' });
    const kerr = { measure: 'missing' as const, subject: 'campers', place: 'Kerr County' };
    const docs = [
      withFacts(a, [fact({ id: 'fact-1', value: 11, ...kerr }), fact({ id: 'fact-2', value: 20, subject: 'campers' })]),
      withFacts(b, [
        fact({ id: 'fact-1', value: 12, ...kerr, place: 'kerr county' }),
        fact({ id: 'fact-2', value: 27, subject: 'Camper' }),
      ]),
    ];
    expect(storySeries(docs).series.map((s) => [s.slug, s.title])).toEqual([
      ['killed-camper', 'Killed · campers'],
      ['missing-camper-kerr-county', 'Missing · campers · Kerr County'],
    ]);
    const low = fact({ id: 'fact-3', value: 5, confidence: 'low' });
    const projected = fact({
      id: 'fact-4',
      value: 1000,
      reports: [{ figure: 'figure-4', value: 1000, qualifier: 'up to', attribution: null, status: 'projected' }],
    });
    expect(chartedFact(low, a)).toBe(false);
    // An edit alone does not vouch for a fact; keeping it (high confidence) or showing it does.
    expect(chartedFact({ ...low, edited: true }, a)).toBe(false);
    expect(chartedFact({ ...low, edited: true, confidence: 'high' }, a)).toBe(true);
    expect(chartedFact(low, { charts: { casualties: { title: null, summary: null, hide: [], show: ['fact-3'] }, timeline: null } })).toBe(
      true,
    );
    expect(chartedFact(projected, a)).toBe(false);
    expect(
      chartedFact(fact({ id: 'fact-1', value: 1 }), {
        charts: { casualties: { title: null, summary: null, hide: ['fact-1'], show: [] }, timeline: null },
      }),
    ).toBe(false);
    expect(chartedFact(fact({ id: 'fact-5', value: 3, unit: 'trucks' }), a)).toBe(false);
  });

  test('a part of a whole is no point of its own: three bodies recovered never read as a toll of three', () => {
    const last = fire.at(-1)!;
    const bodies = fact({ id: 'fact-9', value: 3, subject: 'workers', partOf: 'fact-1' });
    const withPart = [...fire.slice(0, -1), { ...last, facts: [...last.facts, bodies] }];
    const killed = storySeries(withPart).series.find((s) => s.measure === 'killed' && s.groupLabel === 'workers')!;
    expect(killed.points.map((p) => p.value)).toEqual(
      storySeries(fire)
        .series.find((s) => s.slug === killed.slug)!
        .points.map((p) => p.value),
    );
    expect(killed.points.some((p) => p.value === 3)).toBe(false);
  });

  test('falls back to nothing without facts: raw figures are never charted over time', () => {
    expect(storySeries(fire.map((d) => ({ ...d, facts: [] }))).series).toEqual([]);
  });
});

describe('across stories', () => {
  const views = siteViews([...fire, ...unrelatedDeaths()]);

  it('never joins two stories in one series, and no series links the explainers of two stories', () => {
    const storyOf = new Map(views.index.documents.map((d) => [d.slug, d.story]));
    expect(views.stories.map((s) => s.slug)).toEqual(['keswick-2025-05-01']);
    for (const story of views.stories)
      for (const s of story.series) for (const p of s.points) expect(storyOf.get(p.docSlug), `${s.slug} ${p.docSlug}`).toBe(story.slug);
    // The bus and the ferry are reports of one day each: no series of their own, and none with the fire's.
    expect(views.index.series.map((s) => `${s.story}/${s.slug}`)).toEqual([
      'keswick-2025-05-01/killed-worker',
      'keswick-2025-05-01/missing-worker',
      'keswick-2025-05-01/injured-people',
    ]);
  });
});

describe('the series in words', () => {
  test('the heading keeps the hedge and the range of a day whose reports differ', () => {
    expect(seriesHeading(killed)).toBe('Workers killed: reported figure rose from at least 9 to 15, 2 May 2025 to 9 May 2025');
    const twoDays = { ...killed, points: killed.points.slice(0, 3) };
    expect(seriesHeading(twoDays)).toBe('Workers killed: reported figure rose from at least 9 to 14–17, 2 May 2025 to 3 May 2025');
  });

  test('the summary names the first and latest reports with their sources, the revision and the day that differs', () => {
    const summary = describeSeries(killed);
    expect(summary).toContain('The chart plots 5 figures of workers killed from 5 reports of this story');
    expect(summary).toContain('The earliest, on 2 May 2025, gave at least 9 (according to the harbour authority');
    expect(summary).toContain('The harbour authority revised it down from 14 to 12 on 5 May 2025.');
    expect(summary).toContain('On 3 May 2025 reports differed: they are drawn at the same date');
  });

  test('table rows list every report with its hedge, sources and explainer link', () => {
    expect(seriesRows(killed).map((r) => [r.date, r.figure, r.reportedBy, r.explainer])).toEqual([
      ['2 May 2025', 'at least 9', 'the harbour authority', 'Fire at Port Keswick fuel depot kills at least 9'],
      ['3 May 2025', '14', 'the harbour authority', 'Port Keswick depot fire toll rises to 14'],
      ['3 May 2025', '17', "the dockworkers' union", 'Union says 17 died in Port Keswick depot blaze'],
      ['5 May 2025', '12 (revised from 14)', 'the harbour authority', 'Port Keswick fire toll revised down to 12 after double count'],
      ['9 May 2025', '15', 'the harbour authority', 'Inquiry opens into Port Keswick depot fire as toll reaches 15'],
    ]);
  });

  test('a report whose own sources disagree shows its range', () => {
    const a = doc({ slug: 'a', title: 'A', published: '2025-01-01' });
    const b = doc({ slug: 'b', title: 'B', published: '2025-01-02' });
    const [s] = storySeries([
      withFacts(a, [fact({ id: 'fact-1', value: 54, sources: ['the mayor'] })]),
      withFacts(b, [fact({ id: 'fact-1', value: 63, range: { low: 54, high: 63 }, sources: ['the mayor', 'the emergency service'] })]),
    ]).series;
    expect(seriesRows(s)[1]).toMatchObject({ figure: '63 (reports of 54–63)', reportedBy: 'the mayor and the emergency service' });
    const layout = layoutSeries(s)!;
    expect(layout.ranges).toHaveLength(1);
    expect(layout.ranges[0].date).toBe('2025-01-02');
  });
});

/** A mark's value label as a box in px at `width` (its dot's fraction of the width, moved by labelDx). */
function labelBox(m: SeriesMark, width: number) {
  const w = estimateTextWidth(m.label!, VALUE_FONT);
  const at = m.labelX * width + m.labelDx;
  const left = m.labelAnchor === 'start' ? at : m.labelAnchor === 'end' ? at - w : at - w / 2;
  return { x: left, y: m.labelY - VALUE_FONT + 1, width: w, height: VALUE_FONT };
}

/** Labels, dots and range bars in px at `width`. */
function drawnAt(layout: SeriesLayout, width: number) {
  return {
    labels: layout.marks.filter((m) => m.label).map((m) => labelBox(m, width)),
    dots: layout.marks.map((m) => ({ x: m.cx * width - m.r, y: m.cy - m.r, width: 2 * m.r, height: 2 * m.r })),
    bars: layout.ranges.map((r) => ({ x: r.x * width - 1.5, y: r.y1, width: 3, height: r.y2 - r.y1 })),
    // The line, as points every px or so (its ends are dots).
    line: layout.guide.flatMap((g) =>
      Array.from({ length: 199 }, (_, k) => {
        const t = (k + 1) / 200;
        return { x: (g.x1 + (g.x2 - g.x1) * t) * width - 0.25, y: g.y1 + (g.y2 - g.y1) * t - 0.25, width: 0.5, height: 0.5 };
      }),
    ),
  };
}

describe('layoutSeries', () => {
  const layout = layoutSeries(killed)!;

  test('y starts at zero and grows upward; x follows the date, as a fraction of the width', () => {
    expect(layout.minWidth).toBe(SERIES_MIN_WIDTH);
    expect(layout.yTicks[0]).toMatchObject({ label: '0', y: layout.plotBottom });
    const [a, b] = layout.marks;
    expect(b.cx).toBeGreaterThan(a.cx);
    expect(b.cy).toBeLessThan(a.cy);
    for (const m of layout.marks) {
      expect(m.cx * layout.minWidth).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(m.cx).toBeLessThanOrEqual(layout.plotRight);
    }
    for (const t of layout.xTicks) expect(t.x).toBeGreaterThan(0);
    for (const t of layout.xTicks) expect(t.x).toBeLessThan(1);
  });

  test('reports of one day sit at one x, with a bar over their range, and the line joins days only', () => {
    const day = layout.marks.filter((m) => m.points[0].date === '2025-05-03');
    expect(day).toHaveLength(2);
    expect(day[0].cx).toBe(day[1].cx);
    expect(layout.ranges).toEqual([
      { date: '2025-05-03', x: day[0].cx, y1: Math.min(...day.map((m) => m.cy)), y2: Math.max(...day.map((m) => m.cy)) },
    ]);
    // Four days, three segments joining them end to end: the line goes through the day's highest report
    // (17), never 14 then 17.
    expect(layout.guide).toHaveLength(3);
    for (let i = 1; i < layout.guide.length; i++)
      expect([layout.guide[i].x1, layout.guide[i].y1]).toEqual([layout.guide[i - 1].x2, layout.guide[i - 1].y2]);
    const vertices = [[layout.guide[0].x1, layout.guide[0].y1], ...layout.guide.map((s) => [s.x2, s.y2])];
    const seventeen = day.find((m) => m.valueText === '17')!;
    const fourteen = day.find((m) => m.valueText === '14')!;
    expect(vertices).toContainEqual([seventeen.cx, seventeen.cy]);
    expect(vertices).not.toContainEqual([fourteen.cx, fourteen.cy]);
    expect(layout.sameDayDates).toEqual(['2025-05-03']);
    expect(seriesNotes(layout)).toHaveLength(2);
    expect(layoutSeries(killed)).toEqual(layout);
  });

  test('reports of one day giving the same number are one dot naming every source', () => {
    const [a, b] = [doc({ slug: 'a', title: 'A', published: '2025-01-01' }), doc({ slug: 'b', title: 'B', published: '2025-01-02' })];
    const c = doc({ slug: 'c', title: 'C', published: '2025-01-02', source: 'Other Wire' });
    const [s] = storySeries([
      withFacts(a, [fact({ id: 'fact-1', value: 5 })]),
      withFacts(b, [fact({ id: 'fact-1', value: 8, sources: ['the police'] })]),
      withFacts(c, [fact({ id: 'fact-1', value: 8, sources: ['the mayor'] })]),
    ]).series;
    const marks = layoutSeries(s)!.marks;
    expect(marks).toHaveLength(2);
    expect(marks[1].points.map((p) => p.docSlug)).toEqual(['b', 'c']);
    expect(marks[1].name).toBe(
      '2 Jan 2025: 8 people killed, according to the police and the mayor. Reported in “B” (Example Wire) and “C” (Other Wire)',
    );
    expect(seriesRows(s)).toHaveLength(3);
  });

  test('labels keep the hedge and never overlap each other, a dot, a bar or the line, at the narrowest width or wider', () => {
    expect(layout.marks[0].label).toBe('at least 9');
    expect(layout.marks[0].name).toMatch(
      /^2 May 2025: at least 9 workers killed, according to the harbour authority\. Reported in “Fire at Port Keswick/,
    );
    expect(layout.marks.filter((m) => m.label).length).toBeGreaterThanOrEqual(4);
    for (const width of [layout.minWidth, 375, 640, 1000, 1600]) {
      const { labels, dots, bars, line } = drawnAt(layout, width);
      expect(anyOverlap(labels), `${width}px`).toBe(false);
      expect(anyOverlap([...labels, ...dots]), `${width}px`).toBe(false);
      expect(anyOverlap([...labels, ...bars]), `${width}px`).toBe(false);
      expect(
        labels.some((box) => line.some((p) => anyOverlap([box, p]))),
        `${width}px: a label across the line`,
      ).toBe(false);
      // …and inside the chart, clear of the y axis's labels.
      for (const box of labels) {
        expect(box.x, `${width}px`).toBeGreaterThanOrEqual(layout.plotLeft - 4);
        expect(box.x + box.width, `${width}px`).toBeLessThanOrEqual(width);
      }
    }
  });

  test('a focus ring holds its dot and its label, at any width', () => {
    for (const m of layout.marks) {
      for (const width of [layout.minWidth, 1000]) {
        const ring = { x: m.focusBox.x * width + m.focusBox.dx, y: m.focusBox.y, width: m.focusBox.width, height: m.focusBox.height };
        const dot = { x: m.cx * width - m.r, y: m.cy - m.r, width: 2 * m.r, height: 2 * m.r };
        const inside = (b: typeof ring) =>
          b.x >= ring.x - 0.1 &&
          b.y >= ring.y - 0.1 &&
          b.x + b.width <= ring.x + ring.width + 0.1 &&
          b.y + b.height <= ring.y + ring.height + 0.1;
        expect(inside(dot), m.ref).toBe(true);
        if (m.label) expect(inside(labelBox(m, width)), m.ref).toBe(true);
      }
    }
  });

  test('an image lays the series out at its own width', () => {
    const wide = layoutSeries(killed, { minWidth: 640 })!;
    expect(wide.minWidth).toBe(640);
    expect(wide.marks.map((m) => m.valueText)).toEqual(layout.marks.map((m) => m.valueText));
    expect(wide.marks.filter((m) => m.label).length).toBeGreaterThanOrEqual(layout.marks.filter((m) => m.label).length);
  });

  test('days crowded on a long axis are nudged apart in time order, never backwards', () => {
    const long = withFacts(doc({ slug: 'long-ago', title: 'Long ago', published: '2023-01-01' }), [
      fact({ id: 'fact-1', value: 5, subject: 'workers' }),
    ]);
    const crowded = layoutSeries(storySeries([long, ...fire]).series.find((s) => s.slug === 'killed-worker')!)!;
    const days = [...new Set(crowded.marks.map((m) => m.cx))];
    for (let i = 1; i < days.length; i++) expect((days[i] - days[i - 1]) * crowded.minWidth).toBeGreaterThanOrEqual(DAY_GAP - 0.1);
    expect(Math.max(...days)).toBeLessThanOrEqual(crowded.plotRight);
    for (const s of crowded.guide) expect([s.x1, s.y1, s.x2, s.y2].every(Number.isFinite)).toBe(true);
    for (const s of crowded.guide) expect(s.x2).toBeGreaterThan(s.x1);
  });

  test('more days than fit at the narrowest width stay in order inside the plot', () => {
    const documents = Array.from({ length: 60 }, (_, i) =>
      withFacts(doc({ slug: `d${i}`, title: `D${i}`, published: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10) }), [
        fact({ id: 'fact-1', value: 100 + i }),
      ]),
    );
    const many = layoutSeries(storySeries(documents).series[0])!;
    const days = [...new Set(many.marks.map((m) => m.cx))];
    expect(days).toHaveLength(60);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1]);
    expect(days[0] * many.minWidth).toBeGreaterThanOrEqual(many.plotLeft - 0.1);
    expect(days.at(-1)!).toBeLessThanOrEqual(many.plotRight);
  });
});

describe('latestPoints', () => {
  const days = (...dates: string[]) => dates.map((date, i) => ({ date, i }));

  it('keeps the latest, never splitting one day’s differing reports', () => {
    expect(latestPoints(days('2025-01-01', '2025-01-02'), 5)).toHaveLength(2);
    const points = days('2025-01-01', '2025-01-02', '2025-01-02', '2025-01-02', '2025-01-03', '2025-01-04');
    expect(latestPoints(points, 3).map((p) => p.date)).toEqual(['2025-01-03', '2025-01-04']);
    expect(latestPoints(points, 5).map((p) => p.date)).toEqual(['2025-01-02', '2025-01-02', '2025-01-02', '2025-01-03', '2025-01-04']);
  });

  it('charts the latest SERIES_POINT_LIMIT reports of a long story but counts them all', () => {
    const documents = Array.from({ length: SERIES_POINT_LIMIT + 50 }, (_, i) =>
      withFacts(doc({ slug: `r${i}`, title: `R${i}`, published: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10) }), [
        fact({ id: 'fact-1', value: 100 + i }),
      ]),
    );
    const [long] = storySeries(documents).series;
    expect(long.reports).toBe(SERIES_POINT_LIMIT + 50);
    expect(long.points).toHaveLength(SERIES_POINT_LIMIT);
    expect(long.points[0].value).toBe(150);
    expect(describeSeries(long)).toContain(`the latest ${SERIES_POINT_LIMIT} of ${SERIES_POINT_LIMIT + 50} figures`);
  });
});
