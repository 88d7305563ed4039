// Editors in charge, through `npm run build`'s buildSite: corrections from the edits file on the
// published pages, a stale edit and a broken edits file named by file and line, a corrected title that
// moves no URL, and an editor's new slug whose old URLs keep working (redirect pages, oEmbed, _redirects),
// the same on a clean build on a fresh machine (registry in the repository, empty caches).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../src/build/build-site.ts';
import { extractorVersion } from '../src/ingest/cache.ts';
import { launchChromium } from './helpers/browser.ts';
import { startStaticServer, type StaticServer } from './helpers/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const version = extractorVersion();
let work: string;
let seeds: string;
let server: StaticServer;
let siteDir: string; // what the server serves: the last build's output
const registry = () => path.join(work, 'published-slugs.json');

const CAMP = `---
title: Flash flood sweeps through summer camp
published: 2025-07-05
source: Hill Country Courier
---
At least 27 campers and counselors died after the river rose 26 feet in 45 minutes before dawn on Friday, the sheriff said.
Rescuers pulled 850 people from the water, and at least 11 campers were still unaccounted for on Saturday.
"We have never seen water rise that fast," said Dalton Rice, the county judge.
The camp, founded 99 years ago, had 750 girls enrolled for the summer session.
`;
const EDITS = `figures:
  - match: "750 girls"          # enrolment, not a toll
    drop: true
  - match: "850 people"
    set: { measure: evacuated }
  - match: "1,200 volunteers"   # not in this report: reported, applied to nothing
    keep: true
charts:
  casualties: { title: "Deaths and missing at the camp, as reported on 5 July" }
`;
const MARKET = '# Market fire contained\n\nFirefighters contained a blaze at the central market on Sunday, the fire service said.\n';

/** Every file below `dir`: relative path -> sha256. */
function digestTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

async function build(name: string, log: string[] = []): Promise<BuildResult> {
  const result = await buildSite({
    root,
    seedsDir: seeds,
    contentDir: path.join(work, `${name}-content`),
    outDir: path.join(work, `${name}-dist`),
    cacheDir: path.join(work, `${name}-cache`),
    slugRegistry: registry(),
    siteUrl: server.url,
    ingestCacheVersion: version,
    log: (line) => log.push(line),
    quiet: true,
  });
  if (!result.ok) throw new Error(`${name} build failed: ${result.astroError}`);
  siteDir = path.join(work, `${name}-dist`);
  return result;
}
const read = (rel: string) => fs.readFileSync(path.join(siteDir, rel), 'utf8');
// The site's addresses: every file but the search index's, whose names hash the text it indexes.
const pagesAndData = () => [...digestTree(siteDir).keys()].filter((file) => !file.startsWith('pagefind'));
const exists = (rel: string) => fs.existsSync(path.join(siteDir, rel));

const slug = 'flash-flood-sweeps-through-summer-camp';
const pages = (s: string) => [`explainers/${s}/index.html`, `embed/${s}/casualties/index.html`, `embed/${s}/casualties/oembed.json`];
let first: BuildResult;
let firstLog: string[];
let firstExplainer: string;
let firstFiles: string[];
let retitledFiles: string[];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainers-editors-'));
  seeds = path.join(work, 'seeds');
  fs.mkdirSync(seeds);
  fs.writeFileSync(path.join(seeds, 'camp.txt'), CAMP);
  fs.writeFileSync(path.join(seeds, 'camp.edits.yaml'), EDITS);
  fs.writeFileSync(path.join(seeds, 'market.md'), MARKET);
  server = await startStaticServer(() => siteDir);
  firstLog = [];
  first = await build('site', firstLog);
  firstExplainer = read(`explainers/${slug}/index.html`);
  firstFiles = pagesAndData();
  // An editor corrects the headline: every URL stays.
  fs.writeFileSync(
    path.join(seeds, 'camp.txt'),
    CAMP.replace('title: Flash flood sweeps through summer camp', 'title: Flash flood kills 27 at girls’ camp'),
  );
  await build('site');
  retitledFiles = pagesAndData();
}, 300_000);

