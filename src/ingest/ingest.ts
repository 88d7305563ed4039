// Reads a seeds folder, extracts every document and writes one JSON file per document.
// A bad seed is reported in one line and skipped; the others are still written.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../extract/index.ts';
import { parseSeed, SeedError } from './parse.ts';
import type { ParsedSeed, ExtractedDocument } from '../schema/document.ts';
import { openIngestCache, seedKey, type CacheEntry, type IngestCache } from './cache.ts';
import { writeCollection } from './collection-files.ts';
import { applyEdits } from './edits.ts';
import { EditsError, editsFileOf, readEdits, seedsOfEdits } from './edits-file.ts';
import { SlugAssigner, type SlugRegistry } from './slug-registry.ts';

/** Seeds above this size are refused: no news article is this long, and extraction time grows with it. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

export interface IngestOptions {
  seedsDir: string;
  /** Where the documents are written, one JSON file each; without it, nothing is written (npm run review). */
  outDir?: string;
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
  /**
   * The published addresses (src/ingest/slug-registry.ts): seeds in it keep their slugs. Read only: the
   * updated registry is returned, and only `npm run build` writes it back. Without it, slugs come from titles.
   */
  slugs?: ReadonlyMap<string, { slug: string; previous: string[] }>;
}

/** An old slug of a published document, and the slug it moved to: its old URLs redirect. */
export interface SlugRedirect {
  from: string;
  to: string;
}

export interface IngestResult {
  documents: ExtractedDocument[];
  /** One line per seed that could not be published: "file[:line]: reason". */
  errors: string[];
  /** One line per warning: "file: warning". */
  warnings: string[];
  /**
   * One line per editors' correction applied to nothing ("file:line: what"): a `match` that finds no item
   * or several, an `add` whose text is not in the article, an edits file with no seed beside it.
   */
  staleEdits: string[];
  /** The registry after this run: every seed's slug (written back by `npm run build` only). */
  slugs: SlugRegistry;
  /** The old slugs of this run's documents (an editor's `slug:` moved them). */
  redirects: SlugRedirect[];
  /** Seed files parsed and extracted this run. */
  extracted: number;
  /** Seed files taken from the cache (documents and cached seed errors). */
  cached: number;
  /**
   * With a cache: a hash standing for each document's content (slug -> hash), from what it is made of:
   * the seed's path and bytes, its edits file's bytes, the extractors' version, its slug and its
   * warnings (the edits code is site code: a change to it renders every page anyway). Equal hashes, equal
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

export function ingestSeeds({
  seedsDir,
  outDir,
  log = () => {},
  cacheDir,
  cacheVersion,
  onProgress,
  slugs: registry,
}: IngestOptions): IngestResult {
  if (!fs.existsSync(seedsDir) || !fs.statSync(seedsDir).isDirectory()) {
    throw new Error(`seeds folder not found: ${seedsDir}`);
  }
  const cache = cacheDir ? openIngestCache(cacheDir, cacheVersion) : undefined;
  const used = new Set<string>();
  const documents: ExtractedDocument[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const staleEdits: string[] = [];
  const redirects: SlugRedirect[] = [];
  const titles = new Map<string, string>();
  let extracted = 0;
  let cached = 0;
  const digests = new Map<string, string>();

  // Editors' corrections sit beside their seeds (`quake.edits.yaml` beside `quake.txt`): they are no seeds.
  const all = listSeedFiles(seedsDir);
  const present = new Set(all);
  const files = all.filter((file) => seedsOfEdits(file) === null);
  const stale = (line: string) => {
    staleEdits.push(line);
    log(`warning: ${line}`);
  };
  for (const edits of all.filter((file) => seedsOfEdits(file)?.every((seed) => !present.has(seed)))) {
    stale(`${quoted(edits)}: no seed beside it (${seedsOfEdits(edits)!.join(' or ')}): its edits apply to nothing`);
  }
  // Slugs: published seeds keep theirs (src/ingest/slug-registry.ts); the others come from titles, in file order.
  const slugs = new SlugAssigner(registry ?? new Map(), files);
  let done = 0;
  for (const file of files) {
    const name = quoted(file);
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
        parsed = { ...hit.document, slug: hit.slug };
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
      // A bad edits file withholds its document: a newsroom never publishes, unannounced, text its
      // editors have corrected (README, "Correcting the machine").
      const editsName = editsFileOf(file);
      let editsBytes: Buffer | undefined;
      let edits: ReturnType<typeof readEdits> | undefined;
      if (present.has(editsName)) {
        editsBytes = fs.readFileSync(path.join(seedsDir, editsName));
        try {
          edits = readEdits(editsBytes);
        } catch (error) {
          if (!(error instanceof EditsError)) throw error;
          const entry = `${quoted(editsName)}${error.line ? `:${error.line}` : ''}: ${error.message}; ${name} is not published until it is fixed`;
          errors.push(entry);
          log(`error: ${entry}`);
          continue;
        }
      }
      const titleKey = parsed.title.toLowerCase();
      const assigned = slugs.assign(file, parsed.title, parsed.slug);
      const { slug } = assigned;
      if (assigned.warning) seedWarnings.push(assigned.warning);
      if (titles.has(titleKey)) {
        seedWarnings.push(`same title as ${titles.get(titleKey)}: published separately as "${slug}"`);
      } else titles.set(titleKey, file);
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
        cacheSet(cache, key, { ok: true, document: base, warnings: parseWarnings, slug: parsed.slug });
      }
      let document: ExtractedDocument = { ...base, slug, warnings: seedWarnings };
      if (edits) {
        const applied = applyEdits(document, edits);
        document = applied.document;
        for (const problem of applied.problems) stale(`${quoted(editsName)}:${problem.line}: ${problem.message}`);
      }
      documents.push(document);
      for (const from of assigned.previous) redirects.push({ from, to: slug });
      if (cache) {
        const hash = crypto.createHash('sha256').update(`${cache.version}\n${key}\n${slug}\n${JSON.stringify(seedWarnings)}\n`);
        if (editsBytes) hash.update(editsBytes);
        digests.set(slug, hash.digest('hex'));
      }
    } catch (error) {
      if (error instanceof SeedError) fail(error.message, error.line);
      else fail(`could not be processed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    } finally {
      onProgress?.(++done, files.length);
    }
  }
  // The folder then holds exactly these documents: a removed seed's file disappears too.
  if (outDir)
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
  return { documents, errors, warnings, staleEdits, slugs: slugs.registry, redirects, extracted, cached, digests };
}

/** A file name may hold line breaks or terminal escapes: quoted, it stays one line and forges nothing. */
function quoted(file: string): string {
  return /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(file) ? JSON.stringify(file) : file;
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
