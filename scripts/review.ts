// npm run review [-- SEED…] [--seeds DIR]: the items of each document worth an editor's look (low
// confidence first, then medium), each with its sentence and a line ready for its edits file.
// Nothing is written: the documents are read through the ingest cache, with their edits applied.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultIngestCacheDir } from '../src/ingest/cache.ts';
import { ingestSeeds } from '../src/ingest/ingest.ts';
import { readSlugRegistry, SLUG_REGISTRY_FILE } from '../src/ingest/slug-registry.ts';
import { formatReview, reviewList } from '../src/schema/review.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: 'string', default: path.join(root, 'seeds') } },
});
const seedsDir = path.resolve(values.seeds);
const site = seedsDir === path.join(root, 'seeds');

try {
  const result = ingestSeeds({
    seedsDir,
    // The site's seeds share the build's cache; any other folder is read from scratch (its cache would be pruned to it).
    cacheDir: site ? defaultIngestCacheDir(root) : undefined,
    slugs: site ? readSlugRegistry(path.join(root, SLUG_REGISTRY_FILE)) : undefined,
    log: (line) => console.error(line),
  });
  // A seed is named by its path (with or without the seeds folder) or its file name.
  const wanted = positionals.map((arg) => {
    const rel = path.relative(seedsDir, path.resolve(arg)).split(path.sep).join('/');
    const doc = result.documents.find((d) => d.file === arg || d.file === rel || path.basename(d.file) === arg);
    if (!doc) throw new Error(`no published document from "${arg}" in ${path.relative(root, seedsDir) || '.'}`);
    return doc;
  });
  const documents = wanted.length ? wanted : result.documents;
  let total = 0;
  for (const doc of documents) {
    const items = reviewList(doc);
    total += items.length;
    console.log(`${formatReview(doc, items)}\n`);
  }
  console.log(
    `review: ${total} item${total === 1 ? '' : 's'} worth a look in ${documents.length} document${documents.length === 1 ? '' : 's'}. ` +
      'Paste a line under its section of the edits file; change "keep: true" to "drop: true" or to "set: { … }" to correct it.',
  );
} catch (error) {
  console.error(`review: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
