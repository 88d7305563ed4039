// Reads a seeds folder, extracts every document and writes one JSON file per document.
// A bad seed is reported in one line and skipped; the others are still written.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../extract/index.ts';
import { parseSeed, SeedError } from './parse.ts';
import { uniqueSlug } from './slug.ts';
import { SITE_EMBED_SLUG } from '../lib/paths.ts';
import type { ParsedSeed, ExtractedDocument } from '../schema/document.ts';
import { openIngestCache, seedKey, type CacheEntry, type IngestCache } from './cache.ts';
import { writeCollection } from './collection-files.ts';

/** Seeds above this size are refused: no news article is this long, and extraction time grows with it. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

export interface IngestOptions {
  seedsDir: string;
  outDir: string;
  /** Receives one line per problem or progress report. */
  log?: (line: string) => void;
  /**
   * Folder of the content-hash cache (src/ingest/cache.ts): seeds whose bytes and extractor code are
   * unchanged are not parsed or extracted again. Without it every seed is extracted.
   */
  cacheDir?: string;
  /** Overrides the extractor version the cache is keyed on (default: hashed from the sources now). */
  cacheVersion?: string;
  /** Called after each seed file: `done` of `total` files handled. */
  onProgress?: (done: number, total: number) => void;
}

export interface IngestResult {
  documents: ExtractedDocument[];
  /** One line per seed that could not be published: "file[:line]: reason". */
  errors: string[];
  /** One line per warning: "file: warning". */
  warnings: string[];
  /** Seed files parsed and extracted this run. */
  extracted: number;
  /** Seed files taken from the cache (documents and cached seed errors). */
  cached: number;
  /**
   * With a cache: a hash standing for each document's content (slug -> hash), from what it is made of:
   * the seed's path and bytes, the extractors' version, its slug and its warnings. Equal hashes, equal
   * documents, without serialising them to compare.
   */
  digests: Map<string, string>;
}

/** Every file below `dir` (hidden files and folders skipped), as sorted POSIX paths relative to it. */
export function listSeedFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  walk('');
  return files.sort();
}

export function ingestSeeds({ seedsDir, outDir, log = () => {}, cacheDir, cacheVersion, onProgress }: IngestOptions): IngestResult {
  if (!fs.existsSync(seedsDir) || !fs.statSync(seedsDir).isDirectory()) {
    throw new Error(`seeds folder not found: ${seedsDir}`);
  }
  const cache = cacheDir ? openIngestCache(cacheDir, cacheVersion) : undefined;
  const used = new Set<string>();
  const documents: ExtractedDocument[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const slugs = new Map<string, string>();
  // The keys of `slugs`, kept as a set (a copy per seed is quadratic), and the slugs the site reserves:
  // a document titled "All" must not take the address of the site-wide timeline's embed.
  const taken = new Set<string>([SITE_EMBED_SLUG]);
  const titles = new Map<string, string>();
  let extracted = 0;
  let cached = 0;
  const digests = new Map<string, string>();

  const files = listSeedFiles(seedsDir);
  let done = 0;
  for (const file of files) {
    // A file name may hold line breaks or terminal escapes: quoted, it stays one line and forges nothing.
    const name = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(file) ? JSON.stringify(file) : file;
    const fail = (message: string, line?: number) => {
      const entry = `${name}${line ? `:${line}` : ''}: ${message}`;
      errors.push(entry);
      log(`error: ${entry}`);
    };
    try {
      const full = path.join(seedsDir, file);
      const size = fs.statSync(full).size;
      if (size > MAX_SEED_BYTES) {
        fail(`too large (${(size / 1048576).toFixed(1)} MB): seeds are limited to ${MAX_SEED_BYTES / 1048576} MB`);
        continue;
      }
      const bytes = fs.readFileSync(full);
      const key = cache ? seedKey(file, bytes) : '';
      const hit = cache?.get(key);
      if (cache) used.add(key);
      if (hit) cached++;
      else extracted++;
      if (hit && !hit.ok) {
        fail(hit.message, hit.line);
        continue;
      }
      // Slugs and duplicate-title warnings depend on the other seeds, so they are assigned every run,
      // in file order, for cached and fresh seeds alike.
      let parsed: ParsedSeed;
      let seedWarnings: string[];
      if (hit) {
        parsed = hit.document;
        seedWarnings = [...hit.warnings];
      } else {
        try {
          ({ document: parsed, warnings: seedWarnings } = parseSeed(file, bytes));
        } catch (error) {
          // Seed errors depend on the bytes alone: remembered, so a broken seed is not re-read each run.
          if (error instanceof SeedError) cacheSet(cache, key, { ok: false, message: error.message, line: error.line });
          throw error;
        }
      }
      const parseWarnings = [...seedWarnings];
      const titleKey = parsed.title.toLowerCase();
      const slug = uniqueSlug(parsed.title, path.basename(file, path.extname(file)), taken);
      if (titles.has(titleKey)) {
        seedWarnings.push(`same title as ${titles.get(titleKey)}: published separately as "${slug}"`);
      } else titles.set(titleKey, file);
      slugs.set(slug, file);
      taken.add(slug);
      for (const w of seedWarnings) {
        warnings.push(`${name}: ${w}`);
        log(`warning: ${name}: ${w}`);
      }
      // Fresh and cached documents go through the same assembly, so an incremental build writes
      // byte for byte what a clean build writes.
      let base: ExtractedDocument;
      if (hit) base = hit.document;
      else {
        base = extractDocument(parsed, CACHE_SLUG, []);
        cacheSet(cache, key, { ok: true, document: base, warnings: parseWarnings });
      }
      documents.push({ ...base, slug, warnings: seedWarnings });
      if (cache)
        digests.set(
          slug,
          crypto
            .createHash('sha256')
            .update(`${cache.version}\n${key}\n${slug}\n${JSON.stringify(seedWarnings)}`)
            .digest('hex'),
        );
    } catch (error) {
      if (error instanceof SeedError) fail(error.message, error.line);
      else fail(`could not be processed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    } finally {
      onProgress?.(++done, files.length);
    }
  }
  // The folder then holds exactly these documents: a removed seed's file disappears too.
  writeCollection(
    outDir,
    documents.map((doc) => [doc.slug, doc]),
  );
  if (cache) {
    try {
      cache.prune(used);
    } catch (error) {
      log(`warning: ingest cache not pruned: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { documents, errors, warnings, extracted, cached, digests };
}

/** The slug a cached document is stored with; the real one is assigned each run. */
const CACHE_SLUG = 'cached';

/** A cache that cannot be written (full disk, read-only folder) costs speed, never a document. */
function cacheSet(cache: IngestCache | undefined, key: string, entry: CacheEntry): void {
  if (!cache) return;
  try {
    cache.set(key, entry);
  } catch {
    // the next run extracts this seed again
  }
}
