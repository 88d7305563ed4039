// Build-level checks on the fixture site: pages exist and hold their data.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const page = (rel: string) => fs.readFileSync(path.join(siteDir, rel), 'utf8');

describe('fixture site', () => {
  it('names each broken fixture seed (and only those) in one line with its reason', () => {
    // The bad-* seeds are there on purpose (tests/security.test.ts, tests/browser/hostile.test.ts).
    expect(inject('buildErrors')).toEqual([
      'bad-binary.txt: binary file (contains NUL bytes), not text',
      'bad-date.txt:3: impossible "published" date "2024-02-30": not a real calendar date',
      'bad-empty.txt: empty document: no text to publish',
      expect.stringMatching(/^bad-front-matter\.md:\d+: broken front matter: /),
      'bad-latin1.txt: not valid UTF-8 text: save the file as UTF-8',
      'bad-page.html: unsupported extension ".html": seeds are .txt or .md files',
    ]);
  });

  it('publishes the seeds with odd but valid names, and a duplicate title under its own slug', () => {
    for (const slug of ['seisme-a-taiwan-au-moins-12-morts', 'volcano', 'floods-force-thousands-from-river-towns-2']) {
      expect(fs.existsSync(path.join(siteDir, 'explainers', slug, 'index.html')), slug).toBe(true);
    }
    expect(page('explainers/floods-force-thousands-from-river-towns-2/index.html')).toContain('as the Lenne river rose');
    expect(page('explainers/floods-force-thousands-from-river-towns/index.html')).toContain('pushed the Lenne river over its banks');
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
      'explainers/trade-ministers-agree-to-resume-talks/index.html',
    ]) {
      expect(fs.existsSync(path.join(siteDir, rel)), rel).toBe(true);
    }
  });

  it('lists stories newest first on the home page', () => {
    const html = page('index.html');
    const order = [
      '/explainers/trade-ministers-agree-to-resume-talks/',
      '/stories/valley-2025-03-13/',
      '/stories/flood-2024-11-02/',
      '/explainers/blinken-calls-for-urgent-gaza-cease-fire-and-regional-stability/',
      '/explainers/health-officials-confirm-cholera-outbreak-in-coastal-province/',
    ].map((href) => html.indexOf(`<a href="${href}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists every published explainer in the archive, newest first, and every report of the home page’s stories', () => {
    const archive = page('archive/index.html');
    const published = fs
      .readdirSync(path.join(siteDir, 'explainers'))
      .filter((slug) => fs.existsSync(path.join(siteDir, 'explainers', slug, 'index.html')));
    expect(published.length).toBeGreaterThan(5);
    for (const slug of published) expect(archive, slug).toContain(`href="/explainers/${encodeURI(slug)}/"`);
    const inArchive = [...archive.matchAll(/<a href="(\/explainers\/[^"]+)"/g)].map((m) => m[1]);
    expect(new Set(inArchive).size).toBe(published.length);
    // The home page's stories link their story page, or their one report's explainer.
    const home = page('index.html');
    const onHome = [...home.matchAll(/<h3 dir="auto"[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(onHome.length).toBeGreaterThan(5);
    for (const href of onHome) {
      if (href.startsWith('/explainers/')) expect(inArchive).toContain(href);
      else expect(href).toMatch(/^\/stories\/[a-z0-9-]+\/$/);
    }
    expect(home).toContain('href="/archive/"');
  });

  it('offers the site-wide timeline as an embed code on its page', () => {
    const html = page('timeline/index.html');
    const code = html.match(/<textarea[^>]*data-embed-code[^>]*>([^<]*)<\/textarea>/);
    expect(code?.[1]).toContain(`src=&quot;${inject('siteUrl')}/embed/all/timeline/&quot;`);
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

describe('explainer pages', () => {
  const explainers = fs.readdirSync(path.join(siteDir, 'explainers')).map((slug) => `explainers/${slug}/index.html`);

  it('link every in-page reference to an element that exists', () => {
    for (const rel of explainers) {
      const html = page(rel);
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(targets.length, rel).toBeGreaterThan(0);
      expect(
        targets.filter((t) => !ids.has(t)),
        rel,
      ).toEqual([]);
    }
  });

  it('never repeats an id on a page', () => {
    for (const rel of explainers) {
      const ids = [...page(rel).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        rel,
      ).toEqual([]);
    }
  });

  it('marks every extracted figure, quote and date in the source text and links it both ways', () => {
    const slug = 'earthquake-in-the-northern-valley-kills-at-least-212';
    const html = page(`explainers/${slug}/index.html`);
    const doc = JSON.parse(fs.readFileSync(path.join(siteDir, '..', 'content', `${slug}.json`), 'utf8'));
    expect(doc.figures.length).toBeGreaterThanOrEqual(4);
    for (const figure of doc.figures) {
      expect(html).toContain(`id="src-${figure.id}"`);
      expect(html).toContain(`href="#src-${figure.id}"`);
    }
    for (const quote of doc.quotes) expect(html).toContain(`id="src-${quote.id}"`);
    // A date links to its row of the timeline's table when the timeline charts it (a dateline is no event).
    const rows = doc.events.filter((event: { id: string }) => html.includes(`id="timeline-${event.id}-row"`));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const event of doc.events) {
      expect(html).toContain(`id="src-${event.id}"`);
      expect(html.includes(`href="#timeline-${event.id}-row"`), event.id).toBe(rows.includes(event));
    }
  });

  it('draws one casualty bar per people-counting figure, with the qualifier as written', () => {
    const html = page('explainers/earthquake-in-the-northern-valley-kills-at-least-212/index.html');
    const chart = html.slice(html.indexOf('id="casualties"'), html.indexOf('id="timeline"'));
    expect(chart).toContain('at least 212');
    expect(chart).toContain('more than 1,400');
    expect((chart.match(/role="graphics-symbol"/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  it('shows no casualty chart for a document without people-counting figures', () => {
    const html = page('explainers/trade-ministers-agree-to-resume-talks/index.html');
    expect(html).not.toContain('data-chart="casualty"');
    expect(html).toContain('data-chart="timeline"');
  });
});
