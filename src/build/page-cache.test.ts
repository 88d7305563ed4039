import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CODE_VERSION_ENV, PAGE_CACHE_ENV, pageFile, reusedPagesLeftOut } from '../lib/page-cache.ts';
import { linkSkippedPages, prepareReuse, routePages, writeManifest } from './page-cache.ts';

const ROUTE = '/explainers/[slug]/';
let work: string;
let outDir: string;
let manifest: string;

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'));
  outDir = path.join(work, 'dist');
  manifest = path.join(work, 'cache', 'pages.json');
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(work, { recursive: true, force: true });
});

const paths = (docs: Record<string, string>) => Object.entries(docs).map(([slug, body]) => ({ params: { slug }, props: { doc: { slug, body } } }));

/** One build as build-site.ts runs it, with a stand-in for Astro that renders a page from its props. */
function build(docs: Record<string, string>, codeVersion = 'v1'): { rendered: string[]; reused: number } {
  const pageWork = fs.mkdtempSync(path.join(work, 'pages-'));
  const staging = `${outDir}.next`;
  prepareReuse(manifest, outDir, codeVersion, pageWork);
  vi.stubEnv(PAGE_CACHE_ENV, pageWork);
  vi.stubEnv(CODE_VERSION_ENV, codeVersion);
  const render = reusedPagesLeftOut(ROUTE, paths(docs));
  for (const p of render) {
    const file = path.join(staging, pageFile(ROUTE, p.params));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `<h1>${p.props.doc.body}</h1>`);
  }
  const pages = routePages(pageWork);
  const reused = linkSkippedPages(pages, outDir, staging);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.renameSync(staging, outDir);
  writeManifest(manifest, outDir, codeVersion, pages);
  return { rendered: render.map((p) => p.params.slug), reused };
}

const page = (slug: string) => fs.readFileSync(path.join(outDir, 'explainers', slug, 'index.html'), 'utf8');

describe('pageFile', () => {
  it('puts each path at its folder index, as trailingSlash "always" builds it', () => {
    expect(pageFile('/people/[person]/', { person: 'ada-lovelace' })).toBe('people/ada-lovelace/index.html');
    expect(pageFile('/embed/[slug]/[chart]/', { slug: 'zilzal-مصر', chart: 'timeline' })).toBe('embed/zilzal-مصر/timeline/index.html');
  });
});

describe('the page cache', () => {
  it('renders everything when the build does not ask for it (astro dev, a bare astro build)', () => {
    expect(reusedPagesLeftOut(ROUTE, paths({ a: '1', b: '2' }))).toHaveLength(2);
  });

  it('renders only pages whose props changed, and copies the others from the published site', () => {
    expect(build({ a: 'one', b: 'two', c: 'three' })).toEqual({ rendered: ['a', 'b', 'c'], reused: 0 });
    expect(build({ a: 'one', b: 'TWO', c: 'three', d: 'four' })).toEqual({ rendered: ['b', 'd'], reused: 2 });
    expect([page('a'), page('b'), page('c'), page('d')]).toEqual(['<h1>one</h1>', '<h1>TWO</h1>', '<h1>three</h1>', '<h1>four</h1>']);
  });

  it('drops removed pages from the site', () => {
    build({ a: 'one', b: 'two' });
    build({ a: 'one' });
    expect(fs.existsSync(path.join(outDir, 'explainers', 'b'))).toBe(false);
    expect(build({ a: 'one', b: 'two' }).rendered).toEqual(['b']);
  });

  it('re-renders everything when the code changed', () => {
    build({ a: 'one', b: 'two' });
    expect(build({ a: 'one', b: 'two' }, 'v2')).toEqual({ rendered: ['a', 'b'], reused: 0 });
  });

  it('never reuses a published page that was edited or deleted since', () => {
    build({ a: 'one', b: 'two', c: 'three' });
    fs.appendFileSync(path.join(outDir, 'explainers', 'a', 'index.html'), '<!-- edited -->');
    fs.rmSync(path.join(outDir, 'explainers', 'b', 'index.html'));
    expect(build({ a: 'one', b: 'two', c: 'three' })).toEqual({ rendered: ['a', 'b'], reused: 1 });
    expect(page('a')).toBe('<h1>one</h1>');
  });

  it('never reuses pages of another published folder', () => {
    build({ a: 'one' });
    const other = path.join(work, 'elsewhere');
    fs.cpSync(outDir, other, { recursive: true });
    outDir = other;
    expect(build({ a: 'one' }).rendered).toEqual(['a']);
  });
});
