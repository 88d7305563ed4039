import fs from 'node:fs';
import { expect, test } from 'vitest';
import { measures } from '../schema/document.ts';
import { countedPhrase, figurePhrase, MEASURES, measureColorVar, TONE_IMAGE_COLORS } from './measures.ts';
import { figure } from '../../tests/helpers/chart-fixtures.ts';

test('a hostage count reads "held hostage" wherever a figure is put in words', () => {
  expect(figurePhrase(figure({ id: 'figure-1', value: 240, qualifier: 'about', measure: 'hostages' }))).toBe(
    'about 240 people held hostage',
  );
  expect(countedPhrase('Israelis', 'hostages')).toBe('Israelis held hostage');
  expect(figurePhrase(figure({ id: 'figure-2', value: 40, measure: 'other', subject: 'aftershocks' }))).toBe('40 aftershocks');
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
