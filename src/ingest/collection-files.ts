// The files of a content collection: one JSON file per entry in one folder. Ingest writes the documents'
// collection with it; the build's content folder (src/build/content-folder.ts) the views' too.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../lib/atomic-write.ts';

/**
 * Makes `dir` hold exactly `entries` as `<id>.json`: other JSON files are removed, and files whose text
 * is unchanged are left alone, so file watchers and Astro's content cache see no change. Returns whether
 * any file was written or removed.
 */
export function writeCollection(dir: string, entries: Iterable<[id: string, data: unknown]>): boolean {
  fs.mkdirSync(dir, { recursive: true });
  const stale = new Set(fs.readdirSync(dir).filter((name) => name.endsWith('.json')));
  let changed = false;
  // One entry at a time: ten thousand documents' text never sits in memory at once.
  for (const [id, data] of entries) {
    const name = `${id}.json`;
    stale.delete(name);
    const text = `${JSON.stringify(data, null, 2)}\n`;
    const target = path.join(dir, name);
    if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text) continue;
    writeFileAtomic(target, text); // a watcher never reads half a file
    changed = true;
  }
  for (const name of stale) fs.rmSync(path.join(dir, name));
  return changed || stale.size > 0;
}
