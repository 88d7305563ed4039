import { describe, expect, it } from 'vitest';
import { casualtyTable, timelineTable } from './chart-data.ts';
import { doc, event, quakeFigures } from '../../tests/helpers/chart-fixtures.ts';
import { floodReport } from '../../tests/helpers/fact-fixtures.ts';

describe('casualtyTable', () => {
  it('has one row per charted fact, in the drawn order: the table’s columns, then the machine’s', () => {
    const table = casualtyTable(doc({ figures: quakeFigures }));
    expect(table.columns).toEqual([
      'Measure',
      'Who and where',
      'Number',
      'Reported by',
      'Part of',
      'Reports as written',
      'Value',
      'Low',
      'High',
      'Fact',
    ]);
    expect(table.rows).toEqual([
      [
        'Killed',
        'villagers',
        'more than 1,040',
        'the regional governor; a rescue charity',
        '',
        'at least 912 (the regional governor); more than 1,040 (a rescue charity)',
        '1040',
        '',
        '',
        'fact-1',
      ],
      ['Missing', 'climbers', '3', '', '', '3', '3', '', '', 'fact-3'],
      ['Displaced', 'residents', 'nearly 48,200', 'the Red Crescent', '', 'nearly 48,200 (the Red Crescent)', '48200', '', '', 'fact-2'],
    ]);
    expect(table.shown).toBe(4);
  });

  it('gives a part its whole and a range its ends', () => {
    const rows = casualtyTable(floodReport).rows;
    expect(rows[1].slice(0, 5)).toEqual([
      'Killed',
      'people in Alder County (part of at least 104 people)',
      '84',
      'Sheriff Dana Pruitt',
      'at least 104 people',
    ]);
    expect(rows[6].slice(6, 9)).toEqual(['400', '300', '400']);
  });
});

describe('timelineTable', () => {
  it('lists dated events in time order with ISO dates and skips undated ones', () => {
    const table = timelineTable([
      event({ id: 'event-1', date: '2025-03-14', label: 'Aftershock felt in the capital', text: 'on Friday' }),
      event({ id: 'event-2', date: '2025-03-02', endDate: '2025-03-05', label: 'Roads closed', text: 'from March 2 to 5' }),
      event({ id: 'event-3', date: null, label: 'Undated', text: 'recently' }),
    ]);
    expect(table.columns).toEqual(['Date', 'Event', 'Date as written', 'Start (ISO 8601)', 'End (ISO 8601)']);
    expect(table.rows.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['Roads closed', 'from March 2 to 5', '2025-03-02', '2025-03-05'],
      ['Aftershock felt in the capital', 'on Friday', '2025-03-14', ''],
    ]);
    expect(table.shown).toBe(3);
  });

  it('adds a Source column when events come from several documents', () => {
    const table = timelineTable([event({ id: 'a-event-1', date: '2024-11-03', source: 'Floods force thousands from river towns' })]);
    expect(table.columns).toContain('Source');
    expect(table.rows[0][3]).toBe('Floods force thousands from river towns');
    expect(table.shown).toBe(4);
  });
});
