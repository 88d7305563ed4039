import { describe, expect, test } from 'vitest';
import { capitalize, formatDate, formatDateRange, formatNumber, formatQualified, periodEnd, periodStart, round1 } from './format.ts';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from './text-width.ts';

describe('formatNumber', () => {
  test('groups thousands with commas', () => {
    expect(formatNumber(91700)).toBe('91,700');
    expect(formatNumber(1139)).toBe('1,139');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-12500)).toBe('-12,500');
  });
  test('keeps one decimal and writes round millions in words', () => {
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(1_000_000)).toBe('1 million');
    expect(formatNumber(1_200_000)).toBe('1.2 million');
    expect(formatNumber(1_250_000)).toBe('1.25 million');
    expect(formatNumber(14_470_000_000)).toBe('14.47 billion');
    expect(formatNumber(2_000_000_000)).toBe('2 billion');
    expect(formatNumber(1_250_307)).toBe('1,250,307');
    expect(formatNumber(1_234_567)).toBe('1,234,567');
  });
});

test('formatQualified writes the hedge as the text does', () => {
  expect(formatQualified(40000, 'nearly')).toBe('nearly 40,000');
  expect(formatQualified(912, 'at least')).toBe('at least 912');
  expect(formatQualified(15, 'exact')).toBe('15');
  expect(capitalize(formatQualified(300, 'more than'))).toBe('More than 300');
});

describe('dates by precision', () => {
  test('formats each precision', () => {
    expect(formatDate('2023-10-07', 'day')).toBe('7 Oct 2023');
    expect(formatDate('2024-08-12', 'week')).toBe('week of 12 Aug 2024');
    expect(formatDate('2024-08', 'month')).toBe('Aug 2024');
    expect(formatDate('2024-08-01', 'month')).toBe('Aug 2024');
    expect(formatDate('2019', 'year')).toBe('2019');
  });
  test('never claims more precision than the date string has', () => {
    expect(formatDate('2024-08', 'day')).toBe('Aug 2024');
    expect(formatDate('2024', 'month')).toBe('2024');
  });
  test('ranges share what they can', () => {
    expect(formatDateRange('2024-05-06', '2024-05-09', 'day')).toBe('6–9 May 2024');
    expect(formatDateRange('2024-04-30', '2024-05-02', 'day')).toBe('30 Apr – 2 May 2024');
    expect(formatDateRange('2024-12-30', '2025-01-02', 'day')).toBe('30 Dec 2024 – 2 Jan 2025');
    expect(formatDateRange('2024-08', '2025-01', 'month')).toBe('Aug 2024 – Jan 2025');
    expect(formatDateRange('2024-05-06', null, 'day')).toBe('6 May 2024');
  });
  test('periods are UTC and end-exclusive, independent of the machine time zone', () => {
    expect(periodStart('2024-02').toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(periodEnd('2024-02', 'month').toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(periodEnd('2024-02-28', 'day').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(periodEnd('2024-12-30', 'week').toISOString()).toBe('2025-01-06T00:00:00.000Z');
    expect(periodEnd('2024', 'year').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('text width estimate', () => {
  test('grows with length and font size, wide letters wider than narrow ones', () => {
    expect(estimateTextWidth('mmmm', 10)).toBeGreaterThan(estimateTextWidth('iiii', 10));
    expect(estimateTextWidth('abc', 20)).toBeCloseTo(2 * estimateTextWidth('abc', 10));
    expect(estimateTextWidth('', 14)).toBe(0);
  });
  test('truncates at a word and marks the cut', () => {
    const out = truncateToWidth('Rescue teams reach the last cut-off mountain villages', 150, 13);
    expect(out.endsWith('…')).toBe(true);
    expect(estimateTextWidth(out, 13)).toBeLessThanOrEqual(150);
    expect(truncateToWidth('Short', 150, 13)).toBe('Short');
  });
  test('wraps into lines that fit, capped at maxLines', () => {
    const text =
      'Floodwaters rose overnight across the delta, cutting the only road to the provincial capital and stranding thousands of families on rooftops';
    const lines = wrapToWidth(text, 200, 13, 3);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(200);
    expect(lines.at(-1)!.endsWith('…')).toBe(true);
    expect(wrapToWidth('Two words', 200, 13)).toEqual(['Two words']);
  });
});

test('round1 rounds to one decimal', () => {
  expect(round1(12.345)).toBe(12.3);
  expect(round1(0.05)).toBe(0.1);
});
