// What a newcomer meets first. A bare `astro build` would publish a site without search, sitemap, chart
// downloads or share images: it stops at once and says to run `npm run build`, writing nothing. (The
// build's warning about a missing SITE_URL is tested with the first build of an empty site, in
// tests/any-documents.test.ts.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR_ENV, CONTENT_READY_ENV } from '../src/lib/build-env.ts';

const root = path.resolve(import.meta.dirname, '..');

describe('a bare astro build', () => {
  it('stops with one line saying to run npm run build, and writes no site', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainers-bare-'));
    const outDir = path.join(work, 'dist');
    const env = { ...process.env };
    delete env[CONTENT_DIR_ENV];
    delete env[CONTENT_READY_ENV];
    try {
      const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status, output).toBe(1);
      expect(output.match(/Run `npm run build` to build this site/g)).toHaveLength(1);
      expect(fs.existsSync(outDir)).toBe(false);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
