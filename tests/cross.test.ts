// Build-level checks of the cross-document pages on the fixture site: the merged home timeline, the
// figures-over-time series, the people pages, the search index and the header entry points.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from './helpers/site-pages.ts';

const siteDir = inject('siteDir');
const page = (rel: string) => fs.readFileSync(path.join(siteDir, rel), 'utf8');
const exists = (rel: string) => fs.existsSync(path.join(siteDir, rel));
const QUAKE = 'earthquake-in-the-northern-valley-kills-at-least-212';
const UPDATE = 'quake-death-toll-rises-to-260-as-rescuers-search-the-valley';
/** The text of an element's contents with tags removed and whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('home timeline', () => {
  it('shows an event two documents report once, naming both, linked to the earlier report', () => {
    const html = page('index.html');
    const table = html.slice(html.indexOf('id="site-timeline-table-caption"'));
    const rows = [...table.matchAll(/<tr data-ref="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({
      ref: m[1],
      text: text(m[2]),
      html: m[2],
    }));
    const thursday = rows.filter((r) => r.text.startsWith('13 Mar 2025'));
    expect(thursday).toHaveLength(1);
    expect(thursday[0].text).toContain(
      'Earthquake in the northern valley kills at least 212; Quake death toll rises to 260 as rescuers search the valley',
    );
    expect(thursday[0].html).toContain(`href="/explainers/${QUAKE}/#src-event-2"`);
    // Different events stay apart: every dated event of every document is on the timeline once or merged.
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(new Set(rows.map((r) => r.ref)).size).toBe(rows.length);
  });
});

describe('figures over time', () => {
  it('lists every series on /figures/ with a link to its page', () => {
    const html = page('figures/index.html');
    for (const slug of ['killed-people', 'injured-people', 'displaced-palestinian', 'killed-israeli']) {
      expect(html, slug).toContain(`href="/figures/${slug}/"`);
      expect(exists(`figures/${slug}/index.html`), slug).toBe(true);
    }
  });

  it('plots each report of the death toll at its publication date, linked to its sentence, same-day reports apart', () => {
    const html = page('figures/killed-people/index.html');
    expect(html).toContain('data-chart="figures-over-time"');
    expect(html).toContain('role="graphics-document"');
    const allMarks = [...html.matchAll(/<a class="chart-mark fot-point" href="([^"]+)"[^>]*aria-label="([^"]+)"/g)].map((m) => ({
      href: m[1],
      name: m[2],
    }));
    // The hostile fixtures report deaths too; these checks follow the four ordinary reports.
    const ordinary = [
      'health-officials-confirm-cholera-outbreak-in-coastal-province',
      'floods-force-thousands-from-river-towns',
      QUAKE,
      UPDATE,
    ];
    const marks = allMarks.filter((m) => ordinary.some((slug) => m.href.startsWith(`/explainers/${slug}/`)));
    expect(marks.map((m) => m.name.split(':')[0])).toEqual(['20 Sep 2023', '4 Nov 2024', '15 Mar 2025', '17 Mar 2025', '17 Mar 2025']);
    expect(marks.find((m) => m.name.startsWith('15 Mar 2025'))!.href).toBe(`/explainers/${QUAKE}/#src-figure-1`);
    const update = marks.filter((m) => m.href.startsWith(`/explainers/${UPDATE}/`));
    expect(update.map((m) => m.name.match(/: (.*?) people killed/)![1]).sort()).toEqual(['275', 'at least 260']);
    // Every link lands on an element the explainer has.
    for (const m of allMarks) {
      const [pathPart, anchor] = m.href.split('#');
      expect(page(`${pathPart.slice(1)}index.html`)).toContain(`id="${anchor}"`);
    }
    // The two 17 Mar reports are separate dots, not one averaged point.
    const dots = [...html.matchAll(/<circle class="fot-dot[^"]*" cx="([\d.]+)%" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(dots).toHaveLength(allMarks.length);
    expect(new Set(dots.map(([cx]) => cx)).size).toBe(allMarks.length);
    // The data table lists the same reports.
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(text(table)).toContain('17 Mar 2025 at least 260 the national disaster agency Quake death toll rises to 260');
    expect((table.match(/<tr data-ref=/g) ?? []).length).toBe(allMarks.length);
  });
});

describe('people', () => {
  it('indexes everyone quoted with role and counts', () => {
    const html = page('people/index.html');
    const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]));
    expect(rows).toContain('Mara Okonjo · Person head of the regional rescue service 2 2');
    expect(rows).toContain('Matthew Miller · Person spokesman 5 1');
    for (const slug of ['mara-okonjo', 'matthew-miller', 'leila-haddad', 'ines-marlow', 'ana-ferreira']) {
      expect(html).toContain(`href="/people/${slug}/"`);
      expect(exists(`people/${slug}/index.html`), slug).toBe(true);
    }
  });

  it('groups a person’s quotes across documents by date, each linking to its quote on the explainer', () => {
    const html = page('people/mara-okonjo/index.html');
    const days = [...html.matchAll(/<h2 id="day-\d+"[^>]*><time datetime="([^"]+)"/g)].map((m) => m[1]);
    expect(days).toEqual(['2025-03-17', '2025-03-15']);
    for (const slug of [UPDATE, QUAKE]) {
      expect(html).toContain(`href="/explainers/${slug}/#quote-1"`);
      expect(page(`explainers/${slug}/index.html`)).toContain('id="quote-1"');
    }
    expect(html).toContain('every hour makes it harder');
  });
});

describe('search', () => {
  it('builds a Pagefind index of the explainers only, in shards the search page merges', () => {
    expect(exists('pagefind/pagefind.js')).toBe(true);
    // The fixture site is built with four documents to a shard, so that there are several.
    const shards = ['/pagefind/', ...(JSON.parse(page('pagefind-shards.json')) as string[])];
    expect(shards.length).toBeGreaterThanOrEqual(3);
    let pages = 0;
    for (const shard of shards) {
      const entry = JSON.parse(page(`${shard.slice(1)}pagefind-entry.json`));
      pages += Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    }
    expect(pages).toBe(fs.readdirSync(path.join(siteDir, 'explainers')).length);
  });

  it('allows WebAssembly on /search/ only, and offers a labelled search form', () => {
    const csp = (html: string) => html.match(/http-equiv="content-security-policy" content="([^"]+)"/)![1];
    const search = page('search/index.html');
    expect(csp(search)).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp(page('index.html'))).not.toContain('wasm-unsafe-eval');
    expect(search).toMatch(/<form role="search"[^>]*action="\/search\/"/);
    expect(search).toMatch(/<label id="search-label" for="search-q"/);
  });

  it('links search, figures and people from the header of every page', () => {
    // Embed pages (/embed/…, /figures/<series>/embed/) are framed charts without the site's header.
    for (const rel of htmlPages(siteDir).filter((p) => !/(^|\/)embed\//.test(p))) {
      const html = page(`${rel.slice(1)}${rel.endsWith('/') ? 'index.html' : ''}`);
      const nav = html.slice(html.indexOf('<nav aria-label="Site"'), html.indexOf('</nav>'));
      for (const href of ['/search/', '/figures/', '/people/']) expect(nav, `${rel} ${href}`).toContain(`href="${href}"`);
    }
  });
});
