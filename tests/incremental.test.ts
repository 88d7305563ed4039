// An incremental build (seed cache, content folder and Astro cache reused across builds, seeds removed,
// re-added and changed in between) must publish byte for byte what a clean build of the same seeds does.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../src/build/build-site.ts';
import { extractorVersion } from '../src/ingest/cache.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests', 'fixtures', 'seeds');
const siteUrl = 'http://127.0.0.1:4321';
let work: string;
// Hashed once: an extractor edited while the test runs must not turn the incremental build into a clean one.
const version = extractorVersion();

/** Every file below `dir`: relative path -> sha256 of its bytes. */
function digestTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

async function build(name: string, seedsDir: string, documentsPerRun?: number): Promise<BuildResult> {
  const result = await buildSite({
    root,
    seedsDir,
    contentDir: path.join(work, `${name}-content`),
    outDir: path.join(work, `${name}-dist`),
    cacheDir: path.join(work, `${name}-cache`),
    siteUrl,
    ingestCacheVersion: version,
    searchShardSize: 4, // several search shards, some kept and some written again
    documentsPerRun,
    quiet: true,
  });
  if (!result.ok) throw new Error(`${name} build failed: ${result.astroError}`);
  return result;
}

let incremental: BuildResult;
let clean: BuildResult;
// A story's latest report, held back from the first build: its story page must be made again, its other
// reports' explainers not.
const LATE_REPORT = 'story-fire-4.md';
const STORY_PAGE = 'stories/keswick-2025-05-01/index.html';
const EARLIER_REPORT = 'explainers/fire-at-port-keswick-fuel-depot-kills-at-least-9/index.html';
const stamps = new Map<string, number>(); // modification times after the first build
let reExtracted: string[] = []; // the seeds put back or edited before the second build

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainers-incremental-'));
  const seeds = path.join(work, 'seeds');
  fs.cpSync(fixtures, seeds, { recursive: true });
  // The broken fixtures (bad-*) are for the error reports; this test follows documents that publish.
  for (const bad of fs.readdirSync(seeds).filter((f) => f.startsWith('bad-'))) fs.rmSync(path.join(seeds, bad));
  const files = fs.readdirSync(seeds).sort();
  expect(files.length).toBeGreaterThanOrEqual(3);
  const [removed, changed] = files;
  reExtracted = [removed, changed, LATE_REPORT];

  // Incremental: build without two seeds, then put them back, edit another and build again in place.
  const aside = fs.readFileSync(path.join(seeds, removed));
  const late = fs.readFileSync(path.join(seeds, LATE_REPORT));
  fs.rmSync(path.join(seeds, removed));
  fs.rmSync(path.join(seeds, LATE_REPORT));
  await build('incremental', seeds);
  for (const file of [STORY_PAGE, EARLIER_REPORT]) stamps.set(file, fs.statSync(path.join(work, 'incremental-dist', file)).mtimeMs);
  fs.writeFileSync(path.join(seeds, removed), aside);
  fs.writeFileSync(path.join(seeds, LATE_REPORT), late);
  const text = fs.readFileSync(path.join(seeds, changed), 'utf8');
  fs.writeFileSync(path.join(seeds, changed), `${text.trimEnd()}\n\nOfficials said at least 12 people were injured on Saturday.\n`);
  incremental = await build('incremental', seeds);

  // Clean: the same final seeds into fresh folders and caches, rendered in several Astro runs (as a
  // clean build of thousands of documents is) where the incremental build needed one.
  clean = await build('clean', seeds, 4);
}, 600_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('incremental build', () => {
  it('re-extracts only the re-added and the edited seeds', () => {
    expect(incremental.ingest.errors).toEqual([]);
    expect(incremental.ingest.extracted).toBe(3);
    expect(incremental.ingest.cached).toBe(incremental.ingest.documents.length - 3);
  });

  it('renders again only the pages whose data changed, and reuses the rest', () => {
    // The three changed, and the one the about page charts when it is not one of them.
    const about = fs.readFileSync(path.join(work, 'incremental-dist', 'about', 'index.html'), 'utf8');
    const example = /These are the charts of “<a href="[^"]*\/explainers\/([^/"]+)\//u.exec(about)?.[1];
    expect(example).toBeDefined();
    const changedSlugs = incremental.ingest.documents.filter((d) => reExtracted.includes(path.basename(d.file))).map((d) => d.slug);
    expect(changedSlugs).toHaveLength(3);
    expect(incremental.renderedDocuments).toBe(3 + (changedSlugs.includes(example as string) ? 0 : 1));
    const pages = [...digestTree(path.join(work, 'incremental-dist')).keys()].filter((f) => f.endsWith('index.html'));
    expect(incremental.reusedPages).toBeGreaterThan(3);
    // The home, people and figures indexes, search and about always render; so do the two changed documents.
    expect(incremental.reusedPages).toBeLessThan(pages.length - 6);
  });

  it('makes a story page again when a report joins the story, and leaves its other reports as they were', () => {
    const dist = path.join(work, 'incremental-dist');
    expect(fs.statSync(path.join(dist, STORY_PAGE)).mtimeMs).not.toBe(stamps.get(STORY_PAGE));
    expect(fs.readFileSync(path.join(dist, STORY_PAGE), 'utf8')).toContain('inquiry-opens-into-port-keswick-depot-fire-as-toll-reaches-15');
    expect(fs.statSync(path.join(dist, EARLIER_REPORT)).mtimeMs).toBe(stamps.get(EARLIER_REPORT));
  });

  it('renders a clean build in runs of at most the documents per run given', () => {
    expect(clean.renderedDocuments).toBe(clean.ingest.documents.length);
    // The document the about page charts goes with every run; the others four at a time.
    expect(clean.astroRuns).toBe(Math.ceil((clean.ingest.documents.length - 1) / 4));
    expect(clean.astroRuns).toBeGreaterThanOrEqual(3);
    expect(incremental.astroRuns).toBe(1);
  });

  it('writes the same content JSON as a clean build', () => {
    expect(digestTree(path.join(work, 'incremental-content'))).toEqual(digestTree(path.join(work, 'clean-content')));
  });

  it('publishes a site identical byte for byte to a clean build', () => {
    const clean = digestTree(path.join(work, 'clean-dist'));
    const inc = digestTree(path.join(work, 'incremental-dist'));
    expect(clean.size).toBeGreaterThan(10);
    expect([...inc.keys()]).toEqual([...clean.keys()]);
    for (const [file, hash] of clean) expect(inc.get(file), file).toBe(hash);
  });

  it('puts no build time in the feed or the sitemap', () => {
    const dist = path.join(work, 'clean-dist');
    const rss = fs.readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    expect(rss).not.toMatch(/<lastBuildDate>/);
    const sitemaps = fs.readdirSync(dist).filter((f) => f.startsWith('sitemap'));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(fs.readFileSync(path.join(dist, file), 'utf8')).not.toMatch(/<lastmod>/);
  });
});
