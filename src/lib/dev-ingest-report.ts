// The dev server's record of the last ingest: which seeds failed and why. The watcher writes it
// (src/integrations/ingest-run.ts) and the home page lists its errors in dev
// (src/components/IngestProblems.astro), so a broken document is visible in the browser without
// stopping the server. In lib because it is the hand-over between the two. Never part of a built site.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { ingestReportFile } from './build-env.ts';

export interface IngestReport {
  errors: string[];
  warnings: string[];
  staleEdits: string[]; // editors' corrections applied to nothing (src/ingest/edits.ts)
}

/** In node_modules/.cache: out of the content collection, the published site and version control. */
export function ingestReportPath(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'news-explainers', 'ingest-report.json');
}

/** Where the page looks: the watcher exports the path in dev; otherwise relative to the working folder. */
export function currentReportPath(): string {
  return ingestReportFile() ?? ingestReportPath(process.cwd());
}

/** Writes the report; returns whether it changed (so the browser reloads only when there is news). */
export function writeIngestReport(file: string, report: IngestReport): boolean {
  const text = `${JSON.stringify(report, null, 2)}\n`;
  try {
    if (fs.readFileSync(file, 'utf8') === text) return false;
  } catch {
    // no report yet
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, text);
  return true;
}

/** The report's errors, or none when there is no readable report. */
export function readIngestErrors(file: string): string[] {
  return readLines(file, 'errors');
}

/** The report's stale edits (corrections that found nothing), or none. */
export function readStaleEdits(file: string): string[] {
  return readLines(file, 'staleEdits');
}

function readLines(file: string, key: 'errors' | 'staleEdits'): string[] {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    const lines = (value as Record<string, unknown> | null)?.[key];
    return Array.isArray(lines) ? lines.filter((e): e is string => typeof e === 'string') : [];
  } catch {
    return [];
  }
}
