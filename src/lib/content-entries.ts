// Whether a collection's folder holds any entry. Astro warns about every empty collection it loads or is
// asked for, and an empty one is normal here: a site of one report has no story page, a rebuild may
// render no document page, a site without quotes has no people. The loaders and the pages ask first.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from './build-env.ts';

/** The folder of collection `name` in this build's content folder. */
export function collectionFolder(name: string): string {
  return path.join(contentDir(), name);
}

export function hasEntries(name: string): boolean {
  const folder = collectionFolder(name);
  return fs.existsSync(folder) && fs.readdirSync(folder).some((file) => file.endsWith('.json'));
}
