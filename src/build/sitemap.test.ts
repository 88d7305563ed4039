import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sitemapFiles, sitemapPaths, writeSitemap } from './sitemap.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('sitemapPaths', () => {
  it('lists every index page but the embeds, sorted, with trailing slashes', () => {
    const files = [
      'index.html',
      '404.html',
      'about/index.html',
      'explainers/b/index.html',
      'explainers/a/index.html',
      'embed/a/timeline/index.html',
      'figures/killed/embed/index.html',
      'figures/killed/index.html',
      'rss.xml',
      'people/x/notindex.html',
    ];
    expect(sitemapPaths(files)).toEqual(['/', '/about/', '/explainers/a/', '/explainers/b/', '/figures/killed/']);
  });
});

describe('sitemapFiles', () => {
  it('writes absolute, percent-encoded, XML-escaped URLs under the site URL and its base path', () => {
    const files = sitemapFiles(['/', '/explainers/séisme-&-crue/'], 'https://news.example.org/explainers-site');
    const urls = [...files.get('sitemap-0.xml')!.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toEqual([
      'https://news.example.org/explainers-site/',
      'https://news.example.org/explainers-site/explainers/s%C3%A9isme-&amp;-crue/',
    ]);
    expect(files.get('sitemap-index.xml')).toContain('<loc>https://news.example.org/explainers-site/sitemap-0.xml</loc>');
    expect(files.get('sitemap-0.xml')).not.toMatch(/<lastmod>/);
  });

  it('splits at 50,000 URLs per file, as the protocol requires', () => {
    const paths = Array.from({ length: 50_001 }, (_, i) => `/p/${i}/`);
    const files = sitemapFiles(paths, 'https://example.org/');
    expect([...files.keys()].sort()).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-1.xml')!.match(/<url>/g)).toHaveLength(1);
    expect(files.get('sitemap-index.xml')!.match(/<sitemap>/g)).toHaveLength(2);
  });

  it('still writes one (empty) sitemap for a site with no pages', () => {
    expect(sitemapFiles([], 'https://example.org/').get('sitemap-0.xml')).toMatch(/<urlset[^>]*><\/urlset>$/);
  });
});

describe('writeSitemap', () => {
  it('writes the files into the folder given and names them', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'));
    expect(writeSitemap(dir, 'https://example.org/', ['index.html', 'people/ada/index.html']).sort()).toEqual([
      'sitemap-0.xml',
      'sitemap-index.xml',
    ]);
    expect(fs.readFileSync(path.join(dir!, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://example.org/people/ada/</loc>');
  });
});
