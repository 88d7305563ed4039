// Seeds -> content collection -> static site. The site is built into a staging folder and replaces
// `outDir` only once everything is written, so a failed build never destroys the last good site.
//
// Order of work: ingest (cached per seed); the outputs the published site already holds from the same
// inputs (page-cache.ts); then, side by side, Astro rendering the changed pages in a child process and a
// pool of worker threads drawing the changed charts' PNGs; then reused pages and chart files, the new
// chart files, the sitemap and the search index go into the staged site; then the swap.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultIngestCacheDir, ingestSeeds, type IngestResult } from '../ingest/ingest.ts';
import { chartFileGroups, type ChartFileGroup } from '../lib/chart-files.ts';
import { CODE_VERSION_ENV, outputKey, PAGE_CACHE_ENV } from '../lib/page-cache.ts';
import { siteUrl } from '../site.ts';
import { moveInto, pngCacheDir, prunePngCache, writeChartJobs } from './chart-files.ts';
import { linkPublished, linkSkippedPages, prepareReuse, routePages, siteCodeVersion, writeManifest, type Output } from './page-cache.ts';
import { writeSitemap } from './sitemap.ts';
import { writeSearchIndex } from './search-index.ts';

export interface BuildOptions {
  root: string; // the project folder (astro.config.mjs)
  seedsDir: string;
  contentDir: string; // where ingest writes the collection's JSON
  outDir: string; // the published site
  cacheDir?: string; // Astro's cache, with the PNG and page caches; separate for fixture builds
  // Ingest's content-hash cache (src/ingest/cache.ts). Default: inside `cacheDir` when one is given, so a
  // fixture build never prunes the site's cache; otherwise node_modules/.cache/news-explainers/ingest.
  ingestCacheDir?: string;
  ingestCacheVersion?: string; // pins the extractor version the cache is keyed on (benchmarks)
  codeVersion?: string; // pins the site code version the output cache is keyed on (benchmarks)
  onProgress?: (done: number, total: number) => void; // ingest progress, one call per seed file
  onIngested?: (ingest: IngestResult, milliseconds: number) => void; // ingest finished, Astro not yet started
  siteUrl?: string;
  log?: (line: string) => void;
  quiet?: boolean; // hide Astro's own output
}

export interface BuildResult {
  ingest: IngestResult;
  ok: boolean; // the site was written to outDir
  astroError?: string;
  reusedPages?: number; // pages copied from the last build instead of rendered
  phases?: Record<string, number>; // milliseconds: ingest, charts, astro, then pngs and search (both from Astro's start), files, publish
}

interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs a command without blocking this thread (the PNG pool answers on it meanwhile). */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean }): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: options.quiet ? 'pipe' : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error) => resolve({ status: null, signal: null, output: `${output}${error.message}` }));
    child.on('close', (status, signal) => resolve({ status, signal, output }));
  });
}

const tail = (output: string, quiet?: boolean) => (quiet ? output.trim().split('\n').slice(-8).join('\n') : '');

