import { describe, expect, it } from 'vitest';
import { doc, event, figure, quakeFigures } from '../../tests/helpers/chart-fixtures.ts';
import { floodReport } from '../../tests/helpers/fact-fixtures.ts';
import { parseCsv } from './csv.ts';
import { fireStory } from '../../tests/helpers/story-fixtures.ts';
import { svgSize } from './standalone-svg.ts';
import { siteViews } from '../cross/site-views.ts';
import type { ExtractedDocument } from '../schema/document.ts';
import { chartFileAt, chartFileGroups, PNG_SCALE, type ChartFile, type ChartSources } from './chart-files.ts';

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

/** The text of the file of `files` whose path ends with `name`. */
function fileText(files: ChartFile[], name: string): string {
  const file = files.find((f) => f.path.endsWith(name));
  if (!file || !('text' in file)) throw new Error(`no text file ${name}`);
  return file.text;
}

/** The casualty chart's group of files of `doc` (its share image comes first). */
function casualtyGroup(doc: ExtractedDocument) {
  return chartFileGroups(chartSourcesOf([doc]), site).find((g) => g.paths.some((p) => p.endsWith('/casualties/data.json')))!;
}

/** Every chart file of the site, in order. */
const chartFiles = (sources: ChartSources) => chartFileGroups(sources, site).flatMap((group) => group.render());

// A story told in several reports, with facts: its series have embeds.
const fire = fireStory();
const SERIES_EMBED = 'embed/stories/keswick-2025-05-01/killed-worker/';
const SERIES_OEMBED = `${SERIES_EMBED}oembed.json`;

describe('chart files', () => {
  const files = chartFiles(chartSourcesOf([quake, flood, ...fire]));
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
    ];
    for (const chart of charts) {
      for (const name of ['data.csv', 'data.json', 'chart.svg', 'chart.png', 'oembed.json'])
        expect(byPath.has(`${chart}${name}`), `${chart}${name}`).toBe(true);
    }
    // flood has no dated event: no timeline, so no empty files either
    expect([...byPath.keys()].some((p) => p.startsWith('embed/flood/timeline/'))).toBe(false);
    expect(byPath.has(SERIES_OEMBED)).toBe(true);
    const seriesFiles = files.filter((f) => f.path.startsWith('embed/stories/') && f.path.endsWith('oembed.json'));
    expect(seriesFiles.map((f) => f.path)).toEqual([
      SERIES_OEMBED,
      'embed/stories/keswick-2025-05-01/missing-worker/oembed.json',
      'embed/stories/keswick-2025-05-01/injured-people/oembed.json',
    ]);
    const oembed = JSON.parse(text(SERIES_OEMBED));
    expect(oembed.html).toContain('src="https://news.example.org/embed/stories/keswick-2025-05-01/killed-worker/"');
    // Every series embed has the downloads of a document chart's.
    for (const file of ['data.csv', 'data.json', 'chart.svg', 'chart.png']) expect(byPath.has(`${SERIES_EMBED}${file}`), file).toBe(true);
  });

  it("writes a series' reports as CSV with the bare number, the ISO date and an absolute link", () => {
    const [header, ...rows] = text(`${SERIES_EMBED}data.csv`).trim().split('\r\n'); // trim() also drops the byte-order mark
    expect(header).toBe('"Published","Figure as reported","Reported by","Explainer","Value","Published (ISO 8601)","Link"');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatch(/"https:\/\/news\.example\.org\/explainers\/[a-z0-9-]+\/#src-figure-\d+"$/);
  });

  it('names the PNG, with its size in pixels, as the thumbnail of every oEmbed answer', () => {
    for (const chart of ['embed/quake-in-the-hills/casualties/', 'embed/all/timeline/', SERIES_EMBED]) {
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

  it('writes the CSV of the charted facts, in the order drawn', () => {
    const rows = parseCsv(text('embed/quake-in-the-hills/casualties/data.csv'));
    // header + three facts: the two reports of the villagers killed are one (aftershocks and percent are not charted)
    expect(rows).toHaveLength(1 + 3);
    expect(rows[1].slice(0, 4)).toEqual(['Killed', 'villagers', 'more than 1,040', 'the regional governor; a rescue charity']);
    expect(rows[1]).toContain('1040');
  });

  it('carries the facts, with their reports, and the figures they cite in data.json', () => {
    const group = casualtyGroup(floodReport);
    const data = JSON.parse(fileText(group.render(), 'data.json'));
    expect(data.facts.map((f: { id: string }) => f.id)).toEqual(['fact-1', 'fact-2', 'fact-3', 'fact-5', 'fact-6', 'fact-4', 'fact-7']);
    expect(data.facts[3]).toMatchObject({ range: { low: 54, high: 63 }, sources: ['the mayor', 'the emergency service'] });
    expect(data.facts[1].partOf).toBe('fact-1');
    expect(data.figures.map((f: { id: string }) => f.id)).toEqual([
      'figure-1',
      'figure-2',
      'figure-3',
      'figure-4',
      'figure-5',
      'figure-6',
      'figure-7',
      'figure-8',
      'figure-9',
      'figure-10',
    ]);
  });

  it('writes every CSV cell whole, and an empty cell where there is nothing to say', () => {
    const group = casualtyGroup(floodReport);
    const [header, ...rows] = parseCsv(fileText(group.render(), 'data.csv'));
    expect(header).toEqual([
      'Measure',
      'Who and where',
      'Number',
      'Reported by',
      'Part of',
      'Reports as written',
      'Value',
      'Low',
      'High',
      'Fact',
    ]);
    const ostvale = rows.find((r) => r[1] === 'people in Ostvale')!;
    expect(ostvale).toEqual(['Injured', 'people in Ostvale', '2', '', '', '2', '2', '', '', 'fact-6']);
    const brenford = rows.find((r) => r[1] === 'people in Brenford')!;
    expect(brenford.slice(3)).toEqual([
      'the mayor; the emergency service',
      '',
      '54 (the mayor); 63 (the emergency service)',
      '63',
      '54',
      '63',
      'fact-5',
    ]);
    expect(rows.flat().some((cell) => cell.includes('…'))).toBe(false);
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
