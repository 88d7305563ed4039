import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractorVersion, openIngestCache, PARSE_SOURCES, seedKey } from './cache.ts';
import { ingestSeeds } from './ingest.ts';

let work: string;
let seeds: string;
let cacheDir: string;
const write = (rel: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(seeds, rel)), { recursive: true });
  fs.writeFileSync(path.join(seeds, rel), content);
};
const readTree = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]),
  );

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-cache-'));
  seeds = path.join(work, 'seeds');
  cacheDir = path.join(work, 'cache');
  write(
    'a.txt',
    '---\npublished: 2024-03-02\nsource: Wire\n---\nFlood kills dozens\nAt least 40 people were killed on Friday, officials said.\n',
  );
  write('b.md', '# Fire season begins\n\n"We are ready," said fire chief Ana Ruiz on Monday.\n');
  write('c.txt', 'Flood kills dozens\nA second report about the same flood.\n');
  write('broken.txt', '   \n');
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('ingestSeeds with a cache', () => {
  it('re-extracts only changed seeds and writes what a run without the cache writes', () => {
    const first = ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), cacheDir });
    expect([first.extracted, first.cached]).toEqual([4, 0]);

    write('b.md', '# Fire season begins\n\n"We are ready," said fire chief Ana Ruiz on Tuesday.\n');
    const second = ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), cacheDir });
    expect([second.extracted, second.cached]).toEqual([1, 3]); // the broken seed's error is cached too
    expect(second.errors).toEqual(first.errors);

    const clean = ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'clean') });
    expect(readTree(path.join(work, 'out'))).toEqual(readTree(path.join(work, 'clean')));
    expect(second.documents).toEqual(clean.documents);
    expect(second.warnings).toEqual(clean.warnings);
  });

  it('assigns slugs and duplicate-title warnings over all seeds, cached or not', () => {
    ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), cacheDir });
    fs.rmSync(path.join(seeds, 'a.txt'));
    const result = ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), cacheDir });
    // c.txt was "flood-kills-dozens-2" beside a.txt; alone, it takes the plain slug and loses the warning.
    expect(result.extracted).toBe(0);
    expect(result.documents.find((d) => d.file === 'c.txt')?.slug).toBe('flood-kills-dozens');
    expect(result.warnings.some((w) => w.includes('same title'))).toBe(false);
    expect(fs.readdirSync(path.join(work, 'out')).sort()).toEqual(['fire-season-begins.json', 'flood-kills-dozens.json']);
  });

  it('starts over when the extractor version changes and keeps only the current seeds', () => {
    ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), cacheDir, cacheVersion: 'v1' });
    fs.rmSync(path.join(seeds, 'c.txt'));
    const result = ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), cacheDir, cacheVersion: 'v2' });
    expect([result.extracted, result.cached]).toEqual([3, 0]);
    expect(fs.readdirSync(cacheDir)).toEqual(['v2']);
    expect(fs.readdirSync(path.join(cacheDir, 'v2'))).toHaveLength(3);
  });

  it('treats a damaged cache entry as a miss', () => {
    ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), cacheDir, cacheVersion: 'v1' });
    const key = seedKey('a.txt', fs.readFileSync(path.join(seeds, 'a.txt')));
    fs.writeFileSync(path.join(cacheDir, 'v1', `${key}.json`), '{"ok":tr');
    const result = ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), cacheDir, cacheVersion: 'v1' });
    expect([result.extracted, result.cached]).toEqual([1, 3]);
    expect(result.documents.find((d) => d.file === 'a.txt')?.figures.length).toBeGreaterThan(0);
  });

  it('reports progress once per seed file', () => {
    const calls: Array<[number, number]> = [];
    ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });
});

describe('cache keys and versions', () => {
  it('keys on path and bytes', () => {
    const bytes = new TextEncoder().encode('Title\nBody');
    expect(seedKey('a.txt', bytes)).toBe(seedKey('a.txt', bytes));
    expect(seedKey('a.md', bytes)).not.toBe(seedKey('a.txt', bytes));
    expect(seedKey('a.txt', new TextEncoder().encode('Title\nBody.'))).not.toBe(seedKey('a.txt', bytes));
  });

  it('changes the extractor version when an extractor source changes, not when a test does', () => {
    const root = path.join(work, 'project');
    fs.mkdirSync(path.join(root, 'src', 'extract'), { recursive: true });
    fs.mkdirSync(path.join(root, 'src', 'schema'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src', 'extract', 'figures.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(root, 'src', 'schema', 'document.ts'), 'export const b = 1;\n');
    const v1 = extractorVersion(root);
    fs.writeFileSync(path.join(root, 'src', 'extract', 'figures.test.ts'), 'test\n');
    expect(extractorVersion(root)).toBe(v1);
    fs.writeFileSync(path.join(root, 'src', 'extract', 'figures.ts'), 'export const a = 2;\n');
    expect(extractorVersion(root)).not.toBe(v1);
  });

  it('changes the extractor version for a file in an extractor folder and for a parsing module', () => {
    const root = path.join(work, 'nested');
    fs.mkdirSync(path.join(root, 'src', 'extract', 'figures'), { recursive: true });
    fs.mkdirSync(path.join(root, 'src', 'ingest'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src', 'extract', 'figures', 'noun.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(root, 'src', 'ingest', 'parse.ts'), 'export const p = 1;\n');
    fs.writeFileSync(path.join(root, 'src', 'ingest', 'report.ts'), 'export const r = 1;\n');
    const v1 = extractorVersion(root);
    fs.writeFileSync(path.join(root, 'src', 'extract', 'figures', 'noun.test.ts'), 'test\n');
    fs.writeFileSync(path.join(root, 'src', 'ingest', 'report.ts'), 'export const r = 2;\n');
    expect(extractorVersion(root)).toBe(v1);
    fs.writeFileSync(path.join(root, 'src', 'extract', 'figures', 'noun.ts'), 'export const a = 2;\n');
    const v2 = extractorVersion(root);
    expect(v2).not.toBe(v1);
    fs.writeFileSync(path.join(root, 'src', 'ingest', 'parse.ts'), 'export const p = 2;\n');
    expect(extractorVersion(root)).not.toBe(v2);
  });

  it('keys on every module parseSeed imports from src/ingest', () => {
    const imported = [...fs.readFileSync(new URL('./parse.ts', import.meta.url), 'utf8').matchAll(/from '\.\/([\w-]+\.ts)'/g)];
    expect(imported.length).toBeGreaterThan(0);
    for (const [, name] of imported) expect(PARSE_SOURCES).toContain(`src/ingest/${name}`);
  });

  it('stores and returns entries, and prunes the rest', () => {
    const cache = openIngestCache(cacheDir, 'v1');
    cache.set('k1', { ok: false, message: 'empty document', line: 2 });
    cache.set('k2', { ok: false, message: 'binary' });
    expect(cache.get('k1')).toEqual({ ok: false, message: 'empty document', line: 2 });
    cache.prune(new Set(['k1']));
    expect(cache.get('k2')).toBeUndefined();
    expect(cache.get('k1')).toBeDefined();
  });
});
