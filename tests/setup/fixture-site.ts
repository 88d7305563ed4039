// Vitest global setup for the site tests: builds the site once from tests/fixtures/seeds into a
// temporary folder and serves it on loopback. Tests read `siteDir` and `siteUrl` with inject().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/build/build-site.ts';
import { startStaticServer } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    buildErrors: string[];
  }
}

export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainers-site-'));
  const siteDir = path.join(work, 'dist');
  const server = await startStaticServer(() => siteDir);
  const result = await buildSite({
    root,
    seedsDir: path.join(root, 'tests', 'fixtures', 'seeds'),
    contentDir: path.join(work, 'content'),
    outDir: siteDir,
    cacheDir: path.join(work, 'cache'),
    siteUrl: server.url,
    // A few documents per search shard, so the search page merges several (src/build/search-index.ts).
    searchShardSize: 4,
    quiet: true,
  });
  if (!result.ok) throw new Error(`the fixture site did not build: ${result.astroError}`);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', server.url);
  project.provide('buildErrors', result.ingest.errors);
  return async () => {
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
  };
}
