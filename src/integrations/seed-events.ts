// Maps file-system events from the dev server's watcher to ingest runs: only changes inside the seeds
// folder count, bursts (an editor's save, a copied folder) collapse into one run after a short quiet
// period, and runs never overlap: a change during a run queues exactly one more.
import path from 'node:path';

export const SEED_EVENTS = new Set(['add', 'change', 'unlink', 'addDir', 'unlinkDir']);

export interface SeedEventOptions {
  seedsDir: string;
  /** One ingest pass; may be async. Its failures are its own to report. */
  run: () => void | Promise<void>;
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** True when `file` is inside `seedsDir` and no part of its path below it is hidden (".swp", ".git"). */
export function isSeedPath(seedsDir: string, file: string): boolean {
  const rel = path.relative(path.resolve(seedsDir), path.resolve(file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  return !rel.split(path.sep).some((part) => part.startsWith('.'));
}

export interface SeedEventHandler {
  (event: string, file: string): void;
  /** Resolves once no run is scheduled or in progress (for tests and shutdown). */
  idle(): Promise<void>;
}

export function createSeedEventHandler(options: SeedEventOptions): SeedEventHandler {
  const { seedsDir, run, debounceMs = 100 } = options;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let timer: unknown;
  let running: Promise<void> | undefined;
  let again = false;
  let waiters: Array<() => void> = [];

  const settle = () => {
    if (timer !== undefined || running) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };
  const start = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        await run();
      } catch {
        // `run` reports its own errors; the watcher must survive them
      }
    })().then(() => {
      running = undefined;
      if (again) {
        again = false;
        start();
      } else settle();
    });
  };

  const handler = ((event: string, file: string) => {
    if (!SEED_EVENTS.has(event) || !isSeedPath(seedsDir, file)) return;
    if (timer !== undefined) clearTimer(timer);
    timer = setTimer(start, debounceMs);
  }) as SeedEventHandler;
  handler.idle = () =>
    new Promise<void>((resolve) => {
      waiters.push(resolve);
      settle();
    });
  return handler;
}
