import { expect, test } from 'vitest';
import { excerptSegments, queryFrom, resultsMessage } from './search-text.ts';

test('excerpts keep only <mark>, decode entities and never pass markup through', () => {
  expect(excerptSegments('Heavy rain pushed the <mark>Lenne</mark> river &amp; <mark>floods</mark> followed')).toEqual([
    { text: 'Heavy rain pushed the ', mark: false },
    { text: 'Lenne', mark: true },
    { text: ' river & ', mark: false },
    { text: 'floods', mark: true },
    { text: ' followed', mark: false },
  ]);
  expect(excerptSegments('a <img src=x onerror=alert(1)>b &lt;script&gt;')).toEqual([{ text: 'a b <script>', mark: false }]);
  expect(excerptSegments('<mark>a</mark><mark>b</mark>')).toEqual([{ text: 'ab', mark: true }]);
  expect(excerptSegments('&#8220;x&#x201D; &bogus;')).toEqual([{ text: '“x” &bogus;', mark: false }]);
  expect(excerptSegments('')).toEqual([]);
});

test('status messages', () => {
  expect(resultsMessage(' flood ', 0, 0)).toBe('No explainers match “flood”.');
  expect(resultsMessage('flood', 1, 1)).toBe('One explainer matches “flood”.');
  expect(resultsMessage('flood', 25, 10)).toBe('25 explainers match “flood”. Showing the first 10.');
});

test('the query comes from ?q=', () => {
  expect(queryFrom('?q=cholera+outbreak')).toBe('cholera outbreak');
  expect(queryFrom('?x=1')).toBe('');
  expect(queryFrom(`?q=${'a'.repeat(300)}`)).toHaveLength(200);
});
