// Seeds -> content collection -> static site. The site is built into a staging folder and replaces
// `outDir` only once Astro has finished, so a failed build never destroys the last good site.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ingestSeeds, type IngestResult } from '../ingest/ingest.ts';

export interface BuildOptions {
  root: string; // the project folder (astro.config.mjs)
  seedsDir: string;
  contentDir: string; // where ingest writes the collection's JSON
  outDir: string; // the published site
  cacheDir?: string; // Astro's cache; separate for fixture builds
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
  const ingest = ingestSeeds({ seedsDir, outDir: contentDir, log });
  const staging = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  fs.rmSync(staging, { recursive: true, force: true });
  const astro = spawnSync(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', staging], {
    cwd: root,
    stdio: options.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: {
      ...process.env,
      EXPLAINER_CONTENT_DIR: contentDir,
      ...(options.cacheDir ? { EXPLAINER_CACHE_DIR: options.cacheDir } : {}),
      ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
    },
  });
  if (astro.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    const detail = options.quiet ? `${astro.stdout ?? ''}${astro.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n') : '';
    return { ingest, ok: false, astroError: `Astro exited with ${astro.status ?? astro.signal}${detail ? `:\n${detail}` : ''}` };
  }
  // Two renames: the published folder is never missing or half-written for longer than a rename.
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(staging, outDir);
  fs.rmSync(previous, { recursive: true, force: true });
  return { ingest, ok: true };
}
