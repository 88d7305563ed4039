// sitemap-index.xml and sitemap-0.xml, …, from the finished site's pages: every `index.html` but the
// embed pages (framed copies of charts, noindex). Written from the site's files rather than from what
// Astro rendered, because the output cache (output-cache.ts) means Astro renders only the pages that changed.
import fs from 'node:fs';
import path from 'node:path';
import { escapeXml } from '../lib/escape-xml.ts';

/** The sitemaps protocol allows 50,000 URLs per file. */
const URLS_PER_FILE = 50_000;

/** Site-relative page paths ('/', '/about/', …) of the indexable pages among a site's files ('about/index.html', …), sorted. */
export function sitemapPaths(files: Iterable<string>): string[] {
  return [...files]
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .filter((page) => !/(^|\/)embed\//.test(page))
    .sort();
}

/** The sitemap files for `paths` on `site`: file name -> XML. */
export function sitemapFiles(paths: readonly string[], site: string): Map<string, string> {
  const base = site.replace(/\/?$/, '/');
  const files = new Map<string, string>();
  const header = '<?xml version="1.0" encoding="UTF-8"?>';
  for (let i = 0; i * URLS_PER_FILE < Math.max(paths.length, 1); i++) {
    const urls = paths
      .slice(i * URLS_PER_FILE, (i + 1) * URLS_PER_FILE)
      .map((p) => `<url><loc>${escapeXml(new URL(p.slice(1), base).href)}</loc></url>`);
    files.set(`sitemap-${i}.xml`, `${header}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`);
  }
  const index = [...files.keys()].map((name) => `<sitemap><loc>${escapeXml(new URL(name, base).href)}</loc></sitemap>`);
  files.set(
    'sitemap-index.xml',
    `${header}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index.join('')}</sitemapindex>`,
  );
  return files;
}

/** Writes the sitemaps of a site whose files are `files` into `dir`; returns their names. */
export function writeSitemap(dir: string, site: string, files: Iterable<string>): string[] {
  const sitemaps = sitemapFiles(sitemapPaths(files), site);
  for (const [name, xml] of sitemaps) fs.writeFileSync(path.join(dir, name), xml);
  return [...sitemaps.keys()];
}
