import { expect, test } from 'vitest';
import { event } from '../../../tests/helpers/chart-fixtures.ts';
import { describeTimeline, timelineHeading } from './describe.ts';
import { hasSources, timelineRows } from './table.ts';

const items = [
  event({ id: 'event-1', date: '2024-09-03', label: 'Levee fails', text: 'on Tuesday' }),
  event({ id: 'event-2', date: '2024-09-02', label: 'Storm makes landfall', text: 'on Monday' }),
  event({ id: 'event-3', date: '2024-08', precision: 'month', label: 'Warnings begin', text: 'in August' }),
  event({ id: 'event-4', date: '2024-09-05', endDate: '2024-09-09', label: 'Convoys run', text: 'from Thursday to Monday' }),
  event({ id: 'event-5', date: null, label: 'Earlier flood' }),
];

test('heading gives the count and the period covered', () => {
  expect(timelineHeading(items)).toBe('4 dated events, Aug 2024 to 5–9 Sep 2024');
  expect(timelineHeading([items[0]])).toBe('One dated event: 3 Sep 2024');
  expect(timelineHeading([items[4]])).toBe('');
});

test('summary: range, first and last, how imprecise and spanning events are drawn, what is left out', () => {
  expect(describeTimeline(items)).toBe(
    'The timeline shows 4 events in time order, from Aug 2024 to 5–9 Sep 2024. ' +
      'It begins with “Warnings begin” and ends with “Convoys run”. ' +
      'One event is dated only to a week, month or year and drawn as a bracket across that period. ' +
      'One event lasts more than a day and is drawn as a bar from start to end. ' +
      'One event has no date and is not shown.',
  );
  expect(describeTimeline([items[0]])).toBe('One event is dated: Levee fails (3 Sep 2024).');
});

test('table rows: dated events in time order, with the date as written', () => {
  const rows = timelineRows(items);
  expect(rows.map((r) => [r.ref, r.date, r.event, r.asWritten])).toEqual([
    ['event-3', 'Aug 2024', 'Warnings begin', 'in August'],
    ['event-2', '2 Sep 2024', 'Storm makes landfall', 'on Monday'],
    ['event-1', '3 Sep 2024', 'Levee fails', 'on Tuesday'],
    ['event-4', '5–9 Sep 2024', 'Convoys run', 'from Thursday to Monday'],
  ]);
  expect(hasSources(rows)).toBe(false);
  expect(hasSources(timelineRows([{ ...items[0], source: 'Doc' }]))).toBe(true);
});
