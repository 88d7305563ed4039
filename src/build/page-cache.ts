// The page cache, the build's side (Astro's side: src/lib/page-cache.ts). Before Astro runs, the build
// lists the pages of the published site it can vouch for: the manifest of the last build names each
// page with its key, and a page counts only if its file is still exactly as that build left it (same
// size and modification time). Astro skips those whose key is unchanged; afterwards the build links them
// from the published site into the new one, and writes the new manifest once the new site is live.
import fs from 'node:fs';
import path from 'node:path';
import { REUSABLE_FILE, ROUTES_DIR } from '../lib/page-cache.ts';
import { sourceVersion } from './source-version.ts';

interface Manifest {
  site: string; // the published folder this manifest describes
  codeVersion: string;
  pages: Record<string, { key: string; size: number; mtimeMs: number }>;
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
 * Writes `<workDir>/reusable.json`: the pages of `outDir` the manifest vouches for, with their keys.
 * Pages of another code version, another folder, or edited since, are not reused.
 */
export function prepareReuse(manifestFile: string, outDir: string, codeVersion: string, workDir: string): number {
  const manifest = readManifest(manifestFile);
  const reusable: Record<string, string> = {};
  if (manifest && manifest.site === path.resolve(outDir) && manifest.codeVersion === codeVersion) {
    for (const [file, page] of Object.entries(manifest.pages)) {
      const stat = fs.statSync(path.join(outDir, file), { throwIfNoEntry: false });
      if (stat?.isFile() && stat.size === page.size && stat.mtimeMs === page.mtimeMs) reusable[file] = page.key;
    }
  }
  fs.mkdirSync(workDir, { recursive: true });
  fs.writeFileSync(path.join(workDir, REUSABLE_FILE), JSON.stringify(reusable));
  return Object.keys(reusable).length;
}

/** Every cached route's pages and keys, as getStaticPaths wrote them during this build. */
function routePages(workDir: string): Record<string, string> {
  const dir = path.join(workDir, ROUTES_DIR);
  const pages: Record<string, string> = {};
  if (!fs.existsSync(dir)) return pages;
  for (const name of fs.readdirSync(dir).sort()) Object.assign(pages, JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
  return pages;
}

/**
 * Copies into `staging` every page Astro left out (a hard link where the file system allows: the
 * published file is replaced, never edited, so the two never diverge). Returns how many were reused.
 */
export function reusePages(workDir: string, outDir: string, staging: string): number {
  let reused = 0;
  for (const file of Object.keys(routePages(workDir))) {
    const target = path.join(staging, file);
    if (fs.existsSync(target)) continue; // rendered this time
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const source = path.join(outDir, file);
    try {
      fs.linkSync(source, target);
    } catch {
      fs.copyFileSync(source, target);
    }
    reused++;
  }
  return reused;
}

/** After the swap: the manifest of the site now published at `outDir`. */
export function writeManifest(manifestFile: string, outDir: string, codeVersion: string, workDir: string): void {
  const pages: Manifest['pages'] = {};
  for (const [file, key] of Object.entries(routePages(workDir))) {
    const stat = fs.statSync(path.join(outDir, file));
    pages[file] = { key, size: stat.size, mtimeMs: stat.mtimeMs };
  }
  const manifest: Manifest = { site: path.resolve(outDir), codeVersion, pages };
  fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
  const temp = `${manifestFile}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(manifest));
  fs.renameSync(temp, manifestFile);
}
