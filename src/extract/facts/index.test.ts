import { describe, expect, test } from 'vitest';
import { figure } from '../../../tests/helpers/chart-fixtures.ts';
import { floodReport, floodStory } from '../../../tests/helpers/fact-fixtures.ts';
import type { Fact } from '../../schema/document.ts';
import { fact as factSchema } from '../../schema/document.ts';
import { factsOf, SPREAD } from './index.ts';

/** The parts of a fact that the rules decide, for compact assertions. */
const brief = (f: Fact) => ({
  id: f.id,
  measure: f.measure,
  subject: f.subject,
  place: f.place,
  value: f.value,
  qualifier: f.qualifier,
  range: f.range,
  headline: f.headline,
  reports: f.reports.map((r) => r.figure),
  partOf: f.partOf,
});

describe('a report with parts, places and disagreeing sources', () => {
  const facts = floodReport.facts;

  test('every fact valid by the schema, in the order the text first reports it', () => {
    for (const f of facts) expect(factSchema.parse(f)).toEqual(f);
    expect(facts.map((f) => f.id)).toEqual(facts.map((_, i) => `fact-${i + 1}`));
  });

  test('each fact, range and part', () => {
    expect(facts.map(brief)).toEqual([
      // The earlier count of 25 is a report of the same toll, superseded: it never heads.
      {
        id: 'fact-1',
        measure: 'killed',
        subject: null,
        place: null,
        value: 104,
        qualifier: 'at least',
        range: null,
        headline: 'single',
        reports: ['figure-1', 'figure-2'],
        partOf: null,
      },
      {
        id: 'fact-2',
        measure: 'killed',
        subject: null,
        place: 'Alder County',
        value: 84,
        qualifier: 'exact',
        range: null,
        headline: 'single',
        reports: ['figure-3'],
        partOf: 'fact-1',
      },
      {
        id: 'fact-3',
        measure: 'killed',
        subject: 'children',
        place: null,
        value: 28,
        qualifier: 'exact',
        range: null,
        headline: 'single',
        reports: ['figure-4'],
        partOf: 'fact-2',
      },
      {
        id: 'fact-4',
        measure: 'missing',
        subject: 'girls',
        place: 'Camp Willowbend',
        value: 11,
        qualifier: 'exact',
        range: null,
        headline: 'single',
        reports: ['figure-5'],
        partOf: null,
      },
      // The mayor and the emergency service disagree: a range, with both sources.
      {
        id: 'fact-5',
        measure: 'injured',
        subject: null,
        place: 'Brenford',
        value: 63,
        qualifier: 'exact',
        range: { low: 54, high: 63 },
        headline: 'range',
        reports: ['figure-6', 'figure-7'],
        partOf: null,
      },
      // Another town's injured are a fact of that town.
      {
        id: 'fact-6',
        measure: 'injured',
        subject: null,
        place: 'Ostvale',
        value: 2,
        qualifier: 'exact',
        range: null,
        headline: 'single',
        reports: ['figure-8'],
        partOf: null,
      },
      // "Between 300 and 400": two figures, one written range.
      {
        id: 'fact-7',
        measure: 'evacuated',
        subject: 'residents',
        place: null,
        value: 400,
        qualifier: 'up to',
        range: { low: 300, high: 400 },
        headline: 'written range',
        reports: ['figure-9', 'figure-10'],
        partOf: null,
      },
      // A projection is never merged with the count.
      {
        id: 'fact-8',
        measure: 'killed',
        subject: null,
        place: null,
        value: 150,
        qualifier: 'exact',
        range: null,
        headline: 'projected',
        reports: ['figure-11'],
        partOf: null,
      },
    ]);
  });

  test('sources in order without repeats; every report kept with its status', () => {
    expect(facts[4].sources).toEqual(['the mayor', 'the emergency service']);
    expect(facts[2].sources).toEqual(['Sheriff Dana Pruitt']);
    expect(facts[0].reports).toEqual([
      { figure: 'figure-1', value: 104, qualifier: 'at least', attribution: 'state officials', status: 'current' },
      { figure: 'figure-2', value: 25, qualifier: 'exact', attribution: null, status: 'superseded' },
    ]);
  });
});

