// npm run build: seeds/ -> src/content/documents -> dist/.
// Bad seeds are reported and left out; the rest is published, and the command then exits 1 so the
// failure is not missed. If Astro fails, dist/ keeps the last good site.
import path from 'node:path';
import { buildSite } from '../src/build/build-site.ts';
import { defaultIngestCacheDir } from '../src/ingest/cache.ts';
import { SLUG_REGISTRY_FILE } from '../src/ingest/slug-registry.ts';
import { ingestSummary, stderrProgress, type ProgressReporter } from '../src/ingest/report.ts';

const root = path.resolve(import.meta.dirname, '..');
const started = performance.now();
let progress: ProgressReporter | undefined;
const result = await buildSite({
  root,
  seedsDir: path.join(root, 'seeds'),
  contentDir: path.join(root, 'src', 'content', 'documents'),
  outDir: path.join(root, 'dist'),
  // Astro's cache and the output cache, apart from the dev server's (node_modules/.astro): a build gives
  // Astro only what it renders, the dev server every document. Ingest's cache is shared with both.
  cacheDir: path.join(root, 'node_modules', '.cache', 'news-explainers', 'build'),
  ingestCacheDir: defaultIngestCacheDir(root),
  // Published addresses, remembered in the repository (commit it with the seeds): titles can change, URLs do not.
  slugRegistry: path.join(root, SLUG_REGISTRY_FILE),
  log: (line) => {
    progress?.end();
    console.error(line);
  },
  onProgress: (done, total) => {
    progress ??= stderrProgress(total);
    progress.tick(done);
  },
  // The same summary as `npm run ingest`, before Astro starts printing.
  onIngested: (ingest, milliseconds) => {
    progress?.end();
    console.log(ingestSummary(ingest, milliseconds));
  },
});
const { documents, errors, warnings } = result.ingest;
if (!result.ok) {
  console.error(`build failed: ${result.astroError}; dist/ still holds the last good site`);
  process.exit(1);
}
console.log(
  `build: ${documents.length} documents published to dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `(${warnings.length + (result.pageWarnings?.length ?? 0)} warnings, ${errors.length} failed)`,
);
if (errors.length) {
  console.error(`build: ${errors.length} seed(s) could not be published:`);
  for (const line of errors) console.error(`  ${line}`);
  process.exit(1);
}
