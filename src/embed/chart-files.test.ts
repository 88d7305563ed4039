import { describe, expect, it } from 'vitest';
import { doc, event, figure, quakeFigures } from '../../tests/helpers/chart-fixtures.ts';
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
  const { series, index } = siteViews(documents);
  return { documents, series, timeline: index.timeline };
}

/** Every chart file of the site, in order. */
const chartFiles = (sources: ChartSources) => chartFileGroups(sources, site).flatMap((group) => group.render());

describe('chart files', () => {
  const files = chartFiles(chartSourcesOf([quake, flood]));
  const byPath = new Map(files.map((f) => [f.path, f]));
  const text = (p: string) => {
    const file = byPath.get(p);
    if (!file || !('text' in file)) throw new Error(`no text file ${p}`);
    return file.text;
  };

  it('gives every embeddable chart, series included, its four downloads and oEmbed', () => {
    const charts = [
      'embed/quake-in-the-hills/casualties/',
      'embed/quake-in-the-hills/timeline/',
      'embed/flood/casualties/',
      'embed/all/timeline/',
      'figures/killed-villager/embed/',
    ];
    for (const chart of charts) {
      for (const name of ['data.csv', 'data.json', 'chart.svg', 'chart.png', 'oembed.json'])
        expect(byPath.has(`${chart}${name}`), `${chart}${name}`).toBe(true);
    }
    // flood has no dated event: no timeline, so no empty files either
    expect([...byPath.keys()].some((p) => p.startsWith('embed/flood/timeline/'))).toBe(false);
    const series = [...new Set([...byPath.keys()].filter((p) => p.startsWith('figures/')).map((p) => p.replace(/[^/]+$/, '')))];
    expect(files.filter((f) => f.path.endsWith('oembed.json')).length).toBe(charts.length - 1 + series.length);
  });

  it("writes a series' reports as CSV with the bare number, the ISO date and an absolute link", () => {
    const [header, ...rows] = text('figures/killed-villager/embed/data.csv').trim().split('\r\n'); // trim() also drops the byte-order mark
    expect(header).toBe('"Published","Figure as written","Reported by","Explainer","Value","Published (ISO 8601)","Link"');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatch(/"https:\/\/news\.example\.org\/explainers\/[a-z-]+\/#src-figure-\d+"$/);
  });

  it('names the PNG, with its size in pixels, as the thumbnail of every oEmbed answer', () => {
    for (const chart of ['embed/quake-in-the-hills/casualties/', 'embed/all/timeline/', 'figures/killed-villager/embed/']) {
      const oembed = JSON.parse(text(`${chart}oembed.json`));
      const png = byPath.get(`${chart}chart.png`)!;
      const size = 'pngOf' in png ? svgSize(png.pngOf) : { width: 0, height: 0 };
      expect(oembed, chart).toMatchObject({
        thumbnail_url: `https://news.example.org/${chart}chart.png`,
        thumbnail_width: size.width,
        thumbnail_height: size.height,
      });
      expect(size.width, chart).toBeGreaterThan(600);
    }
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
    expect(chartFiles(chartSourcesOf([flood, quake]))).toEqual(files);
  });
});

describe('chartFileAt', () => {
  it('renders the one file asked for, as the whole list has it', () => {
    const sources = chartSourcesOf([quake, flood]);
    const all = chartFiles(sources);
    for (const path of [
      'embed/flood/casualties/data.csv',
      'embed/quake-in-the-hills/timeline/chart.png',
      'embed/all/timeline/oembed.json',
      'figures/killed-villager/embed/oembed.json',
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
