// Writes the charts' download and oEmbed files (src/embed/chart-files.ts) for the staged site, beside
// Astro: into a side folder while Astro renders the pages, published with them (publish.ts).
// PNGs are the slow part (Skia draws a megapixel chart in tens of milliseconds), so they are drawn by a
// pool of worker threads into a content-addressed cache; an unchanged chart is never drawn twice.
// Charts are rendered one at a time as the pool asks for work, so memory holds a few charts, not 20,000.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { isTempFile } from '../lib/atomic-write.ts';
import type { ChartFile } from '../embed/chart-files.ts';
import { pngCachePath } from '../embed/png.ts';
import type { Output } from './output-cache.ts';

/** The PNG cache inside a build cache folder (Astro's, or a fixture's own). */
export function pngCacheDir(cacheDir: string): string {
  return path.join(cacheDir, 'news-explainers-png');
}

/** A chart to write: its key (output-cache.ts) and how to make its files. */
export interface ChartJob {
  key: string;
  render: () => ChartFile[];
}

/** A pool of PNG worker threads, started on first use. */
class PngPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private waiting: Array<(worker: Worker) => void> = [];
  private failure: Error | undefined;
  private readonly dir: string;
  private readonly size: number;

  constructor(dir: string, size: number) {
    this.dir = dir;
    this.size = size;
  }

  private acquire(): Promise<Worker> {
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    if (this.workers.length < this.size) {
      // A small JavaScript heap: each chart's pixels live outside it, and are freed only when their
      // wrappers are collected, which a roomy heap puts off (hundreds of megabytes per thread).
      const started = new Worker(new URL('./png-worker.ts', import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
      });
      this.workers.push(started);
      return Promise.resolve(started);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  /** Resolves once a worker has taken the job (not when it is done): callers await `drain`. */
  async submit(svg: string, jobs: Promise<void>[]): Promise<void> {
    if (this.failure) throw this.failure;
    const worker = await this.acquire();
    const job = new Promise<void>((resolve, reject) => {
      const onMessage = (reply: { error?: string }) => {
        worker.off('error', onError);
        this.release(worker);
        if (reply.error) reject((this.failure = new Error(`PNG rendering failed: ${reply.error}`)));
        else resolve();
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject((this.failure = error));
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage({ svg, dir: this.dir });
    });
    job.catch(() => {}); // handled by the caller's Promise.all, even if it never gets there
    jobs.push(job);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/**
 * Renders `jobs` into `sideDir` (text files at once, PNGs through the cache and the pool) and returns
 * what the output manifest records for each file. Rejects with the first failure.
 */
export async function writeChartJobs(
  jobs: Iterable<ChartJob>,
  sideDir: string,
  pngDir: string,
  threads = os.availableParallelism(),
): Promise<Map<string, Output>> {
  const outputs = new Map<string, Output>();
  const pool = new PngPool(pngDir, Math.max(1, threads));
  const made = new Set<string>(); // thousands of files share a few folders: one mkdir each
  const pending: Promise<void>[] = [];
  const copies: Array<[string, string]> = []; // PNGs to copy from the cache once drawn
  try {
    for (const job of jobs) {
      for (const file of job.render()) {
        const target = path.join(sideDir, file.path);
        if (!made.has(path.dirname(target))) fs.mkdirSync(path.dirname(target), { recursive: true });
        made.add(path.dirname(target));
        if ('text' in file) {
          fs.writeFileSync(target, file.text);
          outputs.set(file.path, { key: job.key });
          continue;
        }
        const cached = pngCachePath(file.pngOf, pngDir);
        if (!fs.existsSync(cached)) await pool.submit(file.pngOf, pending);
        copies.push([cached, target]);
        outputs.set(file.path, { key: job.key, png: path.basename(cached) });
      }
    }
    await Promise.all(pending);
  } finally {
    await pool.close();
  }
  for (const [cached, target] of copies) fs.copyFileSync(cached, target);
  return outputs;
}

/** Deletes cached PNGs no chart of the site uses any more (`keep`: cache names), so the cache never outgrows the site. */
export function prunePngCache(keep: ReadonlySet<string>, dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) if (!keep.has(name) && !isTempFile(name)) fs.rmSync(path.join(dir, name), { force: true });
}
