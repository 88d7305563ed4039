// What ingest tells the person running it: progress on large batches and a one-line summary.
// Shared by `npm run ingest`, `npm run build` and the dev watcher so they all say the same thing.
import type { IngestResult } from './ingest.ts';

export interface ProgressOptions {
  total: number;
  write: (text: string) => void;
  /** Rewrite one line in place (a terminal) instead of printing a line at a time (a CI log). */
  isTTY: boolean;
  now?: () => number;
  /** Batches up to this size finish too fast to need progress. */
  minTotal?: number;
  /** A terminal line is redrawn at most this often. */
  intervalMs?: number;
}

export interface ProgressReporter {
  /** `done` documents of `total` are finished. */
  tick(done: number): void;
  /** Clears the in-place line, if any, so the summary starts on a clean line. */
  end(): void;
}

const silent: ProgressReporter = { tick() {}, end() {} };

/** Plain-line mode prints about twenty lines per batch, at least 100 documents apart. */
export function lineStep(total: number): number {
  return Math.max(100, Math.ceil(total / 20 / 100) * 100);
}

export function createProgress(options: ProgressOptions): ProgressReporter {
  const { total, write, isTTY, now = () => performance.now(), minTotal = 50, intervalMs = 250 } = options;
  if (total <= minTotal) return silent;
  const started = now();
  const step = lineStep(total);
  let lastDraw = -Infinity;
  let lastLine = 0;
  let drawn = false;
  const text = (done: number) => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    return `ingest: ${done}/${total} documents (${Math.round((done / total) * 100)}%), ${rate} documents/s`;
  };
  return {
    tick(done) {
      if (isTTY) {
        const t = now();
        if (t - lastDraw < intervalMs && done < total) return;
        lastDraw = t;
        // \r and "erase line": the line is redrawn in place, never scrolling the terminal.
        write(`\r\x1b[2K${text(done)}`);
        drawn = true;
      } else if (done - lastLine >= step || (done === total && lastLine !== total)) {
        lastLine = done;
        write(`${text(done)}\n`);
      }
    },
    end() {
      if (drawn) write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** A progress reporter on this process's stderr. */
export function stderrProgress(total: number): ProgressReporter {
  return createProgress({ total, isTTY: !!process.stderr.isTTY, write: (text) => process.stderr.write(text) });
}

/** "ingest: 12 documents, 30 figures, … in 1.20 s (11 from cache)". */
export function ingestSummary(result: IngestResult, milliseconds: number): string {
  const count = (key: 'figures' | 'quotes' | 'events') => result.documents.reduce((n, d) => n + d[key].length, 0);
  return (
    `ingest: ${result.documents.length} documents, ${count('figures')} figures, ${count('quotes')} quotes, ` +
    `${count('events')} events, ${result.warnings.length} warnings, ${result.errors.length} errors ` +
    (result.staleEdits.length ? `(${result.staleEdits.length} edits applied to nothing) ` : '') +
    `in ${(milliseconds / 1000).toFixed(2)} s (${result.extracted} extracted, ${result.cached} from cache)`
  );
}
