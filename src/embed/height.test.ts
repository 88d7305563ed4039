import { describe, expect, it } from 'vitest';
import { estimateEmbedHeight } from './height.ts';

const base = {
  chart: 'casualties' as const,
  layoutHeight: 300,
  context: 'Quake in the hills',
  heading: 'At least 1,040 villagers killed, the largest figure reported',
  summary: 'The chart compares 4 reported figures, drawn as bars from largest to smallest.',
  notes: [],
  caption: 'Numbers of people, as reported in “Quake in the hills” (Example Wire).',
  credit: 'Source: Example Wire, via News Explainers',
};

describe('estimateEmbedHeight', () => {
  it('grows with the chart and with the text around it', () => {
    const h = estimateEmbedHeight(base);
    expect(estimateEmbedHeight({ ...base, layoutHeight: 400 })).toBeGreaterThan(h);
    expect(estimateEmbedHeight({ ...base, summary: base.summary.repeat(4) })).toBeGreaterThan(h);
    expect(estimateEmbedHeight({ ...base, notes: ['Bars share one scale.'] })).toBeGreaterThan(h);
  });

  it('counts each SVG at its own height: charts fill the width without scaling', () => {
    expect(estimateEmbedHeight({ ...base, layoutHeight: 400 }) - estimateEmbedHeight(base)).toBe(100);
    const timeline = { ...base, chart: 'timeline' as const };
    expect(estimateEmbedHeight({ ...timeline, layoutHeight: 400 }) - estimateEmbedHeight(timeline)).toBe(100);
  });

  it('leaves the SVG out where the timeline turns into a list (narrow frames)', () => {
    const timeline = { ...base, chart: 'timeline' as const };
    expect(estimateEmbedHeight({ ...timeline, layoutHeight: 900 }, 400)).toBe(estimateEmbedHeight(timeline, 400));
  });
});
