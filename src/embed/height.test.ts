import { describe, expect, it } from 'vitest';
import { estimateEmbedHeight } from './height.ts';

const base = {
  chart: 'casualties' as const,
  layoutHeight: 300,
  context: 'Quake in the hills',
  heading: 'At least 1,040 villagers killed, the largest figure reported',
  credit: 'Source: Example Wire, via News Explainers. Read the explainer',
};

describe('estimateEmbedHeight', () => {
  it('grows with the chart and with the words around it', () => {
    const h = estimateEmbedHeight(base);
    expect(estimateEmbedHeight({ ...base, layoutHeight: 400 })).toBeGreaterThan(h);
    expect(estimateEmbedHeight({ ...base, heading: base.heading.repeat(3) })).toBeGreaterThan(h);
    expect(estimateEmbedHeight({ ...base, credit: base.credit.repeat(3) })).toBeGreaterThan(h);
  });

  it('counts each SVG at its own height: charts fill the width without scaling', () => {
    expect(estimateEmbedHeight({ ...base, layoutHeight: 400 }) - estimateEmbedHeight(base)).toBe(100);
    const timeline = { ...base, chart: 'timeline' as const };
    expect(estimateEmbedHeight({ ...timeline, layoutHeight: 400 }) - estimateEmbedHeight(timeline)).toBe(100);
    // The series chart too, at any frame width.
    const series = { ...base, chart: 'series' as const };
    for (const width of [320, 400, 640, 1000])
      expect(estimateEmbedHeight({ ...series, layoutHeight: 400 }, width) - estimateEmbedHeight(series, width)).toBe(100);
  });

  it('leaves the SVG out where the timeline turns into a list (narrow frames)', () => {
    const timeline = { ...base, chart: 'timeline' as const };
    expect(estimateEmbedHeight({ ...timeline, layoutHeight: 900 }, 400)).toBe(estimateEmbedHeight(timeline, 400));
  });
});
