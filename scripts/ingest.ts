// npm run ingest [-- --seeds DIR --out DIR --cache DIR --no-cache]: seeds -> one JSON document per seed.
// Exits 1 when any seed could not be published (the others are still written).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultIngestCacheDir } from '../src/ingest/cache.ts';
import { ingestSeeds } from '../src/ingest/ingest.ts';
import { readSlugRegistry, SLUG_REGISTRY_FILE } from '../src/ingest/slug-registry.ts';
import { ingestSummary, stderrProgress, type ProgressReporter } from '../src/ingest/report.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'src/content/documents' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

// The site's own content folder shares the build's cache. Any other --out (fixtures, evaluations) is
// extracted from scratch unless --cache names a folder: a shared cache would be pruned to whichever
// seeds ran last, and nothing but documents may be written into --out.
const siteContent = path.resolve(values.out) === path.join(root, 'src', 'content', 'documents');
const cacheDir = values['no-cache'] ? undefined : (values.cache ?? (siteContent ? defaultIngestCacheDir(root) : undefined));

const started = performance.now();
let progress: ProgressReporter | undefined;
try {
  const result = ingestSeeds({
    seedsDir: values.seeds,
    outDir: values.out,
    cacheDir,
    // The site's own seeds keep their published addresses (read only: only `npm run build` publishes).
    slugs: siteContent ? readSlugRegistry(path.join(root, SLUG_REGISTRY_FILE)) : undefined,
    log: (line) => {
      progress?.end();
      console.error(line);
    },
    onProgress: values.quiet
      ? undefined
      : (done, total) => {
          progress ??= stderrProgress(total);
          progress.tick(done);
        },
  });
  progress?.end();
  if (!values.quiet) console.log(`${ingestSummary(result, performance.now() - started)} -> ${values.out}`);
  process.exitCode = result.errors.length ? 1 : 0;
} catch (error) {
  progress?.end();
  console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
