import { describe, expect, it } from 'vitest';
import { doc, event, figure, quakeFigures } from '../../tests/helpers/chart-fixtures.ts';
import { fireStory } from '../../tests/helpers/story-fixtures.ts';
import { svgSize } from './standalone-svg.ts';
import { siteViews } from '../cross/site-views.ts';
import type { ExtractedDocument } from '../schema/document.ts';
import { chartFileAt, chartFileGroups, PNG_SCALE, type ChartSources } from './chart-files.ts';

const site = new URL('https://news.example.org/');
const quake = doc({ figures: quakeFigures, events: [event({ id: 'event-1', date: '2025-03-12', label: 'The quake struck' })] });
const flood = doc({
  slug: 'flood',
  title: 'Flood',
  file: 'flood.txt',
  published: '2025-03-20',
  figures: [figure({ id: 'figure-1', value: 40, measure: 'killed' })],
});

/** The chart sources of `documents`, with their views, as the build computes them. */
function chartSourcesOf(documents: readonly ExtractedDocument[]): ChartSources {
  const { stories, index } = siteViews(documents);
  return { documents, stories, timeline: index.timeline };
}

/** Every chart file of the site, in order. */
const chartFiles = (sources: ChartSources) => chartFileGroups(sources, site).flatMap((group) => group.render());

// A story told in several reports, with facts: its series have embeds.
const fire = fireStory();
const SERIES_OEMBED = 'embed/stories/keswick-2025-05-01/killed-worker/oembed.json';

describe('chart files', () => {
  const files = chartFiles(chartSourcesOf([quake, flood, ...fire]));
  const byPath = new Map(files.map((f) => [f.path, f]));
  const text = (p: string) => {
    const file = byPath.get(p);
    if (!file || !('text' in file)) throw new Error(`no text file ${p}`);
    return file.text;
  };

  it('gives every embeddable chart its four downloads and oEmbed, and each series its oEmbed', () => {
    const charts = [
      'embed/quake-in-the-hills/casualties/',
      'embed/quake-in-the-hills/timeline/',
      'embed/flood/casualties/',
      'embed/all/timeline/',
    ];
    for (const chart of charts) {
      for (const name of ['data.csv', 'data.json', 'chart.svg', 'chart.png', 'oembed.json'])
        expect(byPath.has(`${chart}${name}`), `${chart}${name}`).toBe(true);
    }
    // flood has no dated event: no timeline, so no empty files either
    expect([...byPath.keys()].some((p) => p.startsWith('embed/flood/timeline/'))).toBe(false);
    expect(byPath.has(SERIES_OEMBED)).toBe(true);
    const seriesFiles = files.filter((f) => f.path.startsWith('embed/stories/'));
    expect(seriesFiles.map((f) => f.path)).toEqual([
      SERIES_OEMBED,
      'embed/stories/keswick-2025-05-01/missing-worker/oembed.json',
      'embed/stories/keswick-2025-05-01/injured-people/oembed.json',
    ]);
    const oembed = JSON.parse(text(SERIES_OEMBED));
    expect(oembed.html).toContain('src="https://news.example.org/embed/stories/keswick-2025-05-01/killed-worker/"');
  });

  it('writes the CSV of the charted figures, largest first', () => {
    const rows = text('embed/quake-in-the-hills/casualties/data.csv').trim().split('\n');
    expect(rows).toHaveLength(1 + 4); // header + the four people-counting figures (aftershocks and percent are not charted)
    expect(rows[1]).toContain('48200');
  });

  it('points the JSON and oEmbed at absolute URLs of the site', () => {
    const data = JSON.parse(text('embed/quake-in-the-hills/timeline/data.json'));
    expect(data.explainer).toBe('https://news.example.org/explainers/quake-in-the-hills/');
    expect(data.events.map((e: { label: string }) => e.label)).toEqual(['The quake struck']);
    const oembed = JSON.parse(text('embed/quake-in-the-hills/casualties/oembed.json'));
    expect(oembed.type).toBe('rich');
    expect(oembed.html).toContain('src="https://news.example.org/embed/quake-in-the-hills/casualties/"');
    expect(oembed.author_name).toBe('Example Wire');
  });

  it('asks for the PNG at twice the size of the SVG download', () => {
    const svg = svgSize(text('embed/flood/casualties/chart.svg'));
    const png = byPath.get('embed/flood/casualties/chart.png')!;
    expect('pngOf' in png && svgSize(png.pngOf)).toEqual({ width: svg.width * PNG_SCALE, height: svg.height * PNG_SCALE });
  });

  it('lists the same files whatever order the documents come in', () => {
    expect(chartFiles(chartSourcesOf([...fire].reverse().concat([flood, quake])))).toEqual(files);
  });
});

describe('chartFileAt', () => {
  it('renders the one file asked for, as the whole list has it', () => {
    const sources = chartSourcesOf([quake, flood, ...fire]);
    const all = chartFiles(sources);
    for (const path of [
      'embed/flood/casualties/data.csv',
      'embed/quake-in-the-hills/timeline/chart.png',
      'embed/all/timeline/oembed.json',
      SERIES_OEMBED,
    ]) {
      expect(chartFileAt(sources, site, path)).toEqual(all.find((file) => file.path === path));
    }
    expect(chartFileAt(sources, site, 'embed/flood/timeline/data.csv')).toBeUndefined();
  });
});

describe('chartFileGroups', () => {
  it('names the files each chart renders before rendering them', () => {
    for (const group of chartFileGroups(chartSourcesOf([quake, flood]), site))
      expect(group.render().map((f) => f.path)).toEqual(group.paths);
  });
});
