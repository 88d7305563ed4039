// Seeds -> content collection -> static site. The site is built into a staging folder and replaces
// `outDir` only once Astro has finished, so a failed build never destroys the last good site.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultIngestCacheDir, ingestSeeds, type IngestResult } from '../ingest/ingest.ts';

export interface BuildOptions {
  root: string; // the project folder (astro.config.mjs)
  seedsDir: string;
  contentDir: string; // where ingest writes the collection's JSON
  outDir: string; // the published site
  cacheDir?: string; // Astro's cache; separate for fixture builds
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
}

export function buildSite(options: BuildOptions): BuildResult {
  const { root, seedsDir, contentDir, outDir, log = () => {} } = options;
  const cacheDir = options.ingestCacheDir ?? (options.cacheDir ? path.join(options.cacheDir, 'news-explainers-ingest') : defaultIngestCacheDir(root));
  const ingestStarted = performance.now();
  const ingest = ingestSeeds({ seedsDir, outDir: contentDir, log, cacheDir, cacheVersion: options.ingestCacheVersion, onProgress: options.onProgress });
  options.onIngested?.(ingest, performance.now() - ingestStarted);
  const staging = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  fs.rmSync(staging, { recursive: true, force: true });
  // Astro stages prerendered chunks in `<outDir>/.prerender` when outDir is inside the working folder,
  // and otherwise in `<cwd>/.astro/.prerender`: concurrent builds into temp folders (tests, benchmarks)
  // would share that one and clobber each other's chunks. A private working folder inside the project
  // (so the chunks still resolve node_modules) keeps each build's chunks its own.
  const inside = path.resolve(staging).startsWith(path.resolve(root) + path.sep);
  if (!inside) fs.mkdirSync(path.join(root, '.build'), { recursive: true });
  const cwd = inside ? root : fs.mkdtempSync(path.join(root, '.build', 'astro-'));
  const astro = spawnSync(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root, '--outDir', staging], {
    cwd,
    stdio: options.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: {
      ...process.env,
      EXPLAINER_CONTENT_DIR: path.resolve(contentDir),
      ...(options.cacheDir ? { EXPLAINER_CACHE_DIR: options.cacheDir } : {}),
      ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
    },
  });
  if (!inside) fs.rmSync(cwd, { recursive: true, force: true });
  if (astro.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    const detail = options.quiet ? `${astro.stdout ?? ''}${astro.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n') : '';
    return { ingest, ok: false, astroError: `Astro exited with ${astro.status ?? astro.signal}${detail ? `:\n${detail}` : ''}` };
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
    fs.rmSync(staging, { recursive: true, force: true });
    const detail = options.quiet ? `${pagefind.stdout ?? ''}${pagefind.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n') : '';
    return { ingest, ok: false, astroError: `Pagefind (search index) exited with ${pagefind.status ?? pagefind.signal}${detail ? `:\n${detail}` : ''}` };
  }
  // Two renames: the published folder is never missing or half-written for longer than a rename.
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(staging, outDir);
  fs.rmSync(previous, { recursive: true, force: true });
  return { ingest, ok: true };
}
