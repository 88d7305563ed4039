// Build-level checks of the embeds: which pages exist, what they hold, how much they weigh, and the
// embed codes, oEmbed files, host script and downloads written beside them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BOM, parseCsv } from '../src/embed/csv.ts';
import { pngSize } from '../src/embed/png.ts';
import { svgSize } from '../src/embed/standalone-svg.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const read = (rel: string) => fs.readFileSync(path.join(siteDir, rel), 'utf8');
const exists = (rel: string) => fs.existsSync(path.join(siteDir, rel));
const quake = 'earthquake-in-the-northern-valley-kills-at-least-212';
const trade = 'trade-ministers-agree-to-resume-talks';

/** Every embed page of a document's chart as "slug/chart" (a story's series are stories/<story>/<series>). */
const embeds = fs
  .readdirSync(path.join(siteDir, 'embed'), { recursive: true, encoding: 'utf8' })
  .filter((rel) => rel.endsWith('index.html'))
  .map((rel) => path.dirname(rel).split(path.sep).join('/'))
  .filter((rel) => rel.split('/').length === 2)
  .sort();
const explainers = fs.readdirSync(path.join(siteDir, 'explainers'));
/** Every series embed page's folder: "embed/stories/<story>/<series>". */
const seriesEmbeds = fs
  .readdirSync(path.join(siteDir, 'embed'), { recursive: true, encoding: 'utf8' })
  .filter((rel) => rel.endsWith('index.html') && rel.startsWith(`stories${path.sep}`))
  .map((rel) => `embed/${path.dirname(rel).split(path.sep).join('/')}`)
  .sort();

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
function embedCodes(html: string): string[] {
  return [...html.matchAll(/<textarea[^>]*data-embed-code[^>]*>([^<]*)<\/textarea>/g)].map((m) => decode(m[1]));
}

describe('embed pages', () => {
  it('exist for exactly the charts each explainer shows, plus the site-wide timeline', () => {
    const expected: string[] = ['all/timeline'];
    for (const slug of explainers) {
      const html = read(`explainers/${slug}/index.html`);
      if (html.includes('data-chart="casualty"')) expected.push(`${slug}/casualties`);
      if (html.includes('data-chart="timeline"')) expected.push(`${slug}/timeline`);
    }
    expect(embeds).toEqual(expected.sort());
    // A document without people-counting figures has no casualty embed.
    expect(embeds).toContain(`${trade}/timeline`);
    expect(embeds).not.toContain(`${trade}/casualties`);
  });

  it('hold the chart and its title, then summary, notes, table and caption behind one toggle, a credit and a link to the explainer', () => {
    const html = read(`embed/${quake}/casualties/index.html`);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<figure class="chart casualty"/);
    expect(html).toMatch(/<h2 class="chart-heading"[^>]*>At least 212 people killed; more than 1,400 people injured/);
    expect(html.match(/<details/g)).toHaveLength(1);
    const toggle =
      /<details class="chart-more"><summary>About this chart and its data<\/summary>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    expect(toggle).toMatch(/^<p class="chart-summary"/);
    expect(toggle).toMatch(/<p class="chart-note">Source: (the Red Crescent|the national disaster agency); (?!\1)[^<]+\.<\/p>/);
    expect(toggle).toMatch(/<table class="chart-table stacked">/);
    expect(toggle).toMatch(/<p class="chart-caption">Numbers of people/);
    expect(html.indexOf('<svg')).toBeLessThan(html.indexOf('<details'));
    expect(html).toContain('Source: Example Wire, via News Explainers');
    expect(html).toContain(`<a href="${siteUrl}/explainers/${quake}/" target="_blank" rel="noopener">`);
    expect(html).not.toMatch(/<header class="site-header"|<footer class="site-footer"/);
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${siteUrl}/embed/${quake}/casualties/oembed.json"`);
  });

  it('use no inline style attributes or event handlers (the CSP forbids them)', () => {
    for (const embed of embeds) {
      const html = read(`embed/${embed}/index.html`);
      expect(html, embed).not.toMatch(/\sstyle="/);
      expect(html, embed).not.toMatch(/\son[a-z]+="/);
      expect(html, embed).toMatch(/<meta http-equiv="content-security-policy"/);
    }
  });

  // Their weight (under 30 KB gzipped) is measured by `npm run weigh`, with the other size budgets.
  it('load nothing from other sites', () => {
    for (const embed of embeds) {
      const html = read(`embed/${embed}/index.html`);
      const refs = [
        ...html.matchAll(
          /<(?:script[^>]*\ssrc|link[^>]*rel="(?:stylesheet|icon|preload|modulepreload)"[^>]*\shref|img[^>]*\ssrc)="([^"]+)"/g,
        ),
      ].map((m) => m[1]);
      for (const ref of refs) expect(new URL(ref, `${siteUrl}/embed/${embed}/`).origin, `${embed} loads ${ref}`).toBe(siteUrl);
    }
  });

  it('are left out of the sitemap', () => {
    const sitemaps = fs.readdirSync(siteDir).filter((f) => /^sitemap.*\.xml$/.test(f));
    for (const file of sitemaps) expect(read(file)).not.toContain('/embed/');
  });
});

