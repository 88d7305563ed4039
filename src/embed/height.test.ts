import { describe, expect, it } from 'vitest';
import { estimateEmbedHeight } from './height.ts';

const base = {
  chart: 'casualties' as const,
  layoutWidth: 320,
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

  it('scales the casualty SVG to at most 24rem, the wide timeline to the full width and the series to 30rem at least', () => {
    // Casualty: capped at 384 px, so the graphic is 1.2x its design height at any reference width.
    expect(estimateEmbedHeight({ ...base, layoutHeight: 400 }) - estimateEmbedHeight(base)).toBe(120);
    const timeline = { ...base, chart: 'timeline' as const, layoutWidth: 640 };
    const grown = estimateEmbedHeight({ ...timeline, layoutHeight: 400 }) - estimateEmbedHeight(timeline);
    expect(Math.abs(grown - 100 * (616 / 640))).toBeLessThanOrEqual(1); // 616 = 640 minus the page's padding
    const series = { ...base, chart: 'series' as const, layoutWidth: 640 };
    const narrow = estimateEmbedHeight({ ...series, layoutHeight: 400 }, 400) - estimateEmbedHeight(series, 400);
    expect(Math.abs(narrow - 100 * (480 / 640))).toBeLessThanOrEqual(1); // the SVG keeps 480 px and scrolls
  });

  it('leaves the SVG out where the timeline turns into a list (narrow frames)', () => {
    const timeline = { ...base, chart: 'timeline' as const, layoutWidth: 640 };
    expect(estimateEmbedHeight({ ...timeline, layoutHeight: 900 }, 400)).toBe(estimateEmbedHeight(timeline, 400));
  });
});
