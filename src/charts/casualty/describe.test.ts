import { expect, test } from 'vitest';
import { doc, figure, quakeFigures } from '../../../tests/helpers/chart-fixtures.ts';
import { floodReport, floodStory } from '../../../tests/helpers/fact-fixtures.ts';
import { casualtyGraphicDescription, casualtyHeading, casualtyNotes, describeCasualty } from './describe.ts';
import { headlineFacts } from './facts.ts';
import { layoutCasualty } from './layout.ts';
import { CASUALTY_COLUMNS, casualtyRows } from './table.ts';
import { factPhrase } from '../measures.ts';

const settings = (s: Partial<NonNullable<ReturnType<typeof doc>['charts']['casualties']>>) => ({
  casualties: { title: null, summary: null, hide: [], show: [], ...s },
  timeline: null,
});

test('the heading leads with the first whole drawn, and the first of the next measure', () => {
  expect(casualtyHeading(floodReport)).toBe('At least 104 people killed; 54–63 people injured in Brenford');
  expect(casualtyHeading(floodStory[0])).toBe('At least 24 people killed; 27 girls missing');
  expect(casualtyHeading(doc({ figures: [figure({ id: 'figure-1', value: 240, measure: 'hostages', qualifier: 'about' })] }))).toBe(
    'About 240 people held hostage',
  );
  expect(casualtyHeading(doc())).toBe('');
});

test('the summary says what a sighted reader takes in, in the order drawn, parts after their whole', () => {
  expect(describeCasualty(floodReport, layoutCasualty(floodReport))).toBe(
    'At least 104 people killed, 84 of them in Alder County, 28 of them children; ' +
      '54–63 people injured in Brenford, according to the mayor and the emergency service; 2 people injured in Ostvale; ' +
      '11 girls missing in Camp Willowbend; 300–400 residents evacuated. ' +
      'The numbers differ too much for one scale, so the chart has 2 panels, each with its own: killed, injured and missing up to 104; evacuated up to 400.',
  );
  expect(describeCasualty(floodStory[2], layoutCasualty(floodStory[2]))).toBe('At least 104 people killed; 11 girls missing.');
});

test('the summary follows the drawn order exactly, and never claims an order it does not have', () => {
  for (const d of [floodReport, ...floodStory, doc({ figures: quakeFigures })]) {
    const layout = layoutCasualty(d)!;
    const text = describeCasualty(d, layout);
    // Each drawn number is found after the one drawn before it.
    let at = -1;
    for (const m of layout.marks) {
      at = text.toLowerCase().indexOf(m.value, at + 1);
      expect(at, `${m.value} in “${text}”`).toBeGreaterThanOrEqual(0);
    }
    expect(text).not.toMatch(/largest to smallest/);
  }
});

test('the editor’s title and summary replace the generated ones', () => {
  const edited = { ...floodReport, charts: settings({ title: 'The Marrow floods in numbers', summary: 'Over a hundred dead.' }) };
  expect(casualtyHeading(edited)).toBe('The Marrow floods in numbers');
  expect(describeCasualty(edited, layoutCasualty(edited))).toBe('Over a hundred dead.');
});

test('the table has one row per fact, in the drawn order, a part saying what it is part of', () => {
  expect(CASUALTY_COLUMNS).toEqual(['Measure', 'Who and where', 'Number', 'Reported by']);
  const rows = casualtyRows(floodReport);
  expect(rows.map((r) => r.ref)).toEqual(layoutCasualty(floodReport)!.marks.map((m) => m.ref));
  expect(rows.slice(0, 3).map((r) => [r.measure, r.who, r.value, r.reportedBy])).toEqual([
    ['Killed', 'people', 'at least 104', ['state officials']],
    ['Killed', 'people in Alder County (part of at least 104 people)', '84', ['Sheriff Dana Pruitt']],
    ['Killed', 'children (part of 84 people in Alder County)', '28', ['Sheriff Dana Pruitt']],
  ]);
  expect(rows[0].reports).toBe('at least 104 (state officials); 25 (an earlier count)');
  expect(rows.find((r) => r.ref === 'fact-5')!.reportedBy).toEqual(['the mayor', 'the emergency service']);
  expect(casualtyRows(doc())).toEqual([]);
});

test('the notes: panels, ranges, sources, the unattributed, and what the extraction was unsure of', () => {
  expect(casualtyNotes(floodReport, layoutCasualty(floodReport)!)).toEqual([
    'Each panel has its own scale, from zero: compare the lengths of bars within a panel, not across panels.',
    'Where sources disagree, or the text gives a range, the bar is solid to the lowest number and open to the highest.',
    'Source: state officials; Sheriff Dana Pruitt; the mayor; the emergency service.',
    '3 numbers are not attributed in the text.',
  ]);
  const unsure = doc({
    figures: [
      figure({ id: 'figure-1', value: 15, attribution: 'the mine operator' }),
      figure({ id: 'figure-2', value: 4, measure: 'injured', confidence: 'low' }),
    ],
  });
  expect(casualtyNotes(unsure, layoutCasualty(unsure)!)).toEqual([
    'Source: the mine operator.',
    'One number the extraction is unsure of is left out; every figure is listed under “Every figure in the text”.',
  ]);
  expect(casualtyGraphicDescription(layoutCasualty(floodReport)!)).toBe(
    'Bar chart of 7 reported numbers in 2 panels, each on its own scale from zero. The table after the chart lists the same numbers with their sources.',
  );
});

test('headline facts: distinct facts, wholes first, never the same quantity twice', () => {
  expect(headlineFacts(floodReport).map(factPhrase)).toEqual([
    'at least 104 people killed',
    '54–63 people injured in Brenford',
    '2 people injured in Ostvale',
    '11 girls missing in Camp Willowbend',
  ]);
  // One toll from three sources is one headline, not three.
  const kyiv = doc({
    figures: [
      figure({ id: 'figure-1', value: 63, measure: 'injured', attribution: 'the mayor' }),
      figure({ id: 'figure-2', value: 63, measure: 'injured', attribution: 'the emergency service' }),
      figure({ id: 'figure-3', value: 54, measure: 'injured', attribution: 'the police' }),
      figure({ id: 'figure-4', value: 2, measure: 'injured', place: 'Kharkiv' }),
    ],
  });
  expect(headlineFacts(kyiv).map(factPhrase)).toEqual(['54–63 people injured', '2 people injured in Kharkiv']);
  for (const d of [floodReport, kyiv, ...floodStory]) {
    const ids = headlineFacts(d).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  }
  expect(headlineFacts(floodReport, 2)).toHaveLength(2);
});
