// Content-hash cache for ingest: what parse + extract made of one seed, so a rebuild re-extracts only
// the seeds whose bytes (or the extractors' code) changed. Entries are content-addressed files
// `<dir>/<version>/<key>.json`, written atomically, so a crashed or concurrent run can only cause a miss.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractedDocument } from '../schema/document.ts';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { sourceVersion } from '../lib/source-version.ts';

/**
 * What one seed became. `document` has a placeholder slug and no warnings: both depend on the other seeds
 * (and on the registry of published slugs); `slug` is the editor's slug from front matter, or null.
 */
export type CacheEntry =
  { ok: true; document: ExtractedDocument; warnings: string[]; slug: string | null } | { ok: false; message: string; line?: number };

export interface IngestCache {
  readonly version: string;
  get(key: string): CacheEntry | undefined;
  set(key: string, entry: CacheEntry): void;
  /** Deletes every entry not in `keep` and every other version's folder: the cache never outgrows the seeds. */
  prune(keep: Set<string>): void;
}

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** Where the site's own builds keep the ingest cache: in node_modules, never in a content or output folder. */
export function defaultIngestCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'news-explainers', 'ingest');
}

/**
 * The parsing half of what a cache entry holds (parseSeed and what it calls), beside src/ingest's other
 * modules, which run after the cache and stay out of its key. A new parsing module is added here.
 */
export const PARSE_SOURCES = [
  ...[
    'parse.ts',
    'front-matter-simple.ts',
    'markdown-plain.ts',
    'markdown.ts',
    'remark-drop-raw.ts',
    'rehype-safe-links.ts',
    'hast-paragraphs.ts',
    'slug.ts',
  ].map((name) => `src/ingest/${name}`),
  'src/lib/slug.ts', // the slug rule slug.ts applies
  'src/lib/title.ts', // the long-title warning
];

/**
 * A hash of the code that makes a cache entry (the parsing modules, every extractor file in src/extract's
 * folders, the schema, and the lock file that pins the text libraries they lean on), so editing any of
 * them invalidates every cached entry. Tests are left out: they change no output.
 */
export function extractorVersion(root: string = projectRoot): string {
  return sourceVersion(root, { dirs: ['src/extract', 'src/schema'], files: [...PARSE_SOURCES, 'package-lock.json'] });
}

/**
 * The cache key of one seed: its bytes and its path (the path is part of the document, and the
 * extension decides between Markdown and plain text).
 */
export function seedKey(file: string, bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
}

function isEntry(value: unknown): value is CacheEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  if (entry.ok === true)
    return (
      !!entry.document &&
      typeof entry.document === 'object' &&
      Array.isArray(entry.warnings) &&
      (entry.slug === null || typeof entry.slug === 'string')
    );
  return entry.ok === false && typeof entry.message === 'string';
}

export function openIngestCache(dir: string, version: string = extractorVersion()): IngestCache {
  const versionDir = path.join(dir, version);
  const entryPath = (key: string) => path.join(versionDir, `${key}.json`);
  return {
    version,
    get(key) {
      let text: string;
      try {
        text = fs.readFileSync(entryPath(key), 'utf8');
      } catch {
        return undefined;
      }
      try {
        const value: unknown = JSON.parse(text);
        return isEntry(value) ? value : undefined;
      } catch {
        return undefined; // a damaged entry is a miss, and the next run overwrites it
      }
    },
    set(key, entry) {
      fs.mkdirSync(versionDir, { recursive: true });
      writeFileAtomic(entryPath(key), JSON.stringify(entry));
    },
    prune(keep) {
      if (!fs.existsSync(dir)) return;
      for (const name of fs.readdirSync(dir)) {
        if (name !== version) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      }
      if (!fs.existsSync(versionDir)) return;
      for (const name of fs.readdirSync(versionDir)) {
        if (!keep.has(name.replace(/\.json$/, ''))) fs.rmSync(path.join(versionDir, name), { force: true });
      }
    },
  };
}