describe('one story in successive reports: rising tolls and a revised figure', () => {
  const [day1, day2, day3, day4] = floodStory.map((d) => d.facts.map(brief));

  test('day 1: the first counts', () => {
    expect(day1.map((f) => [f.measure, f.value, f.qualifier, f.headline])).toEqual([
      ['killed', 24, 'at least', 'single'],
      ['missing', 27, 'exact', 'single'],
    ]);
  });

  test('day 2: the toll rises; the superseded 24 stays a report; "at least" keeps the latest count of one source', () => {
    expect(day2.map((f) => [f.measure, f.value, f.qualifier, f.headline, f.reports])).toEqual([
      ['killed', 59, 'at least', 'latest', ['figure-1', 'figure-2', 'figure-4']],
      ['missing', 27, 'at least', 'single', ['figure-3']],
    ]);
  });

  test('day 3: the missing revised down; the revised figure heads, the earlier one does not', () => {
    expect(day3.map((f) => [f.measure, f.value, f.headline, f.reports])).toEqual([
      ['killed', 104, 'single', ['figure-1']],
      ['missing', 11, 'single', ['figure-2', 'figure-3']],
    ]);
  });

  test('day 4: two sources disagree, a third agrees with one: a range over the sources', () => {
    expect(day4).toEqual([
      expect.objectContaining({ measure: 'killed', value: 119, range: { low: 111, high: 119 }, headline: 'range' }),
      expect.objectContaining({ measure: 'missing', value: 5, headline: 'single' }),
    ]);
    expect(floodStory[3].facts[0].sources).toEqual(['State officials', 'The county', 'Officials']);
  });
});

describe('the headline rules one by one', () => {
  const f = figure;

  test('reports that agree give their value, exact when any says so', () => {
    const [fact] = factsOf([
      f({ id: 'figure-1', value: 63, qualifier: 'at least', attribution: 'the mayor' }),
      f({ id: 'figure-2', value: 63, attribution: 'police' }),
    ]);
    expect([fact.value, fact.qualifier, fact.headline, fact.range]).toEqual([63, 'exact', 'agree', null]);
  });

  test('lower bounds alone keep the largest, whoever gives them', () => {
    const [fact] = factsOf([
      f({ id: 'figure-1', value: 912, qualifier: 'at least', attribution: 'the governor' }),
      f({ id: 'figure-2', value: 1040, qualifier: 'more than', attribution: 'a charity' }),
    ]);
    expect([fact.value, fact.qualifier, fact.headline]).toEqual([1040, 'more than', 'largest at least']);
  });

  test('one source updating itself: its latest report in the text', () => {
    const [fact] = factsOf([
      f({ id: 'figure-1', value: 40, attribution: 'the ministry' }),
      f({ id: 'figure-2', value: 45, attribution: 'The Ministry' }),
      f({ id: 'figure-3', value: 42, attribution: 'the ministry' }),
    ]);
    expect([fact.value, fact.headline]).toEqual([42, 'latest']);
  });

  test('a source whose latest count agrees with another is no disagreement', () => {
    const [fact] = factsOf([
      f({ id: 'figure-1', value: 40, attribution: 'the ministry' }),
      f({ id: 'figure-2', value: 45, attribution: 'the ministry' }),
      f({ id: 'figure-3', value: 45, attribution: 'the army' }),
    ]);
    expect([fact.value, fact.headline, fact.range]).toEqual([45, 'agree', null]);
  });

  test(`current reports more than ${SPREAD} times apart are separate facts; an earlier count joins the nearest`, () => {
    const facts = factsOf([
      f({ id: 'figure-1', value: 63, measure: 'injured', attribution: 'the mayor' }),
      f({ id: 'figure-2', value: 2, measure: 'injured', attribution: 'the governor' }),
      f({ id: 'figure-3', value: 40, measure: 'injured', status: 'superseded' }),
    ]);
    expect(facts.map((x) => [x.value, x.headline, x.reports.map((r) => r.figure)])).toEqual([
      [63, 'single', ['figure-1', 'figure-3']],
      [2, 'single', ['figure-2']],
    ]);
  });

  test('subjects are one when they differ only in case, "the" or "person"; different people are different facts', () => {
    const facts = factsOf([
      f({ id: 'figure-1', value: 9, subject: 'Villagers' }),
      f({ id: 'figure-2', value: 9, subject: 'the villagers' }),
      f({ id: 'figure-3', value: 1, subject: 'person' }),
      f({ id: 'figure-4', value: 1, subject: null }),
      f({ id: 'figure-5', value: 9, subject: 'soldiers' }),
      f({ id: 'figure-6', value: 9, unit: 'percent' }),
    ]);
    expect(facts.map((x) => x.reports.map((r) => r.figure))).toEqual([
      ['figure-1', 'figure-2'],
      ['figure-3', 'figure-4'],
      ['figure-5'],
      ['figure-6'],
    ]);
  });

  test('a part keeps its own whole: the same people in two wholes are two facts', () => {
    const facts = factsOf([
      f({ id: 'figure-1', value: 100, place: 'North' }),
      f({ id: 'figure-2', value: 10, subject: 'children', partOf: 'figure-1' }),
      f({ id: 'figure-3', value: 50, place: 'South' }),
      f({ id: 'figure-4', value: 12, subject: 'children', partOf: 'figure-3' }),
    ]);
    expect(facts.map((x) => [x.value, x.partOf])).toEqual([
      [100, null],
      [10, 'fact-1'],
      [50, null],
      [12, 'fact-3'],
    ]);
  });

  test('a part naming a missing figure or a loop is a fact of its own', () => {
    const facts = factsOf([
      f({ id: 'figure-1', value: 5, partOf: 'figure-9' }),
      f({ id: 'figure-2', value: 6, measure: 'injured', partOf: 'figure-3' }),
      f({ id: 'figure-3', value: 7, measure: 'missing', partOf: 'figure-2' }),
    ]);
    expect(facts.map((x) => x.partOf)).toEqual([null, null, null]);
  });

  test('confidence is the highest of the current reports; edited when any report is', () => {
    const [fact] = factsOf([
      f({ id: 'figure-1', value: 10, confidence: 'low' }),
      f({ id: 'figure-2', value: 10, confidence: 'medium', edited: true }),
      f({ id: 'figure-3', value: 9, confidence: 'high', status: 'superseded' }),
    ]);
    expect([fact.confidence, fact.edited]).toEqual(['medium', true]);
    const [old] = factsOf([f({ id: 'figure-1', value: 10, confidence: 'high', status: 'superseded' })]);
    expect([old.headline, old.confidence]).toEqual(['superseded', 'high']);
  });

  test('no figures, no facts', () => {
    expect(factsOf([])).toEqual([]);
  });
});