describe('embed codes on explainer pages', () => {
  it('give each chart an iframe with a title, lazy loading, full width, a starting height and no border, plus the sizing script', () => {
    for (const slug of explainers) {
      const html = read(`explainers/${slug}/index.html`);
      const codes = embedCodes(html);
      const charts = embeds.filter((e) => e.startsWith(`${slug}/`));
      expect(codes, slug).toHaveLength(charts.length);
      codes.forEach((code, i) => {
        const [frame, script] = code.split('\n');
        expect(frame).toMatch(
          new RegExp(
            `^<iframe src="${siteUrl}/embed/${charts[i]}/" title="Chart: [^"]+" loading="lazy" width="100%" height="\\d+" frameborder="0" style="border:0;[^"]*"></iframe>$`,
          ),
        );
        expect(script).toBe(`<script async src="${siteUrl}/embed.js"></script>`);
        const height = Number(/height="(\d+)"/.exec(frame)![1]);
        expect(height).toBeGreaterThan(200);
        expect(height).toBeLessThan(3000);
      });
      // Labelled, with a copy button that only JavaScript reveals.
      expect(html.match(/<label for="embed-code-/g) ?? []).toHaveLength(charts.length);
      expect(html.match(/<button type="button" data-copy-embed="[^"]+" hidden[\s>]/g) ?? []).toHaveLength(charts.length);
      for (const chart of charts)
        expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${siteUrl}/embed/${chart}/oembed.json"`);
    }
  });
});

describe('oEmbed', () => {
  it('describes each chart as a rich embed whose html is the iframe of its embed code', () => {
    for (const embed of embeds) {
      const json = JSON.parse(read(`embed/${embed}/oembed.json`));
      expect(json).toMatchObject({
        version: '1.0',
        type: 'rich',
        provider_name: 'News Explainers',
        provider_url: `${siteUrl}/`,
        width: 640,
      });
      expect(json.height).toBeGreaterThan(200);
      expect(json.title).toMatch(/^Chart: /);
      expect(json.html).toMatch(new RegExp(`^<iframe src="${siteUrl}/embed/${embed}/"[^>]* height="${json.height}"`));
      const slug = embed.split('/')[0];
      if (slug !== 'all') expect(embedCodes(read(`explainers/${slug}/index.html`)).some((code) => code.startsWith(json.html))).toBe(true);
    }
  });

  it("names each chart's PNG, series included, as its thumbnail, with the PNG's own size", () => {
    expect(seriesEmbeds.length).toBeGreaterThan(2);
    for (const folder of [...embeds.map((embed) => `embed/${embed}`), ...seriesEmbeds]) {
      const json = JSON.parse(read(`${folder}/oembed.json`));
      const png = pngSize(fs.readFileSync(path.join(siteDir, folder, 'chart.png')));
      expect(json, folder).toMatchObject({
        thumbnail_url: `${siteUrl}/${folder}/chart.png`,
        thumbnail_width: png.width,
        thumbnail_height: png.height,
      });
    }
  });
});

describe('host script', () => {
  it('trusts only the site origin', () => {
    const js = read('embed.js');
    expect(js).toContain(`var O = "${siteUrl}"`);
  });
});

describe('downloads', () => {
  it('are written for every embed and linked from its page', () => {
    for (const embed of embeds) {
      const html = read(`embed/${embed}/index.html`);
      for (const file of ['data.csv', 'data.json', 'chart.svg', 'chart.png']) {
        expect(exists(`embed/${embed}/${file}`), `${embed}/${file}`).toBe(true);
        expect(html).toContain(`href="/embed/${embed}/${file}" download`);
      }
    }
  });

  it('are written for every series embed too, linked from its page, the CSV one row per report', () => {
    for (const folder of seriesEmbeds) {
      const html = read(`${folder}/index.html`);
      for (const file of ['data.csv', 'data.json', 'chart.svg', 'chart.png']) {
        expect(exists(`${folder}/${file}`), `${folder}/${file}`).toBe(true);
        expect(html).toContain(`href="/${folder}/${file}" download`);
      }
      const [header, ...rows] = parseCsv(read(`${folder}/data.csv`));
      const json = JSON.parse(read(`${folder}/data.json`));
      expect(header.slice(0, 4)).toEqual(['Published', 'Figure as reported', 'Reported by', 'Explainer']);
      expect(rows.length, folder).toBe(json.series.points.length);
      expect(rows.map((r) => Number(r[4]))).toEqual(json.series.points.map((p: { value: number }) => p.value));
      const svg = svgSize(read(`${folder}/chart.svg`));
      expect(pngSize(fs.readFileSync(path.join(siteDir, folder, 'chart.png')))).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    }
  });

  it('CSV: UTF-8 with BOM, a header and one row per datum of the JSON', () => {
    for (const embed of embeds) {
      const csv = read(`embed/${embed}/data.csv`);
      expect(csv.startsWith(BOM), embed).toBe(true);
      const [header, ...rows] = parseCsv(csv);
      const json = JSON.parse(read(`embed/${embed}/data.json`));
      const data = embed.endsWith('/casualties') ? json.facts : json.events.filter((e: { date: string | null }) => e.date);
      expect(header[0]).toBe(embed.endsWith('/casualties') ? 'Measure' : 'Date');
      expect(rows.length, embed).toBe(data.length);
      expect(rows.every((r) => r.length === header.length)).toBe(true);
    }
  });

  it('JSON: the collection data of the chart with its provenance', () => {
    const json = JSON.parse(read(`embed/${quake}/casualties/data.json`));
    expect(json).toMatchObject({
      chart: 'casualties',
      explainer: `${siteUrl}/explainers/${quake}/`,
      document: { slug: quake, source: 'Example Wire' },
    });
    // The chart's facts, in the order drawn, each with its reports, and the figures they come from.
    expect(json.facts[0]).toMatchObject({ id: expect.stringMatching(/^fact-\d+$/), value: 212, qualifier: 'at least', measure: 'killed' });
    expect(json.facts[0].reports[0]).toMatchObject({ figure: expect.stringMatching(/^figure-\d+$/), value: 212 });
    expect(json.figures.map((f: { id: string }) => f.id)).toContain(json.facts[0].reports[0].figure);
  });

  it('SVG and PNG: sized images, the PNG at twice the SVG', () => {
    for (const embed of embeds) {
      const svg = read(`embed/${embed}/chart.svg`);
      const size = svgSize(svg);
      expect(size.width).toBeGreaterThan(300);
      expect(size.height).toBeGreaterThan(150);
      // The credit wraps onto several <text> lines when the outlet's name is long.
      expect(svg).toMatch(/via(<\/text><text[^>]*>| )News(<\/text><text[^>]*>| )Explainers/);
      const png = fs.readFileSync(path.join(siteDir, `embed/${embed}/chart.png`));
      expect(pngSize(png), embed).toEqual({ width: size.width * 2, height: size.height * 2 });
      expect(png.byteLength).toBeGreaterThan(5_000);
    }
  });
});

describe('share images', () => {
  it('give every explainer a 1200 × 630 PNG, named by og:image with its size and alt, and a large Twitter card', () => {
    for (const slug of explainers) {
      const html = read(`explainers/${slug}/index.html`);
      const png = fs.readFileSync(path.join(siteDir, 'explainers', slug, 'share.png'));
      expect(pngSize(png), slug).toEqual({ width: 1200, height: 630 }); // pngSize reads the PNG signature first
      expect(png.byteLength, slug).toBeGreaterThan(10_000);
      expect(html).toContain(`<meta property="og:image" content="${siteUrl}/explainers/${slug}/share.png">`);
      expect(html).toContain('<meta property="og:image:width" content="1200">');
      expect(html).toContain('<meta property="og:image:height" content="630">');
      expect(html).toMatch(/<meta property="og:image:alt" content="[^"]+">/);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    }
    const quakePage = read(`explainers/${quake}/index.html`);
    expect(quakePage).toContain(
      '<meta property="og:image:alt" content="Earthquake in the northern valley kills at least 212: at least 212 people killed; more than 1,400 people injured; nearly 90 people missing">',
    );
    // Other pages keep the small card and name no image.
    expect(read('index.html')).toContain('<meta name="twitter:card" content="summary">');
    expect(read('index.html')).not.toContain('og:image');
  });
});
