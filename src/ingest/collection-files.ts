// The files of the content collections: one JSON file per entry, in one folder per collection.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import type { SeedDocument } from '../schema/document.ts';
import type { SiteViews } from '../cross/site-views.ts';

/**
 * Makes `dir` hold exactly `entries` as `<id>.json`: other JSON files are removed, and files whose text
 * is unchanged are left alone, so file watchers and Astro's content cache see no change.
 */
export function writeCollection(dir: string, entries: Iterable<[id: string, data: unknown]>): void {
  fs.mkdirSync(dir, { recursive: true });
  const stale = new Set(fs.readdirSync(dir).filter((name) => name.endsWith('.json')));
  // One entry at a time: ten thousand documents' text never sits in memory at once.
  for (const [id, data] of entries) {
    const name = `${id}.json`;
    stale.delete(name);
    const text = `${JSON.stringify(data, null, 2)}\n`;
    const target = path.join(dir, name);
    if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text) continue;
    writeFileAtomic(target, text); // a watcher never reads half a file
  }
  for (const name of stale) fs.rmSync(path.join(dir, name));
}

/** A content folder's collections (src/content.config.ts): what one Astro run renders. */
export interface ContentSet extends SiteViews {
  documents?: readonly SeedDocument[]; // left alone when absent (the dev server's ingest writes them)
}

export function writeContentFolder(root: string, { documents, index, people, series }: ContentSet): void {
  if (documents)
    writeCollection(
      path.join(root, 'documents'),
      documents.map((doc) => [doc.slug, doc]),
    );
  writeCollection(
    path.join(root, 'people'),
    people.map((p) => [p.slug, p]),
  );
  writeCollection(
    path.join(root, 'series'),
    series.map((s) => [s.slug, s]),
  );
  writeCollection(path.join(root, 'site'), [['index', index]]);
}