afterAll(async () => {
  await server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('corrections in a build', () => {
  it('publishes the corrected data, with its chart settings, and labels corrected items', () => {
    expect(first.ingest.errors).toEqual([]);
    const doc = JSON.parse(fs.readFileSync(path.join(work, 'site-content', `${slug}.json`), 'utf8'));
    expect(doc.figures.map((f: { text: string }) => f.text)).not.toContain('750 girls');
    expect(doc.figures.find((f: { text: string }) => f.text.includes('850 people'))).toMatchObject({ measure: 'evacuated', edited: true });
    expect(doc.charts.casualties.title).toBe('Deaths and missing at the camp, as reported on 5 July');
    // In the list of every figure, the corrected one is labelled; the machine's are not.
    const list = firstExplainer.slice(firstExplainer.indexOf('id="figures-heading"'));
    const row = (text: string) => list.slice(list.lastIndexOf('<tr', list.indexOf(text)), list.indexOf('</tr>', list.indexOf(text)));
    expect(row('850 people')).toContain('corrected by the editors');
    expect(row('at least 11 campers')).not.toContain('corrected by the editors');
    // The review list is the dev server's, never published.
    expect(firstExplainer).not.toContain('worth a look');
  });

  it('names an edit that found nothing by file, line and text in the build output', () => {
    const line = 'camp.edits.yaml:6: figures: "1,200 volunteers" matches no figure';
    expect(first.ingest.staleEdits).toEqual([line]);
    expect(firstLog).toContain(`warning: ${line}`);
  });
});

describe('stable URLs', () => {
  it('keeps every URL when the title is corrected, and remembers the slugs in the registry', () => {
    expect(retitledFiles).toEqual(firstFiles);
    for (const file of pages(slug)) expect(exists(file), file).toBe(true);
    expect(read(`explainers/${slug}/index.html`)).toContain('Flash flood kills 27 at girls’ camp');
    expect(JSON.parse(read(`embed/${slug}/casualties/oembed.json`)).html).toContain(`/embed/${slug}/casualties/`);
    expect(fs.readFileSync(registry(), 'utf8')).toBe(
      `{\n  "camp.txt": {"slug":"${slug}","previous":[]},\n  "market.md": {"slug":"market-fire-contained","previous":[]}\n}\n`,
    );
    expect(exists('_redirects')).toBe(false);
  });

  describe("after an editor's new slug", () => {
    const moved = 'camp-flood-2025';
    let incremental: Map<string, string>;
    let clean: Map<string, string>;
    beforeAll(async () => {
      fs.writeFileSync(
        path.join(seeds, 'camp.txt'),
        CAMP.replace('title: Flash flood sweeps through summer camp', `title: Flash flood kills 27 at girls’ camp\nslug: ${moved}`),
      );
      await build('site');
      incremental = digestTree(siteDir);
      // A fresh machine: the repository's seeds and registry, no caches, no earlier site.
      await build('fresh');
      clean = digestTree(siteDir);
    }, 300_000);

    it('publishes byte for byte the same site on a clean build on a fresh machine', () => {
      expect(clean).toEqual(incremental);
    });

    it('publishes the document at its new URLs and records the old slug', () => {
      for (const file of pages(moved)) expect(exists(file), file).toBe(true);
      expect(JSON.parse(fs.readFileSync(registry(), 'utf8'))['camp.txt']).toEqual({ slug: moved, previous: [slug] });
    });

    it('answers the old explainer, embed and oEmbed URLs: redirect pages, the oEmbed JSON, _redirects', () => {
      const old = read(`explainers/${slug}/index.html`);
      expect(old).toContain(`<link rel="canonical" href="${server.url}/explainers/${moved}/">`);
      expect(old).toContain(`<meta http-equiv="refresh" content="0; url=/explainers/${moved}/">`);
      expect(old).toContain(`<a href="/explainers/${moved}/">Flash flood kills 27 at girls’ camp</a>`);
      expect(old).not.toMatch(/<script/);
      expect(read(`embed/${slug}/casualties/index.html`)).toContain(`url=/embed/${moved}/casualties/`);
      expect(read(`embed/${slug}/casualties/oembed.json`)).toBe(read(`embed/${moved}/casualties/oembed.json`));
      expect(read('_redirects').split('\n')).toEqual(
        expect.arrayContaining([`/explainers/${slug}/* /explainers/${moved}/:splat 301`, `/embed/${slug}/* /embed/${moved}/:splat 301`]),
      );
    });

    it('lists only canonical URLs in the sitemap', () => {
      const sitemap = read('sitemap-0.xml');
      expect(sitemap).toContain(`/explainers/${moved}/`);
      expect(sitemap).not.toContain(`/explainers/${slug}/`);
    });

    it('takes a reader, and an embedding page, from an old URL to the new one in Chromium', async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(`${server.url}/explainers/${slug}/`);
        await page.waitForURL(`${server.url}/explainers/${moved}/`, { timeout: 10_000 });
        expect(await page.locator('h1').innerText()).toBe('Flash flood kills 27 at girls’ camp');
        // An iframe embedded with the old address shows the chart from the new one.
        await page.setContent(`<iframe title="chart" src="${server.url}/embed/${slug}/casualties/"></iframe>`);
        const frame = page.frameLocator('iframe');
        await expect.poll(() => frame.locator('figure').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      } finally {
        await browser.close();
      }
    });
  });
});

describe('a broken edits file', () => {
  // Each kind of problem (YAML error, unknown field, wrong type) is named with its line by ingest
  // (src/ingest/ingest-edits.test.ts); here, what the build makes of one.
  it('withholds its document, naming the file and line, while every other document builds', async () => {
    fs.writeFileSync(path.join(seeds, 'camp.edits.yaml'), 'figures:\n  - match: "850 people"\n    set: { value: many }\n');
    const result = await build('broken');
    expect(result.ingest.errors).toEqual([
      'camp.edits.yaml:3: figures, edit 1, set.value: expected a number, not "many"; camp.txt is not published until it is fixed',
    ]);
    expect(fs.readdirSync(path.join(siteDir, 'explainers'))).toEqual(['market-fire-contained']);
  }, 300_000);
});
