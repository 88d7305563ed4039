// A newsroom replaces the sample with its own documents: the site must build with any seeds, with one
// and with none, and the method page's chart example follows whatever documents there are.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSite, type BuildResult } from '../src/build/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests', 'fixtures', 'seeds');
let work: string;

interface Built {
  result: BuildResult;
  dist: string;
  log: string[]; // what the build printed
}

/** Builds `seeds` into a folder of their own; with `siteUrl` null the build uses SITE_URL or the default. */
async function build(name: string, seeds: string[], projectRoot = root, siteUrl: string | null = 'http://127.0.0.1:4321'): Promise<Built> {
  const seedsDir = path.join(work, `${name}-seeds`);
  fs.mkdirSync(seedsDir, { recursive: true });
  for (const seed of seeds) fs.copyFileSync(path.join(fixtures, seed), path.join(seedsDir, seed));
  const dist = path.join(work, `${name}-dist`);
  const log: string[] = [];
  const result = await buildSite({
    root: projectRoot,
    seedsDir,
    contentDir: path.join(work, `${name}-content`),
    outDir: dist,
    cacheDir: path.join(work, `${name}-cache`),
    siteUrl: siteUrl ?? undefined,
    quiet: true,
    log: (line) => log.push(line),
  });
  return { result, dist, log };
}

const read = (dist: string, rel: string) => fs.readFileSync(path.join(dist, rel), 'utf8');

let one: Built;
let none: Built;
let stale: Built;

/** A copy of the project with an editor's page that charts a document by a slug no document has. */
function projectWithStalePage(): string {
  const copy = path.join(work, 'project');
  fs.mkdirSync(copy);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src'])
    fs.cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  fs.rmSync(path.join(copy, 'src', 'content'), { recursive: true, force: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  fs.writeFileSync(
    path.join(copy, 'src', 'pages', 'notes.mdx'),
    [
      '---',
      'layout: ../layouts/ProseLayout.astro',
      'title: Notes',
      '---',
      "import CasualtyChart from '../components/CasualtyChart.astro';",
      '',
      'Our coverage.',
      '',
      '<CasualtyChart slug="a-removed-report" />',
      '',
    ].join('\n'),
  );
  return copy;
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainers-any-'));
  // The sample (sample.txt, the Blinken report) is left out: a newsroom's own single report.
  one = await build('one', ['quake.txt']);
  // A newcomer's first build: no SITE_URL (the site.ts default, the example domain).
  vi.stubEnv('SITE_URL', '');
  none = await build('none', [], root, null);
  vi.unstubAllEnvs();
  stale = await build('stale', ['quake.txt'], projectWithStalePage());
}, 360_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a site without the sample', () => {
  it('builds and publishes its one document', () => {
    expect(one.result.ok, one.result.astroError).toBe(true);
    expect(one.result.ingest.documents.map((d) => d.slug)).toEqual(['earthquake-in-the-northern-valley-kills-at-least-212']);
    expect(fs.existsSync(path.join(one.dist, 'explainers/earthquake-in-the-northern-valley-kills-at-least-212/index.html'))).toBe(true);
    expect(one.result.pageWarnings).toEqual([]);
  });

  it('charts that document on the method page, with the lines that place its charts', () => {
    const about = read(one.dist, 'about/index.html');
    expect(about).not.toContain('blinken');
    expect(about).toContain('&lt;CasualtyChart slug=&quot;earthquake-in-the-northern-valley-kills-at-least-212&quot; /&gt;');
    expect(about).toMatch(/<figure[^>]*id="about-casualties"/);
    expect(about).toMatch(/<figure[^>]*id="about-timeline"/);
    expect(about).not.toContain('data-missing-slug');
  });
});

describe('a site with no documents', () => {
  it('builds the home, method, archive and search pages', () => {
    expect(none.result.ok, none.result.astroError).toBe(true);
    expect(none.result.ingest.documents).toEqual([]);
    for (const rel of [
      'index.html',
      'about/index.html',
      'archive/index.html',
      'search/index.html',
      'people/index.html',
      'figures/index.html',
      'rss.xml',
    ]) {
      expect(fs.existsSync(path.join(none.dist, rel)), rel).toBe(true);
    }
    expect(fs.readdirSync(none.dist)).not.toContain('explainers');
  });

  it('warns once, without SITE_URL, that absolute links point at the example domain; a build with it does not', () => {
    expect(none.log.filter((line) => line.includes('SITE_URL'))).toEqual([
      'warning: SITE_URL is not set: embed codes, canonical links, the feed and the sitemap point at the example domain https://explainers.example.org/. Build with SITE_URL=https://your.site/ npm run build (or set DEFAULT_SITE_URL in src/lib/site.ts).',
    ]);
    expect(read(none.dist, 'index.html')).toContain('<link rel="canonical" href="https://explainers.example.org/">');
    expect(one.log.filter((line) => line.includes('SITE_URL'))).toEqual([]);
  });

  it('prints none of Astro’s warnings for one report (no story page) or none (no quotes, no people)', () => {
    expect(one.result.astroWarnings).toEqual([]);
    expect(none.result.astroWarnings).toEqual([]);
  });

  it('explains the chart components on the method page instead of charting a document', () => {
    const about = read(none.dist, 'about/index.html');
    expect(about).toContain('This site has no explainers yet.');
    expect(about).not.toMatch(/<figure[^>]*class="chart/);
  });
});

describe("an editor's page that charts a removed document", () => {
  it('builds the rest of the site and names the page and line in one warning', () => {
    expect(stale.result.ok, stale.result.astroError).toBe(true);
    expect(stale.result.pageWarnings).toEqual([
      'src/pages/notes.mdx:9: CasualtyChart names slug "a-removed-report", which no document has; the page shows a placeholder',
    ]);
    expect(fs.existsSync(path.join(stale.dist, 'explainers/earthquake-in-the-northern-valley-kills-at-least-212/index.html'))).toBe(true);
  });

  it('shows a visible placeholder where the chart was', () => {
    const notes = read(stale.dist, 'notes/index.html');
    expect(notes).toMatch(/<p class="chart-placeholder[^"]*" role="note" data-missing-slug="a-removed-report"[^>]*>[^<]*Chart unavailable/);
    expect(notes).not.toMatch(/<figure[^>]*class="chart/);
  });
});
