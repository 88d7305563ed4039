// The output cache, the build's side (Astro's side: src/lib/page-cache.ts). Every page of a per-item
// route and every chart file is keyed on what it is made from. Before Astro runs, the build lists the
// files of the published site it can vouch for: the manifest of the last build names each with its key,
// and a file counts only if it is still exactly as that build left it (same size and modification
// time). Astro skips the pages whose key is unchanged, the build skips such chart files, and both are
// linked from the published site into the new one. The new manifest is written once the new site is live.
import fs from 'node:fs';
import path from 'node:path';
import { REUSABLE_FILE, ROUTES_DIR } from '../lib/page-cache.ts';
import { sourceVersion } from './source-version.ts';

/** What the build knows of one output file: its key, and for a chart PNG the cache entry it came from. */
export interface Output {
  key: string;
  png?: string;
}

interface Manifest {
  site: string; // the published folder this manifest describes
  codeVersion: string;
  files: Record<string, Output & { size: number; mtimeMs: number }>;
}

/** The site's own code: everything under src/ but the generated content, public/, config and locks. */
export function siteCodeVersion(root: string): string {
  return sourceVersion(root, { dirs: ['src', 'public'], skip: ['src/content'], files: ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'] });
}

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return undefined; // none yet, or unreadable: nothing is reused
  }
}

/**
 * The files of `outDir` the manifest vouches for. Files of another code version, another folder, or
 * edited since, are not reused. Also writes `<workDir>/reusable.json` ({ file: key }) for Astro.
 */
export function prepareReuse(manifestFile: string, outDir: string, codeVersion: string, workDir: string): Map<string, Output> {
  const manifest = readManifest(manifestFile);
  const reusable = new Map<string, Output>();
  if (manifest?.files && manifest.site === path.resolve(outDir) && manifest.codeVersion === codeVersion) {
    for (const [file, { key, png, size, mtimeMs }] of Object.entries(manifest.files)) {
      const stat = fs.statSync(path.join(outDir, file), { throwIfNoEntry: false });
      if (stat?.isFile() && stat.size === size && stat.mtimeMs === mtimeMs) reusable.set(file, png ? { key, png } : { key });
    }
  }
  fs.mkdirSync(workDir, { recursive: true });
  fs.writeFileSync(path.join(workDir, REUSABLE_FILE), JSON.stringify(Object.fromEntries([...reusable].map(([file, { key }]) => [file, key]))));
  return reusable;
}

/** Every cached route's pages and keys, as getStaticPaths wrote them during this build. */
export function routePages(workDir: string): Map<string, Output> {
  const dir = path.join(workDir, ROUTES_DIR);
  const pages = new Map<string, Output>();
  if (!fs.existsSync(dir)) return pages;
  for (const name of fs.readdirSync(dir).sort()) {
    for (const [file, key] of Object.entries(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Record<string, string>)) pages.set(file, { key });
  }
  return pages;
}

/**
 * Copies `files` from the published site into `staging` (a hard link where the file system allows:
 * a published file is replaced, never edited, so the two never diverge).
 */
export function linkPublished(files: Iterable<string>, outDir: string, staging: string): number {
  let linked = 0;
  const made = new Set<string>(); // thousands of files share a few folders: one mkdir each
  for (const file of files) {
    const target = path.join(staging, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
    const source = path.join(outDir, file);
    try {
      fs.linkSync(source, target);
    } catch {
      fs.copyFileSync(source, target);
    }
    linked++;
  }
  return linked;
}

/** Links in every page Astro left out (those of `pages` it did not write); returns how many. */
export function linkSkippedPages(pages: Map<string, Output>, outDir: string, staging: string): number {
  return linkPublished([...pages.keys()].filter((file) => !fs.existsSync(path.join(staging, file))), outDir, staging);
}

/** After the swap: the manifest of the site now published at `outDir`. */
export function writeManifest(manifestFile: string, outDir: string, codeVersion: string, outputs: Map<string, Output>): void {
  const files: Manifest['files'] = {};
  for (const [file, output] of outputs) {
    const stat = fs.statSync(path.join(outDir, file));
    files[file] = { ...output, size: stat.size, mtimeMs: stat.mtimeMs };
  }
  const manifest: Manifest = { site: path.resolve(outDir), codeVersion, files };
  fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
  const temp = `${manifestFile}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(manifest));
  fs.renameSync(temp, manifestFile);
}
