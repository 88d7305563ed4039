// Writes the charts' download and oEmbed files (src/lib/chart-files.ts) into the staged site. PNGs are
// the slow part (Skia draws and encodes a megapixel image in ~0.1 s), so they are rendered into a
// content-addressed cache by a pool of worker threads that starts before Astro and runs beside it; an
// unchanged chart is never drawn twice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChartFile } from '../lib/chart-files.ts';
import { pngCachePath } from '../embed/png.ts';

/** The PNG cache inside a build cache folder (Astro's, or a fixture's own). */
export function pngCacheDir(cacheDir: string): string {
  return path.join(cacheDir, 'news-explainers-png');
}

/**
 * Renders every PNG of `files` missing from the cache in `dir`. Resolves when all are cached; rejects
 * with the first failure.
 */
export async function renderPngs(files: readonly ChartFile[], dir: string, threads = os.availableParallelism()): Promise<void> {
  const missing = [...new Set(files.flatMap((f) => ('pngOf' in f && !fs.existsSync(pngCachePath(f.pngOf, dir)) ? [f.pngOf] : [])))];
  if (missing.length === 0) return;
  const workers = Array.from({ length: Math.max(1, Math.min(threads, missing.length)) }, () => new Worker(new URL('./png-worker.ts', import.meta.url)));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= missing.length) return resolve();
              const id = next++;
              worker.postMessage({ id, svg: missing[id], dir });
            };
            worker.on('message', (reply: { error?: string }) => (reply.error ? reject(new Error(`PNG rendering failed: ${reply.error}`)) : send()));
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Writes `files` under `siteDir`; PNGs come from the cache, which renderPngs has filled. */
export function writeChartFiles(files: readonly ChartFile[], siteDir: string, pngDir: string): void {
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(siteDir, file.path);
    if (!made.has(path.dirname(target))) fs.mkdirSync(path.dirname(target), { recursive: true });
    made.add(path.dirname(target));
    if ('text' in file) fs.writeFileSync(target, file.text);
    else fs.copyFileSync(pngCachePath(file.pngOf, pngDir), target);
  }
}

/** The cache entry (file name) of a PNG file, for the output manifest. */
export function pngCacheName(file: ChartFile): string | undefined {
  return 'pngOf' in file ? path.basename(pngCachePath(file.pngOf, '.')) : undefined;
}

/** Deletes cached PNGs no chart of the site uses any more (`keep`: cache names), so the cache never outgrows the site. */
export function prunePngCache(keep: ReadonlySet<string>, dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) if (!keep.has(name) && !name.endsWith('.tmp')) fs.rmSync(path.join(dir, name), { force: true });
}
