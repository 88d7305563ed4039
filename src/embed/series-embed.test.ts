import { expect, test } from 'vitest';
import { fireStory } from '../../tests/helpers/story-fixtures.ts';
import { siteViews } from '../cross/site-views.ts';
import { seriesEmbed, seriesEmbedHeight } from './series-embed.ts';
import { storySeriesEmbedPath, storySeriesOembedPath, storySeriesPath } from '../lib/paths.ts';

const [story] = siteViews(fireStory()).stories;
const series = story.series[0];

test('a series sits under its story: on its page at an anchor, embedded from the story’s embed folder', () => {
  expect(storySeriesPath('keswick-2025-05-01', 'killed-worker')).toBe('/stories/keswick-2025-05-01/#figures-killed-worker');
  expect(storySeriesEmbedPath('keswick-2025-05-01', 'killed-worker')).toBe('/embed/stories/keswick-2025-05-01/killed-worker/');
  expect(storySeriesOembedPath('keswick-2025-05-01', 'killed-worker')).toBe('/embed/stories/keswick-2025-05-01/killed-worker/oembed.json');
});

test('the embed code is an iframe of the absolute embed URL with a plausible starting height', () => {
  const embed = seriesEmbed(story, series, 'https://example.org/news/');
  expect(embed.url).toBe('https://example.org/news/embed/stories/keswick-2025-05-01/killed-worker/');
  expect(embed.pageUrl).toBe('https://example.org/news/stories/keswick-2025-05-01/#figures-killed-worker');
  expect(embed.iframe).toContain('src="https://example.org/news/embed/stories/keswick-2025-05-01/killed-worker/"');
  expect(embed.code).toContain('<script async src="https://example.org/news/embed.js"></script>');
  const h = seriesEmbedHeight(series);
  expect(h).toBeGreaterThan(450);
  expect(h).toBeLessThan(1100);
  // The graphic fills the frame at its own height: narrower frames only wrap more text, never shorter.
  expect(seriesEmbedHeight(series, 400)).toBeGreaterThanOrEqual(h);
});
