// The Pagefind search index, written from the documents themselves through Pagefind's Node API: one
// record per explainer with its title and the article text (the source text section's words, so
// figures, quotes and dates are all in it). Parsing every built page for the same text took most of
// the time (8 s for 1,000 explainers, against ~2 s).
//
// The index is split into shards, each a Pagefind bundle of its own (`pagefind/`, `pagefind-2/`, …):
// a document falls in the same shard as long as the number of shards stays, so a new document
// re-indexes its shard only and the others stay as published (every SEARCH_SHARD_DOCUMENTS documents,
// up to MAX_SEARCH_SHARDS, one more shard means indexing everything once). The search page loads the first and merges the others (Pagefind's
// mergeIndex), listed in `pagefind-shards.json`. Few shards, since each costs the reader a request or
// two on the first search.
import { Worker } from 'node:worker_threads';
import type * as pagefind from 'pagefind';
import { shortHash } from '../lib/slug.ts';
import { explainerPath } from '../lib/paths.ts';
import type { ExtractedDocument } from '../schema/document.ts';

/** Documents per shard, as documents accumulate; at most MAX_SEARCH_SHARDS shards. */
export const SEARCH_SHARD_DOCUMENTS = 250;
export const MAX_SEARCH_SHARDS = 8;

/** The site file listing the shards beyond the first, as URL paths: what the search page merges. */
export const SHARD_LIST_FILE = 'pagefind-shards.json';

/** What one explainer contributes to the index. */
export function searchRecord(doc: ExtractedDocument): pagefind.CustomRecord {
  return {
    url: explainerPath(doc.slug),
    content: [doc.title, ...doc.paragraphs.map((p) => p.text)].join('\n'),
    // Pagefind keeps one index per language; it expects the primary subtag (ISO 639-1).
    language: doc.lang.split('-')[0].toLowerCase() || 'en',
    meta: { title: doc.title },
  };
}

export interface SearchShard {
  dir: string; // its folder in the site: 'pagefind' for the first, then 'pagefind-2', …
  documents: ExtractedDocument[]; // sorted by slug, so the index does not depend on reading order
}

/** The shards of `documents`: a document's shard depends on its slug and the number of shards only. */
export function searchShards(documents: readonly ExtractedDocument[], perShard = SEARCH_SHARD_DOCUMENTS): SearchShard[] {
  const count = Math.min(MAX_SEARCH_SHARDS, Math.max(1, Math.ceil(documents.length / perShard)));
  const shards: SearchShard[] = Array.from({ length: count }, (_, i) => ({
    dir: i === 0 ? 'pagefind' : `pagefind-${i + 1}`,
    documents: [],
  }));
  for (const doc of [...documents].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    shards[parseInt(shortHash(doc.slug), 16) % count].documents.push(doc);
  }
  return shards;
}

/** The text of SHARD_LIST_FILE for `shards`. */
export function shardList(shards: readonly SearchShard[]): string {
  return `${JSON.stringify(shards.slice(1).map((shard) => `/${shard.dir}/`))}\n`;
}

/**
 * Writes each of `shards` into `<siteDir>/<shard.dir>/`. Pagefind runs from a worker thread
 * (search-worker.ts): the build goes on meanwhile.
 */
export function writeSearchIndex(shards: readonly SearchShard[], siteDir: string): Promise<void> {
  const records = shards.map((shard) => ({ dir: shard.dir, records: shard.documents.map(searchRecord) }));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { workerData: { shards: records, siteDir } });
    worker.once('message', ({ error }: { error?: string }) => (error ? reject(new Error(error)) : resolve()));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index worker stopped (exit code ${code})`)));
  });
}
