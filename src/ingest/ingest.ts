// Reads a seeds folder, extracts every document and writes one JSON file per document.
// A bad seed is reported in one line and skipped; the others are still written.
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../extract/index.ts';
import { parseSeed, SeedError } from '../extract/parse.ts';
import { uniqueSlug } from '../extract/slug.ts';
import type { SeedDocument } from '../schema/document.ts';

/** Seeds above this size are refused: no news article is this long, and extraction time grows with it. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

export interface IngestOptions {
  seedsDir: string;
  outDir: string;
  /** Receives one line per problem or progress report. */
  log?: (line: string) => void;
}

export interface IngestResult {
  documents: SeedDocument[];
  /** One line per seed that could not be published: "file[:line]: reason". */
  errors: string[];
  /** One line per warning: "file: warning". */
  warnings: string[];
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

export function ingestSeeds({ seedsDir, outDir, log = () => {} }: IngestOptions): IngestResult {
  if (!fs.existsSync(seedsDir) || !fs.statSync(seedsDir).isDirectory()) {
    throw new Error(`seeds folder not found: ${seedsDir}`);
  }
  const documents: SeedDocument[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const slugs = new Map<string, string>();
  const titles = new Map<string, string>();

  for (const file of listSeedFiles(seedsDir)) {
    const fail = (message: string, line?: number) => {
      const entry = `${file}${line ? `:${line}` : ''}: ${message}`;
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
      const { document: parsed, warnings: seedWarnings } = parseSeed(file, fs.readFileSync(full));
      const titleKey = parsed.title.toLowerCase();
      const slug = uniqueSlug(parsed.title, path.basename(file, path.extname(file)), new Set(slugs.keys()));
      if (titles.has(titleKey)) {
        seedWarnings.push(`same title as ${titles.get(titleKey)}: published separately as "${slug}"`);
      } else titles.set(titleKey, file);
      slugs.set(slug, file);
      for (const w of seedWarnings) {
        warnings.push(`${file}: ${w}`);
        log(`warning: ${file}: ${w}`);
      }
      documents.push(extractDocument(parsed, slug, seedWarnings));
    } catch (error) {
      if (error instanceof SeedError) fail(error.message, error.line);
      else fail(`could not be processed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  writeDocuments(outDir, documents);
  return { documents, errors, warnings };
}

/** Replaces the JSON files in `outDir` with `documents`, so a removed seed's file disappears too. */
function writeDocuments(outDir: string, documents: SeedDocument[]): void {
  fs.mkdirSync(outDir, { recursive: true });
  const keep = new Set(documents.map((d) => `${d.slug}.json`));
  for (const name of fs.readdirSync(outDir)) {
    if (name.endsWith('.json') && !keep.has(name)) fs.rmSync(path.join(outDir, name));
  }
  for (const doc of documents) {
    const target = path.join(outDir, `${doc.slug}.json`);
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    // Unchanged files are left alone so file watchers and caches see no change.
    if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text) continue;
    const temp = `${target}.tmp-${process.pid}`;
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, target);
  }
}
