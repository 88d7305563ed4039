import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractedDocument } from '../schema/document.ts';
import { ingestSeeds, MAX_SEED_BYTES } from './ingest.ts';

let work: string;
let seeds: string;
let out: string;
const write = (rel: string, content: string | Uint8Array) => {
  fs.mkdirSync(path.dirname(path.join(seeds, rel)), { recursive: true });
  fs.writeFileSync(path.join(seeds, rel), content);
};
const digestTree = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map(
      (e) =>
        `${path.relative(dir, path.join(e.parentPath, e.name))}:${crypto
          .createHash('sha1')
          .update(fs.readFileSync(path.join(e.parentPath, e.name)))
          .digest('hex')}`,
    )
    .sort()
    .join('\n');

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
  seeds = path.join(work, 'seeds');
  out = path.join(work, 'out');
  fs.mkdirSync(seeds);
  write('good.txt', '---\npublished: 2024-03-02\nsource: Wire\n---\nFlood kills dozens\nThe river burst its banks on Friday.\n');
  write('nested/other doc.md', '# Fire season begins\n\nCrews were sent north.\n');
  write('empty.txt', '   \n');
  write('binary.txt', new Uint8Array([1, 2, 0, 3]));
  write('latin1.txt', new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9, 0x74, 0xe9]));
  write('bad-date.txt', '---\npublished: 2023-13-01\n---\nTitle\nBody.\n');
  write('broken.md', '---\ntitle: [unclosed\n---\nBody\n');
  write('notes.docx', 'Title\nBody');
  write('dup.txt', '---\npublished: 2024-03-03\n---\nFlood kills dozens\nA second report.\n');
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('ingestSeeds', () => {
  it('publishes the good documents and names every bad file in one line', () => {
    const before = digestTree(seeds);
    const result = ingestSeeds({ seedsDir: seeds, outDir: out });
    expect(result.documents.map((d) => d.file).sort()).toEqual(['dup.txt', 'good.txt', 'nested/other doc.md']);
    expect(result.errors).toHaveLength(6);
    const byFile = Object.fromEntries(result.errors.map((line) => [line.split(/[:]/)[0], line]));
    expect(byFile['empty.txt']).toMatch(/empty document/);
    expect(byFile['binary.txt']).toMatch(/binary/);
    expect(byFile['latin1.txt']).toMatch(/UTF-8/);
    expect(byFile['bad-date.txt']).toMatch(/^bad-date\.txt:2: impossible "published" date "2023-13-01"/);
    expect(byFile['broken.md']).toMatch(/^broken\.md:\d+: broken front matter/);
    expect(byFile['notes.docx']).toMatch(/unsupported extension/);
    for (const line of result.errors) expect(line).not.toContain('\n');
    expect(digestTree(seeds)).toBe(before); // nothing in seeds/ is modified
  });

  it('gives duplicate titles distinct slugs and warns about them', () => {
    const result = ingestSeeds({ seedsDir: seeds, outDir: out });
    expect(result.documents.map((d) => d.slug).sort()).toEqual(['fire-season-begins', 'flood-kills-dozens', 'flood-kills-dozens-2']);
    expect(result.warnings.some((w) => w.startsWith('good.txt') && w.includes('same title as dup.txt'))).toBe(true);
  });

  it('gives each document a hash of what it is made of, which changes exactly when the document does', () => {
    const cacheDir = path.join(work, 'cache');
    const first = ingestSeeds({ seedsDir: seeds, outDir: out, cacheDir, cacheVersion: 'v1' });
    const again = ingestSeeds({ seedsDir: seeds, outDir: out, cacheDir, cacheVersion: 'v1' });
    expect(again.digests).toEqual(first.digests);
    expect([...first.digests.keys()].sort()).toEqual(first.documents.map((d) => d.slug).sort());
    write('nested/other doc.md', '# Fire season begins\n\nCrews were sent south.\n');
    const edited = ingestSeeds({ seedsDir: seeds, outDir: out, cacheDir, cacheVersion: 'v1' });
    expect(edited.digests.get('fire-season-begins')).not.toBe(first.digests.get('fire-season-begins'));
    expect(edited.digests.get('flood-kills-dozens')).toBe(first.digests.get('flood-kills-dozens'));
    // Another extractor version may extract differently.
    expect(ingestSeeds({ seedsDir: seeds, outDir: out, cacheDir, cacheVersion: 'v2' }).digests.get('flood-kills-dozens')).not.toBe(
      first.digests.get('flood-kills-dozens'),
    );
  });

  it('never gives a document the slug the site-wide timeline embed uses', () => {
    write('all.txt', 'All\nEvery report, in one place.\n');
    const result = ingestSeeds({ seedsDir: seeds, outDir: out });
    expect(result.documents.find((d) => d.file === 'all.txt')?.slug).toBe('all-2');
  });

  it('writes one schema-valid JSON file per document and removes files of removed seeds', () => {
    ingestSeeds({ seedsDir: seeds, outDir: out });
    expect(fs.readdirSync(out).sort()).toEqual(['fire-season-begins.json', 'flood-kills-dozens-2.json', 'flood-kills-dozens.json']);
    const doc = extractedDocument.parse(JSON.parse(fs.readFileSync(path.join(out, 'fire-season-begins.json'), 'utf8')));
    expect(doc.file).toBe('nested/other doc.md');
    expect(doc.title).toBe('Fire season begins');
    fs.rmSync(path.join(seeds, 'nested'), { recursive: true });
    ingestSeeds({ seedsDir: seeds, outDir: out });
    expect(fs.readdirSync(out)).not.toContain('fire-season-begins.json');
  });

  it('refuses oversized seeds', () => {
    write('huge.txt', `Title\n${'word '.repeat(MAX_SEED_BYTES / 5 + 10)}`);
    const result = ingestSeeds({ seedsDir: seeds, outDir: out });
    expect(result.errors.find((e) => e.startsWith('huge.txt'))).toMatch(/too large/);
  });
});

describe('npm run ingest -- --seeds --out', () => {
  it('exits 1 when a document failed, after writing the others', () => {
    const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error: empty\.txt: empty document/);
    expect(run.stdout).toMatch(/ingest: 3 documents/);
    expect(fs.readdirSync(out)).toHaveLength(3);
  });

  it('exits 0 when every document is published', () => {
    for (const bad of ['empty.txt', 'binary.txt', 'latin1.txt', 'bad-date.txt', 'broken.md', 'notes.docx'])
      fs.rmSync(path.join(seeds, bad));
    const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', out], { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
  });
});
