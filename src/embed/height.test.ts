import { describe, expect, it } from 'vitest';
import { estimateEmbedHeight } from './height.ts';

const base = {
  chart: 'casualties' as const,
  layoutWidth: 320,
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

  it('scales the casualty SVG to at most 24rem and the wide timeline to the full width', () => {
    // Casualty: capped at 384 px, so the graphic is 1.2x its design height at any reference width.
    expect(estimateEmbedHeight({ ...base, layoutHeight: 400 }) - estimateEmbedHeight(base)).toBe(120);
    const timeline = { ...base, chart: 'timeline' as const, layoutWidth: 640 };
    const grown = estimateEmbedHeight({ ...timeline, layoutHeight: 400 }) - estimateEmbedHeight(timeline);
    expect(Math.abs(grown - 100 * (616 / 640))).toBeLessThanOrEqual(1); // 616 = 640 minus the page's padding
  });

  it('leaves the SVG out where the timeline turns into a list (narrow frames)', () => {
    const timeline = { ...base, chart: 'timeline' as const, layoutWidth: 640 };
    expect(estimateEmbedHeight({ ...timeline, layoutHeight: 900 }, 400)).toBe(estimateEmbedHeight(timeline, 400));
  });
});
