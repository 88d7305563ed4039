// Build-level checks of the cross-document pages on the fixture site: the stories (tests/fixtures/seeds/
// story-*, written for the story rules) and the home page that leads with them, the site-wide timeline,
// figures over time, the people pages, the search index and the header entry points.
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

const FIRE = 'keswick-2025-05-01';
const FIRE_REPORTS = [
  'fire-at-port-keswick-fuel-depot-kills-at-least-9',
  'port-keswick-depot-fire-toll-rises-to-14',
  'union-says-17-died-in-port-keswick-depot-blaze',
  'port-keswick-fire-toll-revised-down-to-12-after-double-count',
  'inquiry-opens-into-port-keswick-depot-fire-as-toll-reaches-15',
];
/** The story cards of the home page: their links and text. */
const homeStories = () => {
  const html = page('index.html');
  const list = html.slice(html.indexOf('<ol class="stories"'), html.indexOf('</ol>', html.lastIndexOf('class="story-events"')) + 5);
  return [...list.matchAll(/<h3 dir="auto"[^>]*>\s*<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({ href: m[1], title: m[2] }));
};
/** The hrefs of a story page's reports, in order. */
const storyReports = (slug: string) => {
  const html = page(`stories/${slug}/index.html`);
  const list = html.slice(html.indexOf('<ol class="reports"'), html.indexOf('</ol>', html.indexOf('<ol class="reports"')));
  return [...list.matchAll(/<a href="\/explainers\/([^/]+)\/"/g)].map((m) => m[1]);
};

describe('stories', () => {
  it('tells the depot fire as one story of five reports, in order, on a page of its own', () => {
    expect(storyReports(FIRE)).toEqual(FIRE_REPORTS);
    const html = page(`stories/${FIRE}/index.html`);
    expect(html).toMatch(/<h1 dir="auto"[^>]*>Inquiry opens into Port Keswick depot fire as toll reaches 15<\/h1>/);
    expect(text(html)).toContain('5 reports, published 2 May 2025 to 9 May 2025');
    // Each report's explainer links back to the story.
    for (const slug of FIRE_REPORTS) expect(page(`explainers/${slug}/index.html`)).toContain(`href="/stories/${FIRE}/"`);
  });

  it('merges the fire the reports tell to one event on the story’s timeline, naming their outlets', () => {
    // The Evening Ledger names the fire only inside the union's claim ("Seventeen workers died in Thursday's
    // blaze, the union said"): no label can say who did what without stating the claim as fact, so its
    // date waits for an editor and the row names the two outlets that tell the fire itself.
    const html = page(`stories/${FIRE}/index.html`);
    const table = html.slice(html.indexOf('id="story-timeline-table-caption"'));
    const rows = [...table.matchAll(/<tr data-ref="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => text(m[2]));
    const fireDay = rows.filter((r) => r.startsWith('1 May 2025'));
    expect(fireDay).toHaveLength(1);
    expect(fireDay[0]).toContain('Harbour Gazette; Coastline Wire');
    expect(fireDay[0]).not.toContain('Evening Ledger');
  });

  it('keeps two unrelated deaths of the same days apart: no story page, their own explainers', () => {
    for (const slug of ['bus-plunges-into-gorge-near-altavilla-killing-23', 'ferry-capsizes-off-saint-brel-31-dead']) {
      expect(homeStories().map((s) => s.href)).toContain(`/explainers/${slug}/`);
      expect(page(`explainers/${slug}/index.html`)).not.toContain('href="/stories/');
    }
  });

  it('joins the reports an editor named alike and splits those named apart', () => {
    expect(storyReports('valmora-dam-collapse')).toEqual([
      'inspectors-warned-of-cracks-in-valmora-dam-wall',
      'dam-bursts-above-three-villages-8-dead',
    ]);
    expect(storyReports('storm-ilse')).toEqual(['storm-ilse-floods-cardew-harbour']);
    expect(storyReports('cardew-council-election')).toEqual(['storm-ilse-forces-cardew-council-to-postpone-election']);
    // Without names, the two earthquake reports and the two flood reports are joined by what they say.
    expect(storyReports('valley-2025-03-13')).toEqual([QUAKE, UPDATE]);
  });

  it('leads the home page with the latest stories, each with headline facts and a compact timeline', () => {
    const stories = homeStories();
    expect(stories.slice(0, 4).map((s) => s.href)).toEqual([
      '/stories/cardew-council-election/',
      '/stories/storm-ilse/',
      '/explainers/trade-ministers-agree-to-resume-talks/',
      '/stories/valmora-dam-collapse/',
    ]);
    const html = page('index.html');
    const start = html.indexOf(`href="/stories/${FIRE}/"`);
    const card = html.slice(start, html.indexOf('<h3', start));
    expect(text(card)).toContain('5 reports · 2 May 2025 to 9 May 2025 · Harbour Gazette, Coastline Wire, The Evening Ledger');
    expect(card).toContain('<ul class="headline-figures"');
    expect(text(card)).toContain('15 people killed');
    const events = [...card.slice(card.indexOf('class="story-events"')).matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.length).toBeLessThanOrEqual(3);
    expect(events).toEqual([...events].sort());
    expect(events[0]).toBe('2025-05-01'); // how it began
    // No site-wide chart of unrelated stories on the home page; it has a page of its own.
    expect(html).not.toContain('id="site-timeline"');
    expect(html).toContain('href="/timeline/"');
  });

  it('names each event’s story on the site-wide timeline, and draws no forecast or mention', () => {
    const html = page('timeline/index.html');
    const table = html.slice(html.indexOf('id="site-timeline-table-caption"'));
    const rows = [...table.matchAll(/<tr data-ref="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => text(m[2]));
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) expect(row).toMatch(/Story: /);
    const thursday = rows.filter((r) => r.startsWith('13 Mar 2025'));
    expect(thursday).toHaveLength(1);
    expect(thursday[0]).toContain('Story: Quake death toll rises to 260 as rescuers search the valley');
    const data = JSON.parse(page('embed/all/timeline/data.json')) as { events: Array<{ kind: string; source: string }> };
    expect(data.events.every((e) => e.kind === 'happened' && e.source.startsWith('Story: '))).toBe(true);
  });
});

describe('figures over time', () => {
  it('draws no series across stories: each series page links only its own story’s explainers', () => {
    // Series are made from facts (src/extract/facts): every dot of a story's series links a report of
    // that story, and there is no site-wide series page joining stories.
    let dotsSeen = 0;
    for (const slug of fs.readdirSync(path.join(siteDir, 'stories'))) {
      const html = page(`stories/${slug}/index.html`);
      const reports = new Set(storyReports(slug));
      const dots = [...html.matchAll(/<a class="chart-mark fot-point" href="\/explainers\/([^/]+)\//g)].map((m) => m[1]);
      for (const doc of dots) expect(reports.has(doc), `${slug}: ${doc}`).toBe(true);
      dotsSeen += dots.length;
    }
    expect(dotsSeen).toBeGreaterThan(4);
    expect(exists('figures/killed-people/index.html')).toBe(false);
    // The figures index lists each story's series under its story, linked to its chart on the story page.
    expect(page('figures/index.html')).toContain('href="/stories/keswick-2025-05-01/#figures-killed-worker"');
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
    // Embed pages (/embed/…) are framed charts without the site's header.
    for (const rel of htmlPages(siteDir).filter((p) => !/(^|\/)embed\//.test(p))) {
      const html = page(`${rel.slice(1)}${rel.endsWith('/') ? 'index.html' : ''}`);
      const nav = html.slice(html.indexOf('<nav aria-label="Site"'), html.indexOf('</nav>'));
      for (const href of ['/search/', '/figures/', '/people/']) expect(nav, `${rel} ${href}`).toContain(`href="${href}"`);
    }
  });
});
