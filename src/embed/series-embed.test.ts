import { expect, test } from 'vitest';
import { doc, figure } from '../../tests/helpers/chart-fixtures.ts';
import { figureSeries } from '../cross/figure-series.ts';
import { seriesEmbed, seriesEmbedHeight } from './series-embed.ts';
import { seriesEmbedPath, seriesOembedPath } from '../lib/paths.ts';

const series = figureSeries([
  doc({ slug: 'a', title: 'A', published: '2025-03-14', figures: [figure({ id: 'figure-1', value: 212 })] }),
  doc({
    slug: 'b',
    title: 'B',
    published: '2025-03-17',
    figures: [figure({ id: 'figure-1', value: 260 }), figure({ id: 'figure-2', value: 275 })],
  }),
]).series[0];

test('paths sit under the series page', () => {
  expect(seriesEmbedPath('killed-people')).toBe('/figures/killed-people/embed/');
  expect(seriesOembedPath('killed-people')).toBe('/figures/killed-people/embed/oembed.json');
});

test('the embed code is an iframe of the absolute embed URL with a plausible starting height', () => {
  const embed = seriesEmbed(series, 'https://example.org/news/');
  expect(embed.url).toBe('https://example.org/news/figures/killed-people/embed/');
  expect(embed.iframe).toContain('src="https://example.org/news/figures/killed-people/embed/"');
  expect(embed.code).toContain('<script async src="https://example.org/news/embed.js"></script>');
  const h = seriesEmbedHeight(series);
  expect(h).toBeGreaterThan(450);
  expect(h).toBeLessThan(1000);
  // Narrower frames wrap more text but the SVG keeps its minimum width: never shorter.
  expect(seriesEmbedHeight(series, 400)).toBeGreaterThanOrEqual(h - 60);
});