/** Milliseconds since `since`, rounded: for the phase timings. */
const since = (started: number) => Math.round(performance.now() - started);

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { root, seedsDir, contentDir, outDir, log = () => {} } = options;
  const phases: Record<string, number> = {};
  const astroCache = options.cacheDir ?? path.join(root, 'node_modules', '.astro');
  const cacheDir = options.ingestCacheDir ?? (options.cacheDir ? path.join(options.cacheDir, 'news-explainers-ingest') : defaultIngestCacheDir(root));
  let started = performance.now();
  const ingest = ingestSeeds({ seedsDir, outDir: contentDir, log, cacheDir, cacheVersion: options.ingestCacheVersion, onProgress: options.onProgress });
  phases.ingest = since(started);
  options.onIngested?.(ingest, phases.ingest);
  const siteText = options.siteUrl ?? siteUrl();
  if (!URL.canParse(siteText)) return { ingest, ok: false, astroError: `The site URL "${siteText}" is not an absolute URL (set SITE_URL like https://example.org/)` };
  const site = new URL(siteText);

  // What the published site already holds, unchanged, from the same inputs: reused, not rebuilt.
  started = performance.now();
  const staging = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  fs.rmSync(staging, { recursive: true, force: true });
  const codeVersion = options.codeVersion ?? siteCodeVersion(root);
  const manifestFile = path.join(astroCache, 'news-explainers-outputs.json');
  fs.mkdirSync(astroCache, { recursive: true });
  const pageWork = fs.mkdtempSync(path.join(astroCache, 'pages-'));
  const reusable = prepareReuse(manifestFile, outDir, codeVersion, pageWork);

  // Astro stages prerendered chunks in `<outDir>/.prerender` when outDir is inside the working folder,
  // and otherwise in `<cwd>/.astro/.prerender`: concurrent builds into temp folders (tests, benchmarks)
  // would share that one and clobber each other's chunks. A private working folder inside the project
  // (so the chunks still resolve node_modules) keeps each build's chunks its own.
  const inside = path.resolve(staging).startsWith(path.resolve(root) + path.sep);
  if (!inside) fs.mkdirSync(path.join(root, '.build'), { recursive: true });
  const cwd = inside ? root : fs.mkdtempSync(path.join(root, '.build', 'astro-'));
  let unchanged: Array<ChartFileGroup & { key: string }> = [];
  let freshOutputs = new Map<string, Output>();
  const pngDir = pngCacheDir(astroCache);
  // Chart files and the search index are written beside the staging folder while Astro fills it (same
  // file system, so they move in with renames).
  const chartsDir = `${outDir}.charts`;
  fs.rmSync(chartsDir, { recursive: true, force: true });
  const searchDir = `${outDir}.search`;
  fs.rmSync(searchDir, { recursive: true, force: true });
  let search: Promise<string | undefined> = Promise.resolve(undefined);
  let searchError: string | undefined;
  const fail = (message: string): BuildResult => {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(searchDir, { recursive: true, force: true });
    fs.rmSync(chartsDir, { recursive: true, force: true });
    fs.rmSync(pageWork, { recursive: true, force: true });
    return { ingest, ok: false, astroError: message, phases };
  };
  try {
    started = performance.now();
    const astroRun = run(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root, '--outDir', staging], {
      cwd,
      quiet: options.quiet,
      env: {
        ...process.env,
        EXPLAINER_CONTENT_DIR: path.resolve(contentDir),
        [PAGE_CACHE_ENV]: pageWork,
        [CODE_VERSION_ENV]: codeVersion,
        SITE_URL: site.href,
        ...(options.cacheDir ? { EXPLAINER_CACHE_DIR: options.cacheDir } : {}),
      },
    });
    // While Astro renders in its child process, this thread writes the changed charts' files into a side
    // folder, with the PNG pool drawing beside it (awaited after Astro; a failure is kept until then).
    const chartsStarted = performance.now();
    let charts: Promise<string | undefined>;
    try {
      const groups = chartFileGroups(ingest.documents, site).map((group) => ({ ...group, key: outputKey(codeVersion, site.href, group.paths.join('\n'), group.inputs) }));
      unchanged = groups.filter((group) => group.paths.every((file) => reusable.get(file)?.key === group.key));
      const reused = new Set(unchanged);
      charts = writeChartJobs(
        groups.filter((group) => !reused.has(group)),
        chartsDir,
        pngDir,
      ).then(
        (written) => void (freshOutputs = written),
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    } catch (error) {
      charts = Promise.resolve(`Could not make the chart files: ${error instanceof Error ? error.message : String(error)}`);
    }
    phases.charts = since(chartsStarted);
    // The search index needs only the documents: Pagefind (its own process) writes it beside Astro too.
    search = writeSearchIndex(ingest.documents, searchDir).then(
      () => undefined,
      (error: unknown) => `Pagefind (search index) failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    const astro = await astroRun;
    phases.astro = since(started);
    const chartError = await charts;
    phases.pngs = since(started); // from Astro's start: the chart files' wait beyond Astro is the difference
    searchError = await search;
    phases.search = since(started); // likewise
    if (astro.status !== 0) {
      const detail = tail(astro.output, options.quiet);
      return fail(`Astro exited with ${astro.status ?? astro.signal}${detail ? `:\n${detail}` : ''}`);
    }
    if (chartError) return fail(chartError);
  } finally {
    if (!inside) fs.rmSync(cwd, { recursive: true, force: true });
  }

  started = performance.now();
  const outputs = routePages(pageWork);
  let reusedPages = 0;
  try {
    reusedPages = linkSkippedPages(outputs, outDir, staging);
    linkPublished(unchanged.flatMap((chart) => chart.paths), outDir, staging);
    moveInto(chartsDir, staging);
    writeSitemap(staging, site.href);
  } catch (error) {
    return fail(`Could not complete the site: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const chart of unchanged) for (const file of chart.paths) outputs.set(file, reusable.get(file)!);
  for (const [file, output] of freshOutputs) outputs.set(file, output);
  phases.files = since(started);
  // The search index goes in before the swap: a site whose /search/ page would find nothing is not
  // published either.
  if (searchError) return fail(searchError);
  fs.renameSync(path.join(searchDir, 'pagefind'), path.join(staging, 'pagefind'));
  fs.rmSync(searchDir, { recursive: true, force: true });
  // Two renames: the published folder is never missing or half-written for longer than a rename.
  started = performance.now();
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(staging, outDir);
  fs.rmSync(previous, { recursive: true, force: true });
  writeManifest(manifestFile, outDir, codeVersion, outputs);
  fs.rmSync(pageWork, { recursive: true, force: true });
  prunePngCache(new Set([...outputs.values()].flatMap((o) => (o.png ? [o.png] : []))), pngDir);
  phases.publish = since(started);
  return { ingest, ok: true, reusedPages, phases };
}
