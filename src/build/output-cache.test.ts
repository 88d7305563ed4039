import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outputKey, readPublished, reusableGroup, reusableOutputs, writeManifest, type Output, type Published } from './output-cache.ts';
import { publish } from './publish.ts';

let work: string;
let outDir: string;
let manifest: string;

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'output-cache-'));
  outDir = path.join(work, 'dist');
  manifest = path.join(work, 'cache', 'pages.json');
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const file = (slug: string) => `explainers/${slug}/index.html`;

/**
 * One build as build-site.ts runs it, with a stand-in for Astro that renders a page from its data:
 * pages whose key the published site holds stay, the others are rendered and published.
 */
async function build(docs: Record<string, string>, codeVersion = 'v1'): Promise<{ rendered: string[]; reused: number }> {
  const published = readPublished(manifest, outDir);
  const reusable = await reusableOutputs(published, outDir, codeVersion);
  const staging = `${outDir}.next`;
  const outputs = new Map<string, Output>();
  const rendered: string[] = [];
  const keep = new Set<string>();
  for (const [slug, body] of Object.entries(docs)) {
    const key = outputKey(codeVersion, 'https://example.org/', [file(slug)], { slug, body });
    outputs.set(file(slug), { key });
    if (reusableGroup(reusable, [file(slug)], key)) {
      keep.add(file(slug));
      continue;
    }
    rendered.push(slug);
    fs.mkdirSync(path.join(staging, path.dirname(file(slug))), { recursive: true });
    fs.writeFileSync(path.join(staging, file(slug)), `<h1>${body}</h1>`);
  }
  const stamps = publish({ outDir, sources: [staging], keep, previous: published?.files.keys() });
  const files = new Map<string, Published>([...stamps].map(([f, stamp]) => [f, { ...stamp, ...outputs.get(f) }]));
  for (const f of keep) files.set(f, reusable.get(f)!);
  writeManifest(manifest, outDir, codeVersion, files);
  return { rendered, reused: keep.size };
}

const page = (slug: string) => fs.readFileSync(path.join(outDir, file(slug)), 'utf8');

describe('outputKey', () => {
  it('changes with the code, the site URL, the files and the data', () => {
    const base = outputKey('v1', 'https://a.example/', ['x/index.html'], { a: 1 });
    expect(outputKey('v1', 'https://a.example/', ['x/index.html'], { a: 1 })).toBe(base);
    expect(outputKey('v2', 'https://a.example/', ['x/index.html'], { a: 1 })).not.toBe(base);
    expect(outputKey('v1', 'https://b.example/', ['x/index.html'], { a: 1 })).not.toBe(base);
    expect(outputKey('v1', 'https://a.example/', ['y/index.html'], { a: 1 })).not.toBe(base);
    expect(outputKey('v1', 'https://a.example/', ['x/index.html'], { a: 2 })).not.toBe(base);
  });
});

describe('the output cache', () => {
  it('renders only pages whose data changed, and keeps the others where they are', async () => {
    expect(await build({ a: 'one', b: 'two', c: 'three' })).toEqual({ rendered: ['a', 'b', 'c'], reused: 0 });
    expect(await build({ a: 'one', b: 'TWO', c: 'three', d: 'four' })).toEqual({ rendered: ['b', 'd'], reused: 2 });
    expect([page('a'), page('b'), page('c'), page('d')]).toEqual(['<h1>one</h1>', '<h1>TWO</h1>', '<h1>three</h1>', '<h1>four</h1>']);
  });

  it('drops removed pages from the site', async () => {
    await build({ a: 'one', b: 'two' });
    await build({ a: 'one' });
    expect(fs.existsSync(path.join(outDir, 'explainers', 'b'))).toBe(false);
    expect((await build({ a: 'one', b: 'two' })).rendered).toEqual(['b']);
  });

  it('re-renders everything when the code changed', async () => {
    await build({ a: 'one', b: 'two' });
    expect(await build({ a: 'one', b: 'two' }, 'v2')).toEqual({ rendered: ['a', 'b'], reused: 0 });
  });

  it('never reuses a published page that was edited or deleted since', async () => {
    await build({ a: 'one', b: 'two', c: 'three' });
    fs.appendFileSync(path.join(outDir, file('a')), '<!-- edited -->');
    fs.rmSync(path.join(outDir, file('b')));
    expect(await build({ a: 'one', b: 'two', c: 'three' })).toEqual({ rendered: ['a', 'b'], reused: 1 });
    expect(page('a')).toBe('<h1>one</h1>');
  });

  it('never reuses pages of another published folder', async () => {
    await build({ a: 'one' });
    const other = path.join(work, 'elsewhere');
    fs.cpSync(outDir, other, { recursive: true });
    outDir = other;
    expect((await build({ a: 'one' })).rendered).toEqual(['a']);
  });

  it('reuses a group of pages only when every one of them is published with its key', () => {
    const reusable = new Map<string, Output>([
      ['a/index.html', { key: 'k' }],
      ['b/index.html', { key: 'k' }],
    ]);
    expect(reusableGroup(reusable, ['a/index.html', 'b/index.html'], 'k')).toBe(true);
    expect(reusableGroup(reusable, ['a/index.html', 'c/index.html'], 'k')).toBe(false);
    expect(reusableGroup(reusable, ['a/index.html'], 'other')).toBe(false);
  });
});