describe('an earlier event the story recalls', () => {
  test('its count is a fact of its own, headed "background", never a report of the story’s toll', () => {
    const facts = factsOf([figure({ id: 'figure-1', value: 119 }), figure({ id: 'figure-2', value: 800, status: 'background' })]);
    expect(facts.map((f) => [f.value, f.headline, f.reports.map((r) => r.figure)])).toEqual([
      [119, 'single', ['figure-1']],
      [800, 'background', ['figure-2']],
    ]);
  });
});

describe('the story’s own place and unnamed parts', () => {
  test('a toll placed where the headline is and the same toll placed nowhere are one fact', () => {
    const facts = factsOf(
      [
        figure({ id: 'figure-1', value: 50, measure: 'injured', place: 'Pakistan' }),
        figure({ id: 'figure-2', value: 50, measure: 'injured', qualifier: 'more than' }),
      ],
      'Suicide blast kills at least 31 in Pakistan',
    );
    expect(facts.map((f) => [f.value, f.place, f.reports.length])).toEqual([[50, 'Pakistan', 2]]);
    expect(
      factsOf([figure({ id: 'figure-1', value: 50, place: 'Lahore' }), figure({ id: 'figure-2', value: 50 })], 'Blast in Pakistan'),
    ).toHaveLength(2);
  });
  test('two parts of one whole that name no group stay two facts', () => {
    const facts = factsOf([
      figure({ id: 'figure-1', value: 50, measure: 'injured' }),
      figure({ id: 'figure-2', value: 17, measure: 'injured', partOf: 'figure-1' }),
      figure({ id: 'figure-3', value: 28, measure: 'injured', partOf: 'figure-1' }),
    ]);
    expect(facts.map((f) => [f.value, f.partOf])).toEqual([
      [50, null],
      [17, 'fact-1'],
      [28, 'fact-1'],
    ]);
  });
});
