import { expect, test } from 'vitest';
import { headlineProper } from './title.ts';

test('a page kicker is not part of the headline', () => {
  expect(headlineProper('LIVE: Floral tributes laid at the harbour')).toBe('Floral tributes laid at the harbour');
  expect(headlineProper('Live updates: Rescuers reach the valley')).toBe('Rescuers reach the valley');
  expect(headlineProper("[BREAKING] 'Missing' plane found in the sea")).toBe("'Missing' plane found in the sea");
  expect(headlineProper('Latest: 40 believed dead in the floods')).toBe('40 believed dead in the floods');
  expect(headlineProper('UPDATE 2-Quake kills 12 in the north')).toBe('Quake kills 12 in the north');
  expect(headlineProper('Breaking news – Dam bursts upstream')).toBe('Dam bursts upstream');
});

test('words that only look like a kicker stay', () => {
  expect(headlineProper('Live-fire drill kills two soldiers')).toBe('Live-fire drill kills two soldiers');
  expect(headlineProper('Latest figures show prices rising')).toBe('Latest figures show prices rising');
  expect(headlineProper('Live music returns to the square')).toBe('Live music returns to the square');
  expect(headlineProper('LIVE:')).toBe('LIVE:');
});
