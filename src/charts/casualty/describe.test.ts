import { expect, test } from 'vitest';
import { figure, quakeFigures } from '../../../tests/helpers/chart-fixtures.ts';
import { casualtyHeading, casualtyNotes, describeCasualty } from './describe.ts';
import { layoutCasualty } from './layout.ts';
import { CASUALTY_COLUMNS, casualtyRows } from './table.ts';

test('the heading states the largest figure as the takeaway', () => {
  expect(casualtyHeading(quakeFigures)).toBe('Nearly 48,200 residents displaced, the largest figure reported');
  expect(casualtyHeading([figure({ id: 'figure-1', value: 240, measure: 'hostages', qualifier: 'about' })])).toBe(
    'About 240 people held hostage',
  );
  expect(casualtyHeading([])).toBe('');
});

test('the summary names the figures in order with their sources and the spread', () => {
  expect(describeCasualty(quakeFigures)).toBe(
    'The chart compares 4 reported figures, drawn as bars from largest to smallest. ' +
      'The largest is nearly 48,200 residents displaced (the Red Crescent). ' +
      'The others are more than 1,040 Villagers killed (a rescue charity); at least 912 villagers killed (the regional governor); and 3 climbers missing. ' +
      'The largest is about 16,067 times the smallest, so the shortest bars are barely visible on the shared scale.',
  );
});

test('one figure reads as one sentence; many figures name only the extremes', () => {
  expect(describeCasualty([figure({ id: 'figure-1', value: 15, subject: 'miners', attribution: 'the mine operator' })])).toBe(
    'One figure is reported: 15 miners killed (the mine operator).',
  );
  const many = Array.from({ length: 8 }, (_, i) => figure({ id: `figure-${i + 1}`, value: (i + 1) * 100, subject: `group ${i + 1}` }));
  const text = describeCasualty(many);
  expect(text).toContain('The largest is 800 group 8 killed.');
  expect(text).toContain('The smallest is 100 group 1 killed; the data table lists all 8.');
  expect(text).not.toContain('times the smallest');
});

test('table rows match the chart, one per charted figure, in the same order', () => {
  const rows = casualtyRows(quakeFigures);
  expect(CASUALTY_COLUMNS.length).toBe(4);
  expect(rows).toEqual([
    { ref: 'figure-2', measure: 'Displaced', who: 'residents', figure: 'nearly 48,200', value: '48,200', reportedBy: 'the Red Crescent' },
    { ref: 'figure-6', measure: 'Killed', who: 'Villagers', figure: 'more than 1,040', value: '1,040', reportedBy: 'a rescue charity' },
    { ref: 'figure-1', measure: 'Killed', who: 'villagers', figure: 'at least 912', value: '912', reportedBy: 'the regional governor' },
    { ref: 'figure-3', measure: 'Missing', who: 'climbers', figure: '3', value: '3', reportedBy: 'not named' },
  ]);
  expect(casualtyRows([])).toEqual([]);
});

test('the notes say how many figures are not attributed, in words for one', () => {
  const one = layoutCasualty([
    figure({ id: 'figure-1', value: 15, attribution: 'the mine operator' }),
    figure({ id: 'figure-2', value: 4 }),
  ])!;
  expect(casualtyNotes(one)).toEqual(['Source: the mine operator.', 'One figure is not attributed in the text.']);
  expect(casualtyNotes(layoutCasualty(quakeFigures)!)).toContain('Source: the Red Crescent; a rescue charity; the regional governor.');
});
