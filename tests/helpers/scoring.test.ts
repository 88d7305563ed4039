import { describe, expect, it } from 'vitest';
import { containment, dateMatches, emptyTally, rates, sameSpeaker, scoreDocument } from './scoring.ts';
import type { ExtractedDocument } from '../../src/schema/document.ts';
import { MACHINE } from './chart-fixtures.ts';

const position = { paragraph: 0, sentence: 0, start: 0, end: 1 };

describe('scoring rules', () => {
  it('matches speakers by last name or by most of an organisation name', () => {
    expect(sameSpeaker('Ana Ruiz', 'Ruiz')).toBe(true);
    expect(sameSpeaker('the Red Crescent', 'Red Crescent Society')).toBe(true);
    expect(sameSpeaker('Ana Ruiz', 'Tom Ruiz-Vega')).toBe(false);
    expect(sameSpeaker('', null)).toBe(true);
    expect(sameSpeaker('Lee|the ministry', 'Health Ministry')).toBe(true);
  });
  it('measures quote overlap by words, ignoring punctuation and curly apostrophes', () => {
    expect(containment('we can’t stop now', "We can't stop now, he said")).toBe(1);
    expect(containment('one two three four five', 'one two three')).toBeCloseTo(0.6);
  });
  it('reads week-of dates as a seven-day window', () => {
    expect(dateMatches('week-of:2024-03-04', '2024-03-10')).toBe(true);
    expect(dateMatches('week-of:2024-03-04', '2024-03-11')).toBe(false);
    expect(dateMatches('2024-03', '2024-03')).toBe(true);
  });
  it('counts hits, measures, optional figures and extras', () => {
    const doc = {
      figures: [
        {
          id: 'f1',
          value: 12,
          qualifier: 'exact',
          measure: 'killed',
          subject: null,
          unit: 'people',
          text: '12 killed',
          attribution: null,
          place: null,
          partOf: null,
          status: 'current',
          position,
          ...MACHINE,
        },
        {
          id: 'f2',
          value: 3,
          qualifier: 'exact',
          measure: 'other',
          subject: null,
          unit: 'days',
          text: '3 days',
          attribution: null,
          place: null,
          partOf: null,
          status: 'current',
          position,
          ...MACHINE,
        },
        {
          id: 'f3',
          value: 99,
          qualifier: 'exact',
          measure: 'other',
          subject: null,
          unit: 'people',
          text: '99',
          attribution: null,
          place: null,
          partOf: null,
          status: 'current',
          position,
          ...MACHINE,
        },
      ],
      quotes: [{ id: 'q1', text: 'we will rebuild every home', speaker: 'Ruiz', role: null, fragment: false, position, ...MACHINE }],
      events: [
        {
          id: 'e1',
          date: '2024-05-02',
          precision: 'day',
          endDate: null,
          text: 'on Thursday',
          label: 'x',
          kind: 'happened',
          position,
          ...MACHINE,
        },
      ],
    } satisfies Pick<ExtractedDocument, 'figures' | 'quotes' | 'events'>;
    const tally = emptyTally();
    const misses = scoreDocument(
      doc,
      {
        figures: [
          { value: 12, measure: 'killed', text: '12 killed' },
          { value: 40, measure: 'injured', text: '40 hurt' },
          { value: 3, measure: 'other', text: '3 days', optional: true },
        ],
        quotes: [{ text: 'We will rebuild every home', speaker: 'Ana Ruiz' }],
        dates: [
          { date: '2024-05-02', text: 'on Thursday' },
          { date: '2024-04', text: 'in April' },
        ],
      },
      tally,
    );
    const m = rates(tally);
    expect(m.figureMeasureRecall).toBe(0.5);
    expect(m.figurePrecision).toBeCloseTo(2 / 3);
    expect(m.quoteRecall).toBe(1);
    expect(m.speakerAccuracy).toBe(1);
    expect(m.dateRecall).toBe(0.5);
    expect(m.datePrecision).toBe(1);
    expect(misses).toEqual(['figure 40 injured (40 hurt) -> missing', 'extra figure 99 other (99)', 'date 2024-04 missing']);
  });
});
