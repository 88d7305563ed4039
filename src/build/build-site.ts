// Seeds -> content collection -> static site. The site is built into a staging folder and replaces
// `outDir` only once everything is written, so a failed build never destroys the last good site.
//
// Order of work: ingest (cached per seed); then, side by side, Astro rendering the pages in a child
// process and a pool of worker threads drawing the charts' PNGs; then the charts' other files, the pages
// the page cache reused, the sitemap and the search index go into the staged site; then the swap.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultIngestCacheDir, ingestSeeds, type IngestResult } from '../ingest/ingest.ts';
import { chartFiles } from '../lib/chart-files.ts';
import { CODE_VERSION_ENV, PAGE_CACHE_ENV } from '../lib/page-cache.ts';
import { siteUrl } from '../site.ts';
import { pngCacheDir, prunePngCache, renderPngs, writeChartFiles } from './chart-files.ts';
import { prepareReuse, reusePages, siteCodeVersion, writeManifest } from './page-cache.ts';
import { writeSitemap } from './sitemap.ts';

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

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { root, seedsDir, contentDir, outDir, log = () => {} } = options;
  const astroCache = options.cacheDir ?? path.join(root, 'node_modules', '.astro');
  const cacheDir = options.ingestCacheDir ?? (options.cacheDir ? path.join(options.cacheDir, 'news-explainers-ingest') : defaultIngestCacheDir(root));
  const ingestStarted = performance.now();
  const ingest = ingestSeeds({ seedsDir, outDir: contentDir, log, cacheDir, cacheVersion: options.ingestCacheVersion, onProgress: options.onProgress });
  options.onIngested?.(ingest, performance.now() - ingestStarted);

  const siteText = options.siteUrl ?? siteUrl();
  if (!URL.canParse(siteText)) return { ingest, ok: false, astroError: `The site URL "${siteText}" is not an absolute URL (set SITE_URL like https://example.org/)` };
  const site = new URL(siteText);
  const files = chartFiles(ingest.documents, site);
  const pngDir = pngCacheDir(astroCache);
  // Started now, awaited after Astro: the two run side by side. A failure is kept until then.
  const pngs = renderPngs(files, pngDir).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );

  const staging = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  fs.rmSync(staging, { recursive: true, force: true });
  const codeVersion = siteCodeVersion(root);
  const manifestFile = path.join(astroCache, 'news-explainers-pages.json');
  fs.mkdirSync(astroCache, { recursive: true });
  const pageWork = fs.mkdtempSync(path.join(astroCache, 'pages-'));
  prepareReuse(manifestFile, outDir, codeVersion, pageWork);
  // Astro stages prerendered chunks in `<outDir>/.prerender` when outDir is inside the working folder,
  // and otherwise in `<cwd>/.astro/.prerender`: concurrent builds into temp folders (tests, benchmarks)
  // would share that one and clobber each other's chunks. A private working folder inside the project
  // (so the chunks still resolve node_modules) keeps each build's chunks its own.
  const inside = path.resolve(staging).startsWith(path.resolve(root) + path.sep);
  if (!inside) fs.mkdirSync(path.join(root, '.build'), { recursive: true });
  const cwd = inside ? root : fs.mkdtempSync(path.join(root, '.build', 'astro-'));
  const fail = (message: string): BuildResult => {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(pageWork, { recursive: true, force: true });
    return { ingest, ok: false, astroError: message };
  };
  try {
    const astro = await run(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root, '--outDir', staging], {
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
    const pngError = await pngs;
    if (astro.status !== 0) {
      const detail = tail(astro.output, options.quiet);
      return fail(`Astro exited with ${astro.status ?? astro.signal}${detail ? `:\n${detail}` : ''}`);
    }
    if (pngError) return fail(pngError);
  } finally {
    if (!inside) fs.rmSync(cwd, { recursive: true, force: true });
  }

  let reusedPages: number;
  try {
    reusedPages = reusePages(pageWork, outDir, staging);
    writeChartFiles(files, staging, pngDir);
    writeSitemap(staging, site.href);
  } catch (error) {
    return fail(`Could not complete the site: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The search index (staging/pagefind/) is built from the finished pages, before the swap: a site whose
  // /search/ page would find nothing is not published either. Only elements marked data-pagefind-body
  // (the explainer articles) are indexed.
  const pagefind = spawnSync(process.execPath, [path.join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', staging, '--quiet'], {
    cwd: root,
    stdio: options.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (pagefind.status !== 0) {
    const detail = tail(`${pagefind.stdout ?? ''}${pagefind.stderr ?? ''}`, options.quiet);
    return fail(`Pagefind (search index) exited with ${pagefind.status ?? pagefind.signal}${detail ? `:\n${detail}` : ''}`);
  }
  // Two renames: the published folder is never missing or half-written for longer than a rename.
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(staging, outDir);
  fs.rmSync(previous, { recursive: true, force: true });
  writeManifest(manifestFile, outDir, codeVersion, pageWork);
  fs.rmSync(pageWork, { recursive: true, force: true });
  prunePngCache(files, pngDir);
  return { ingest, ok: true, reusedPages };
}
