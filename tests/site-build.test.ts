// Build-level checks on the fixture site: pages exist and hold their data.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const page = (rel: string) => fs.readFileSync(path.join(siteDir, rel), 'utf8');

describe('fixture site', () => {
  it('builds every fixture seed without errors', () => {
    expect(inject('buildErrors')).toEqual([]);
  });

  it('writes an explainer page per document, a home page, about, 404, feed and sitemap', () => {
    for (const rel of [
      'index.html',
      'about/index.html',
      '404.html',
      'rss.xml',
      'sitemap-index.xml',
      'explainers/earthquake-in-the-northern-valley-kills-at-least-212/index.html',
      'explainers/floods-force-thousands-from-river-towns/index.html',
      'explainers/health-officials-confirm-cholera-outbreak-in-coastal-province/index.html',
      'explainers/blinken-calls-for-urgent-gaza-cease-fire-and-regional-stability/index.html',
    ]) {
      expect(fs.existsSync(path.join(siteDir, rel)), rel).toBe(true);
    }
  });

  it('lists explainers newest first on the home page', () => {
    const html = page('index.html');
    const order = ['earthquake-in-the-northern', 'floods-force', 'blinken-calls', 'health-officials'].map((s) => html.indexOf(`/explainers/${s}`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives every page a title, description, canonical URL and one h1', () => {
    for (const rel of ['index.html', 'about/index.html', 'explainers/floods-force-thousands-from-river-towns/index.html']) {
      const html = page(rel);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="${inject('siteUrl')}/`));
      expect(html).toMatch(/<meta property="og:title"/);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    }
  });
});
