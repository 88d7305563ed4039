import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from './text-width.ts';

describe('estimateTextWidth', () => {
  it('weighs narrow, capital and wide letters apart, in ems of the font size', () => {
    expect(estimateTextWidth('il', 10)).toBeCloseTo(6);
    expect(estimateTextWidth('AB', 10)).toBeCloseTo(14);
    expect(estimateTextWidth('MW', 10)).toBeCloseTo(18);
    expect(estimateTextWidth('ab12', 10)).toBeCloseTo(23.2);
    expect(estimateTextWidth('ab', 10, true)).toBeCloseTo(11.6 * 1.08);
  });

  it('counts a character outside the basic plane once', () => {
    expect(estimateTextWidth('🌊', 10)).toBeCloseTo(estimateTextWidth('a', 10));
    expect(estimateTextWidth('a🌊b', 10)).toBeCloseTo(estimateTextWidth('abc', 10));
  });
});

describe('truncateToWidth and wrapToWidth', () => {
  it('cut at word boundaries and mark the cut', () => {
    expect(truncateToWidth('Rescuers reached the villages', 60, 10)).toBe('Rescuers…');
    expect(wrapToWidth('Rescuers reached the villages in the hills', 100, 10)).toEqual([
      'Rescuers reached',
      'the villages in the',
      'hills',
    ]);
  });
});
