// Publishing a build: its new files go into the published site and the files it no longer has go.
//
// The new site is prepared completely beside the published one first (Astro's pages, the chart files,
// the search index); a build that fails before this point leaves the published site as it was. Then
// every new file is moved in with a rename, assets before the pages that load them, and the files of
// the old site that the new one lacks are removed. A rebuild after one new document so touches tens
// of files, not the whole site; files the build reuses are never copied. Were publishing ever cut off
// halfway, the build's record of the site would be missing (build-site.ts removes it first), so the
// next build would render everything again and repair the mix.
import fs from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, as POSIX paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Size and modification time of a published file: what tells later builds it is still as written. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface PublishOptions {
  outDir: string; // the published site
  // Folders whose files are the new ones, at the same paths; with their files when the caller has
  // listed them already (a clean build has thousands), else they are listed here.
  sources: ReadonlyArray<string | { dir: string; files: readonly string[] }>;
  keep: ReadonlySet<string>; // files of the published site that stay as they are
  previous?: Iterable<string>; // every file the published site holds, when known (else it is listed)
}

/** Moves the new files in and removes the stale ones; returns the stamps of the files moved in. */
export function publish({ outDir, sources, keep, previous }: PublishOptions): Map<string, FileStamp> {
  const incoming: Array<{ file: string; from: string }> = [];
  const folders = sources.map((source) => (typeof source === 'string' ? { dir: source, files: listFiles(source) } : source));
  for (const { dir, files } of folders) for (const file of files) incoming.push({ file, from: path.join(dir, file) });
  // Assets and data first, pages last: a page never goes live before what it loads.
  const isPage = (file: string) => file.endsWith('.html');
  incoming.sort((a, b) => Number(isPage(a.file)) - Number(isPage(b.file)));
  const stale = new Set(previous ?? listFiles(outDir));
  const stamps = new Map<string, FileStamp>();
  const made = new Set<string>();
  for (const { file, from } of incoming) {
    const target = path.join(outDir, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
    fs.renameSync(from, target);
    const stat = fs.statSync(target);
    stamps.set(file, { size: stat.size, mtimeMs: stat.mtimeMs });
    stale.delete(file);
  }
  for (const file of keep) stale.delete(file);
  const emptied = new Set<string>();
  for (const file of stale) {
    fs.rmSync(path.join(outDir, file), { force: true });
    emptied.add(path.dirname(file));
  }
  removeEmptyFolders(outDir, emptied);
  for (const { dir } of folders) fs.rmSync(dir, { recursive: true, force: true });
  return stamps;
}

/** Removes each of `dirs` (relative to `root`) and its parents below `root`, as long as they are empty. */
function removeEmptyFolders(root: string, dirs: Iterable<string>): void {
  const deepestFirst = [...dirs].sort((a, b) => b.split('/').length - a.split('/').length);
  for (let dir of deepestFirst) {
    while (dir && dir !== '.') {
      try {
        fs.rmdirSync(path.join(root, dir));
      } catch {
        break; // not empty (or already gone): its parents are not empty either
      }
      dir = path.dirname(dir);
    }
  }
}
