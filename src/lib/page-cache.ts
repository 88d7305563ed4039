// The page cache, Astro's side: getStaticPaths of the per-item routes (explainers, embeds, people,
// series) passes its paths through `reusedPagesLeftOut`, which leaves out every page the last build
// already wrote from exactly the same inputs; the build then copies those pages from the published site
// (src/build/page-cache.ts). Astro has no incremental output of its own, and re-rendering a thousand
// unchanged explainers is most of a rebuild.
//
// A page's key hashes what its output can depend on: the site's code (EXPLAINER_CODE_VERSION, a hash
// of src/, the config and the lock file), the site URL, the page's path and its props. That holds only
// because these pages read nothing but their props and Astro.site: a page that read the collection
// itself would go stale, so none does (the charts load a document by slug only for MDX pages).
// Outside `npm run build` (astro dev, a bare `astro build`) nothing is left out.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface StaticPath {
  params: Record<string, string>;
  props: object;
}

/** The environment the build sets for Astro. */
export const PAGE_CACHE_ENV = 'EXPLAINER_PAGE_CACHE';
export const CODE_VERSION_ENV = 'EXPLAINER_CODE_VERSION';

/** What the build hands Astro and reads back, inside the folder named by EXPLAINER_PAGE_CACHE. */
export const REUSABLE_FILE = 'reusable.json'; // { [page file]: key } the published site holds
export const ROUTES_DIR = 'routes'; // one { [page file]: key } per route, every page of the route

/** '/people/[person]/' with { person: 'ada' } -> 'people/ada/index.html' (trailingSlash: 'always'). */
export function pageFile(route: string, params: Record<string, string>): string {
  const url = route.replace(/\[([^\]]+)\]/g, (_, name: string) => params[name]);
  return `${url.replace(/^\/+/, '')}index.html`;
}

/** The key of an output: its files (one page, or a chart's downloads) and what they are made from. */
export function outputKey(codeVersion: string, site: string, file: string, props: object): string {
  return crypto.createHash('sha256').update(`${codeVersion}\n${site}\n${file}\n`).update(JSON.stringify(props)).digest('hex');
}

export function reusedPagesLeftOut<P extends StaticPath>(route: string, paths: P[]): P[] {
  const dir = process.env[PAGE_CACHE_ENV];
  const codeVersion = process.env[CODE_VERSION_ENV];
  if (!dir || !codeVersion) return paths;
  const reusable = JSON.parse(fs.readFileSync(path.join(dir, REUSABLE_FILE), 'utf8')) as Record<string, string>;
  const site = process.env.SITE_URL ?? '';
  const keys: Record<string, string> = {};
  const render = paths.filter((p) => {
    const file = pageFile(route, p.params);
    const key = outputKey(codeVersion, site, file, p.props);
    keys[file] = key;
    return reusable[file] !== key;
  });
  const name = crypto.createHash('sha256').update(route).digest('hex').slice(0, 16);
  fs.mkdirSync(path.join(dir, ROUTES_DIR), { recursive: true });
  fs.writeFileSync(path.join(dir, ROUTES_DIR, `${name}.json`), JSON.stringify(keys));
  return render;
}
