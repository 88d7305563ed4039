import fs from 'node:fs';
import { expect, test } from 'vitest';
import { measures } from '../schema/document.ts';
import {
  countedPhrase,
  currentSources,
  factPhrase,
  factValue,
  factValueSpoken,
  figurePhrase,
  listInWords,
  MEASURES,
  measureColorVar,
  partPhrase,
  TONE_IMAGE_COLORS,
} from './measures.ts';
import { figure } from '../../tests/helpers/chart-fixtures.ts';
import { floodReport } from '../../tests/helpers/fact-fixtures.ts';

test('a hostage count reads "held hostage" wherever a figure is put in words', () => {
  expect(figurePhrase(figure({ id: 'figure-1', value: 240, qualifier: 'about', measure: 'hostages' }))).toBe(
    'about 240 people held hostage',
  );
  expect(countedPhrase('Israelis', 'hostages')).toBe('Israelis held hostage');
  expect(figurePhrase(figure({ id: 'figure-2', value: 40, measure: 'other', subject: 'aftershocks' }))).toBe('40 aftershocks');
});

test('a noun that already says the measure takes no participle: "5 bodies", not "5 bodies killed"', () => {
  expect(figurePhrase(figure({ id: 'figure-1', value: 5, measure: 'killed', subject: 'bodies' }))).toBe('5 bodies');
  expect(countedPhrase('hostages', 'hostages')).toBe('hostages');
  expect(countedPhrase('civilians', 'killed')).toBe('civilians killed');
});

test('every measure has its words and a tone', () => {
  for (const measure of measures) expect(MEASURES[measure].label).toMatch(/^[A-Z]/);
  expect(measureColorVar('displaced')).toBe('--mark-displaced');
  expect(measureColorVar('detained')).toBe('--mark-other');
});

test('the image colours are the light scheme of the page tokens', () => {
  const css = fs.readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8');
  const light = css.slice(css.indexOf(':root {'), css.indexOf('}'));
  for (const [tone, color] of Object.entries(TONE_IMAGE_COLORS)) expect(light).toContain(`--mark-${tone}: ${color};`);
});

test('a fact in words: its number as written, whom, where; a range with a dash, read aloud with "to"', () => {
  const [killed, alder, children, missing, brenford] = floodReport.facts;
  expect(factPhrase(killed)).toBe('at least 104 people killed');
  expect(factPhrase(missing)).toBe('11 girls missing in Camp Willowbend');
  expect([factValue(brenford), factValueSpoken(brenford)]).toEqual(['54–63', '54 to 63']);
  expect(factPhrase(brenford)).toBe('54–63 people injured in Brenford');
  expect(partPhrase(alder, killed)).toBe('84 of them in Alder County');
  expect(partPhrase(children, alder)).toBe('28 of them children');
  expect(partPhrase({ ...children, measure: 'injured' }, alder)).toBe('28 of them children injured');
});

test('sources read as a sentence names them', () => {
  expect(listInWords(['the mayor'])).toBe('the mayor');
  expect(listInWords(['the mayor', 'police'])).toBe('the mayor and police');
  expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  const fact = floodReport.facts[4];
  expect(currentSources({ reports: [...fact.reports, { ...fact.reports[0], attribution: 'The County' }] })).toEqual([
    'the mayor',
    'the emergency service',
    'the County',
  ]);
});

test('one count of nobody named is "1 person", not "1 people"', () => {
  expect(figurePhrase(figure({ id: 'figure-1', value: 1, measure: 'killed' }))).toBe('1 person killed');
  expect(figurePhrase(figure({ id: 'figure-2', value: 2, measure: 'killed' }))).toBe('2 people killed');
  const one = { ...floodReport.facts[0], value: 1, qualifier: 'exact' as const, range: null, subject: null, place: null };
  expect(factPhrase(one)).toBe('1 person killed');
});
