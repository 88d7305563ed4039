import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles, publish } from './publish.ts';

let work: string;
let site: string;
let fresh: string;

const write = (dir: string, files: Record<string, string>) => {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
};
const read = (file: string) => fs.readFileSync(path.join(site, file), 'utf8');

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-'));
  site = path.join(work, 'dist');
  fresh = path.join(work, 'dist.next');
  write(site, {
    'index.html': 'old home',
    'explainers/a/index.html': 'a',
    'explainers/b/index.html': 'b',
    'embed/b/timeline/data.csv': 'b,1',
  });
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('publish', () => {
  it('moves the new files in, keeps the kept ones and removes the rest, with their empty folders', () => {
    write(fresh, { 'index.html': 'new home', 'explainers/c/index.html': 'c' });
    const stamps = publish({ outDir: site, sources: [fresh], keep: new Set(['explainers/a/index.html']) });
    expect(listFiles(site).sort()).toEqual(['explainers/a/index.html', 'explainers/c/index.html', 'index.html']);
    expect([read('index.html'), read('explainers/a/index.html'), read('explainers/c/index.html')]).toEqual(['new home', 'a', 'c']);
    expect(fs.existsSync(path.join(site, 'explainers', 'b'))).toBe(false);
    expect(fs.existsSync(path.join(site, 'embed'))).toBe(false);
    expect(fs.existsSync(fresh)).toBe(false);
    // Stamps of the files moved in, as later builds check them.
    expect([...stamps.keys()].sort()).toEqual(['explainers/c/index.html', 'index.html']);
    expect(stamps.get('index.html')).toEqual({ size: 8, mtimeMs: fs.statSync(path.join(site, 'index.html')).mtimeMs });
  });

  it('takes new files from several folders, and the files to remove from the list given', () => {
    const charts = path.join(work, 'dist.charts');
    write(fresh, { 'explainers/b/index.html': 'b2' });
    write(charts, { 'embed/b/timeline/data.csv': 'b,2' });
    write(site, { 'unlisted.txt': 'put there by hand' });
    publish({
      outDir: site,
      sources: [fresh, charts],
      keep: new Set(),
      previous: ['index.html', 'explainers/a/index.html', 'explainers/b/index.html', 'embed/b/timeline/data.csv'],
    });
    expect(listFiles(site).sort()).toEqual(['embed/b/timeline/data.csv', 'explainers/b/index.html', 'unlisted.txt']);
    expect(read('embed/b/timeline/data.csv')).toBe('b,2');
  });

  it('moves exactly the files the caller listed when it gives them', () => {
    write(fresh, { 'index.html': 'new home', 'explainers/c/index.html': 'c' });
    publish({ outDir: site, sources: [{ dir: fresh, files: ['explainers/c/index.html'] }], keep: new Set(['index.html']) });
    expect(listFiles(site).sort()).toEqual(['explainers/c/index.html', 'index.html']);
    expect(read('index.html')).toBe('old home');
    expect(fs.existsSync(fresh)).toBe(false);
  });

  it('publishes into a folder that does not exist yet', () => {
    fs.rmSync(site, { recursive: true });
    write(fresh, { 'index.html': 'home' });
    publish({ outDir: site, sources: [fresh], keep: new Set() });
    expect(listFiles(site)).toEqual(['index.html']);
  });
});
