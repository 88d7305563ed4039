// sitemap-index.xml and sitemap-0.xml, …, from the finished site's pages: every `index.html` but the
// embed pages (framed copies of charts, noindex). Written from the files rather than from what Astro
// rendered, because the page cache (page-cache.ts) means Astro renders only the pages that changed.
import fs from 'node:fs';
import path from 'node:path';

/** The sitemaps protocol allows 50,000 URLs per file. */
const URLS_PER_FILE = 50_000;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Site-relative page paths ('/', '/about/', …) of the indexable pages under `siteDir`, sorted. */
export function sitemapPaths(siteDir: string): string[] {
  return fs
    .readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => `/${path.relative(siteDir, entry.parentPath).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'))
    .filter((page) => !/(^|\/)embed\//.test(page))
    .sort();
}

/** The sitemap files for `paths` on `site`: file name -> XML. */
export function sitemapFiles(paths: readonly string[], site: string): Map<string, string> {
  const base = site.replace(/\/?$/, '/');
  const files = new Map<string, string>();
  const header = '<?xml version="1.0" encoding="UTF-8"?>';
  for (let i = 0; i * URLS_PER_FILE < Math.max(paths.length, 1); i++) {
    const urls = paths.slice(i * URLS_PER_FILE, (i + 1) * URLS_PER_FILE).map((p) => `<url><loc>${escapeXml(new URL(p.slice(1), base).href)}</loc></url>`);
    files.set(`sitemap-${i}.xml`, `${header}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`);
  }
  const index = [...files.keys()].map((name) => `<sitemap><loc>${escapeXml(new URL(name, base).href)}</loc></sitemap>`);
  files.set('sitemap-index.xml', `${header}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index.join('')}</sitemapindex>`);
  return files;
}

export function writeSitemap(siteDir: string, site: string): void {
  for (const [name, xml] of sitemapFiles(sitemapPaths(siteDir), site)) fs.writeFileSync(path.join(siteDir, name), xml);
}
