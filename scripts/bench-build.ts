// One build of `npm run bench` (scripts/bench.ts), in a process of its own so that its peak memory and
// time are measured alone. It imports what scripts/build.ts imports and no more: the benchmark times the
// same start-up as `npm run build`. Argument: the folders as JSON; prints one `BENCH {…}` line.
import path from 'node:path';
import { buildSite } from '../src/build/build-site.ts';

export interface ChildBuild {
  ingestCacheVersion: string;
  codeVersion: string;
  seedsDir: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
}

const root = path.resolve(import.meta.dirname, '..');
const args = JSON.parse(process.argv[2]) as ChildBuild;
const started = performance.now();
const result = await buildSite({ root, ...args, quiet: false });
const totalMs = performance.now() - started;
const summary = {
  ok: result.ok,
  error: result.astroError,
  totalMs,
  extracted: result.ingest.extracted,
  documents: result.ingest.documents.length,
  phases: result.phases,
  reusedPages: result.reusedPages,
};
process.stdout.write(`\nBENCH ${JSON.stringify(summary)}\n`);
process.exit(result.ok ? 0 : 1);
