// Embeds as another site uses them: two embed codes pasted into a page on a different origin, sized by
// embed.js at phone, tablet and desktop widths; messages that must change nothing; axe in both themes;
// the page without JavaScript; the copy button; and the downloads against the charts' data tables.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { parseCsv } from '../../src/embed/csv.ts';
import { pngSize } from '../../src/embed/png.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const quake = 'earthquake-in-the-northern-valley-kills-at-least-212';
// The documents' charts (<slug>/<chart>), with their downloads; a story's series (stories/<story>/<series>)
// has its oEmbed only.
const embeds = fs
  .readdirSync(path.join(siteDir, 'embed'), { recursive: true, encoding: 'utf8' })
  .filter((rel) => rel.endsWith('index.html'))
  .map((rel) => path.dirname(rel).split(path.sep).join('/'))
  .filter((rel) => rel.split('/').length === 2)
  .sort();
/** The series embeds, as "figures/<series>/embed". */
const seriesEmbeds = fs
  .readdirSync(path.join(siteDir, 'figures'))
  .filter((series) => fs.existsSync(path.join(siteDir, 'figures', series, 'embed', 'index.html')))
  .map((series) => `figures/${series}/embed`);

let browser: Browser;
let host: StaticServer;
let hostUrl: string; // the other origin: localhost, not 127.0.0.1
let codes: string[] = [];
const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'embed-host-'));
fs.writeFileSync(path.join(emptyDir, '404.html'), '<!doctype html><title>Not found</title>'); // e.g. the host's /favicon.ico

/** A host article around the embed codes; and a foreign frame that posts our message shape to its parent. */
function hostPages(url: URL): { type: string; body: string } | undefined {
  const html = (body: string) => ({
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><link rel="icon" href="data:,"><style>body{margin:0;font:17px/1.5 Georgia,serif}article{max-width:720px;margin:0 auto;padding:0 12px}</style></head><body>${body}</body></html>`,
  });
  if (url.pathname === '/host.html') {
    return html(
      `<article><h1>A host article</h1><p>Reporting around the charts.</p>${codes[0]}<p>More reporting between them.</p>${codes[1]}<p>The end.</p></article>`,
    );
  }
  if (url.pathname === '/lazy.html') {
    // Embed codes far below the fold: their lazy iframes have not loaded when embed.js runs.
    const spacer = '<p style="height:2500px">Reporting.</p>';
    return html(`<article><h1>A long host article</h1>${spacer}${codes[0]}${spacer}${codes[1]}<p>The end.</p></article>`);
  }
  if (url.pathname === '/foreign.html') {
    return html(`<p>Foreign frame</p><script>
      for (const h of [40, 55, 70]) parent.postMessage({ type: 'news-explainers:resize', height: h }, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 60 }, '*');
      document.title = 'sent';
    </script>`);
  }
  return undefined;
}

beforeAll(async () => {
  browser = await launchChromium();
  host = await startStaticServer(() => emptyDir, hostPages);
  hostUrl = `http://localhost:${host.port}`;
  const page = await browser.newPage();
  await page.goto(`${siteUrl}/explainers/${quake}/`);
  codes = await page.$$eval('[data-embed-code]', (els) => els.map((el) => (el as HTMLTextAreaElement).value));
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  fs.rmSync(emptyDir, { recursive: true, force: true });
});

interface FrameFit {
  src: string;
  outer: number; // the iframe's height on the host page
  content: number; // the embed page's own height
  scrolls: boolean; // the embed page has a vertical scrollbar
}

async function fits(page: Page): Promise<FrameFit[]> {
  const frames = await page.$$('article iframe');
  return Promise.all(
    frames.map(async (handle) => {
      const outer = await handle.evaluate((el) => el.getBoundingClientRect().height);
      const src = (await handle.getAttribute('src')) ?? '';
      const frame = await handle.contentFrame();
      const inner = frame
        ? await frame.evaluate(() => ({
            content: document.documentElement.getBoundingClientRect().height,
            scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
          }))
        : { content: -1, scrolls: true };
      return { src, outer, ...inner };
    }),
  );
}

const settled = (list: FrameFit[]) =>
  list.length === 2 && list.every((f) => f.content > 100 && Math.abs(f.outer - f.content) <= 3 && !f.scrolls);

describe('embed codes on a page of another origin', () => {
  it('reads two embed codes from the explainer page', () => {
    expect(codes).toHaveLength(2);
    expect(codes[0]).toContain(`<iframe src="${siteUrl}/embed/${quake}/casualties/"`);
    expect(codes[1]).toContain(`<iframe src="${siteUrl}/embed/${quake}/timeline/"`);
    expect(hostUrl).not.toBe(siteUrl);
  });

  it('keeps each iframe exactly as tall as its content at 320, 768 and 1280 px', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${hostUrl}/host.html`);
    const report: string[] = [];
    for (const width of [320, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      // Lazy iframes load near the viewport: bring each one into view once.
      for (const frame of await page.$$('article iframe')) await frame.scrollIntoViewIfNeeded();
      await expect.poll(() => fits(page).then(settled), { timeout: 15_000, interval: 200 }).toBe(true);
      for (const f of await fits(page))
        report.push(`${width}px ${f.src.split('/').slice(-2, -1)[0]}: frame ${Math.round(f.outer)} content ${Math.round(f.content)}`);
    }
    console.log(report.join('\n'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('logs nothing to the console when the iframes load lazily below the fold, and sizes them once they load', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 800 } });
    const logged: string[] = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && logged.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
    await page.goto(`${hostUrl}/lazy.html`);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => typeof (window as { __newsExplainersEmbed?: number }).__newsExplainersEmbed)).toBe('number');
    for (const frame of await page.$$('article iframe')) await frame.scrollIntoViewIfNeeded();
    await expect.poll(() => fits(page).then(settled), { timeout: 15_000, interval: 200 }).toBe(true);
    expect(logged).toEqual([]);
    await page.close();
  });

  it('ignores messages from foreign frames, from the host itself and of the wrong shape', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 900 } });
    await page.goto(`${hostUrl}/host.html`);
    for (const frame of await page.$$('article iframe')) await frame.scrollIntoViewIfNeeded();
    await expect.poll(() => fits(page).then(settled), { timeout: 15_000 }).toBe(true);
    const before = (await fits(page)).map((f) => f.outer);

    // A frame on another origin posting our exact shape, and the host page posting to itself.
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = 'Foreign';
      document.body.append(frame);
      window.postMessage({ type: 'news-explainers:resize', height: 45 }, '*');
    }, `${hostUrl}/foreign.html`);
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/foreign.html'))).toBe(true);
    const foreign = page.frames().find((f) => f.url().endsWith('/foreign.html'))!;
    await expect.poll(() => foreign.title()).toBe('sent');

    // Our own frame, but messages of the wrong shape.
    const ours = (await (await page.$('article iframe'))!.contentFrame())!;
    await ours.evaluate(() => {
      const bad: unknown[] = [
        { type: 'news-explainers:resize', height: '45' },
        { type: 'news-explainers:resize', height: Number.NaN },
        { type: 'news-explainers:resize', height: 1e9 },
        { type: 'news-explainers:resize', height: -5 },
        { type: 'news-explainers:resize', height: 45, extra: 1 },
        { type: 'resize', height: 45 },
        'news-explainers:resize',
        null,
      ];
      for (const data of bad) parent.postMessage(data, '*');
    });
    await page.waitForTimeout(400);
    expect((await fits(page)).map((f) => f.outer)).toEqual(before);

    // The control: the same frame with the right shape is obeyed.
    await ours.evaluate(() => parent.postMessage({ type: 'news-explainers:resize', height: 321 }, '*'));
    await expect.poll(async () => (await fits(page))[0].outer).toBe(321);
    expect((await fits(page))[1].outer).toBe(before[1]);
    await page.close();
  });
});

describe('embed pages', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`pass axe with ?theme=${theme}, whatever the reader's own scheme`, async () => {
      const context = await browser.newContext({ colorScheme: theme === 'light' ? 'dark' : 'light' });
      const page = await context.newPage();
      const report: string[] = [];
      page.on('console', (m) => m.type() === 'error' && report.push(`${page.url()} console: ${m.text()}`));
      for (const embed of embeds) {
        await page.goto(`${siteUrl}/embed/${embed}/?theme=${theme}`);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await page.click('.chart-more > summary'); // check the table too
        for (const v of await axeViolations(page))
          report.push(`${embed} [${theme}] ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).join(', ')}`);
      }
      await context.close();
      expect(report).toEqual([]);
      // Every embed page of the fixture site, one after the other: more than a minute on a busy machine.
    }, 300_000);
  }

  it('are light by default, even for a reader in dark mode and without JavaScript; ?theme=auto follows the reader, ?theme=dark is dark', async () => {
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const white = 'rgb(255, 255, 255)';
    const dark = 'rgb(18, 18, 18)';
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled });
      const page = await context.newPage();
      for (const embed of embeds) {
        await page.goto(`${siteUrl}/embed/${embed}/`);
        expect(await background(page), `${embed}, JavaScript ${javaScriptEnabled}`).toBe(white);
      }
      await context.close();
    }
    const darkReader = await browser.newContext({ colorScheme: 'dark' });
    const page = await darkReader.newPage();
    await page.goto(`${siteUrl}/embed/${quake}/timeline/?theme=auto`);
    expect(await background(page)).toBe(dark);
    await page.goto(`${siteUrl}/embed/${quake}/timeline/?theme=auto&background=transparent`);
    expect(await background(page)).toBe('rgba(0, 0, 0, 0)');
    await darkReader.close();
    const lightReader = await browser.newContext({ colorScheme: 'light' });
    const light = await lightReader.newPage();
    await light.goto(`${siteUrl}/embed/${quake}/timeline/?theme=auto`);
    expect(await background(light)).toBe(white);
    await light.goto(`${siteUrl}/embed/${quake}/casualties/?theme=dark`);
    expect(await background(light)).toBe(dark);
    await lightReader.close();
  });

  it('are compact: heading, graphic, credit and links; summary, notes, table and caption behind one toggle', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    const report: string[] = [];
    for (const embed of [...embeds, ...seriesEmbeds]) {
      await page.goto(`${siteUrl}/${embed.startsWith('figures/') ? embed : `embed/${embed}`}/`);
      const state = await page.evaluate(() => {
        const graphic = [...document.querySelectorAll('figure.chart svg, figure.chart ol')]
          .map((el) => el.getBoundingClientRect().height)
          .reduce((a, b) => Math.max(a, b), 0);
        const toggles = document.querySelectorAll('details');
        const hiddenInToggle = ['.chart-summary', '.chart-note', '.chart-caption', 'table'].every((selector) =>
          [...document.querySelectorAll(selector)].every((el) => el.closest('details.chart-more') && !el.checkVisibility()),
        );
        return { page: document.documentElement.getBoundingClientRect().height, graphic, toggles: toggles.length, hiddenInToggle };
      });
      report.push(`${embed}: page ${Math.round(state.page)} px, graphic ${Math.round(state.graphic)} px`);
      expect(state.toggles, embed).toBe(1);
      expect(state.hiddenInToggle, embed).toBe(true);
      // Context line, heading, toggle, credit and downloads: under 260 px besides the graphic at 640 px (it was over 400).
      expect(state.page - state.graphic, embed).toBeLessThan(260);
    }
    console.log(report.join('\n'));
    await page.close();
  });

  it('are complete without JavaScript: chart, summary, table on demand, credit and explainer link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const embed of embeds) {
      await page.goto(`${siteUrl}/embed/${embed}/`);
      const summary = page.locator('.chart-more > summary');
      await summary.click();
      const state = await page.evaluate(() => ({
        heading: document.querySelector('.chart-heading')?.textContent?.trim() ?? '',
        summary: document.querySelector('.chart-summary')?.textContent?.trim() ?? '',
        graphic: [...document.querySelectorAll('figure.chart svg, figure.chart ol')].some((el) => el.getBoundingClientRect().height > 50),
        rows: [...document.querySelectorAll('.chart-more tbody tr')].filter((tr) => tr.getBoundingClientRect().height > 0).length,
        credit: document.querySelector('.embed-credit')?.textContent ?? '',
        link: (() => {
          const a = [...document.querySelectorAll<HTMLAnchorElement>('.embed-credit a[target="_blank"]')].find((el) =>
            el.rel.includes('noopener'),
          );
          return a?.href ?? '';
        })(),
      }));
      expect(state.heading, embed).not.toBe('');
      expect(state.summary, embed).not.toBe('');
      expect(state.graphic, embed).toBe(true);
      expect(state.rows, embed).toBeGreaterThan(0);
      expect(state.credit, embed).toMatch(/Sources?: .+, via News Explainers/);
      expect(state.link, embed).toMatch(new RegExp(`^${siteUrl}/(explainers/[a-z0-9-]+/|timeline/)$`));
    }
    await context.close();
  });

  it('start their iframe close to the real height at the reference width (640 px)', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    const report: string[] = [];
    for (const embed of embeds) {
      const estimate = JSON.parse(fs.readFileSync(path.join(siteDir, 'embed', embed, 'oembed.json'), 'utf8')).height as number;
      await page.goto(`${siteUrl}/embed/${embed}/`);
      const actual = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      report.push(`${embed}: estimate ${estimate}, actual ${Math.round(actual)} (${Math.round(((estimate - actual) / actual) * 100)}%)`);
      expect(Math.abs(estimate - actual) / actual, embed).toBeLessThan(0.1);
    }
    console.log(report.join('\n'));
    await page.close();
  });
});

describe('the copy button on the explainer page', () => {
  it('copies the code and says so; without JavaScript it is hidden and the code still selectable', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/explainers/${quake}/`);
    const tools = page.locator('.embed-tools').first();
    await tools.locator('summary').click();
    await tools.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => tools.getByRole('status').textContent()).toBe('Embed code copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes[0]);
    await context.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const still = await noJs.newPage();
    await still.goto(`${siteUrl}/explainers/${quake}/`);
    await still.locator('.embed-tools summary').first().click();
    expect(await still.locator('.embed-tools button').first().isVisible()).toBe(false);
    const field = still.locator('textarea[data-embed-code]').first();
    expect(await field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(codes[0]);
    await noJs.close();
  });
});

describe('downloads', () => {
  /** The chart's data table where the site shows it: the explainer page, or /timeline/ for the site timeline. */
  async function chartTableRows(page: Page, embed: string): Promise<string[][]> {
    const [slug, chart] = embed.split('/');
    await page.goto(slug === 'all' ? `${siteUrl}/timeline/` : `${siteUrl}/explainers/${slug}/`);
    const figure = slug === 'all' ? '#site-timeline' : chart === 'casualties' ? '#casualties' : '#timeline';
    // An editor's label beside a cell ("corrected by the editors") is the page's, not the data's.
    return page.$$eval(`${figure} table tbody tr`, (rows) =>
      rows.map((tr) =>
        [...tr.children].map((c) => {
          const cell = c.cloneNode(true) as Element;
          for (const mark of cell.querySelectorAll('.edited-mark')) mark.remove();
          return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
        }),
      ),
    );
  }

  it('CSV rows equal the chart data table rows, on the explainer and on the embed page', async () => {
    const page = await browser.newPage();
    for (const embed of embeds) {
      const expected = await chartTableRows(page, embed);
      const [, ...rows] = parseCsv(fs.readFileSync(path.join(siteDir, 'embed', embed, 'data.csv'), 'utf8'));
      // CSV cells a spreadsheet would run get an apostrophe; table cells do not.
      const shown = rows.map((r) => r.slice(0, expected[0]?.length ?? 0).map((c) => c.replace(/^'(?=[=+\-@])/, '')));
      expect(shown, embed).toEqual(expected);
      await page.goto(`${siteUrl}/embed/${embed}/`);
      const embedRows = await page.$$eval('.chart-more tbody tr', (trs) =>
        trs.map((tr) =>
          [...tr.children].map((c) => {
            const cell = c.cloneNode(true) as Element;
            for (const mark of cell.querySelectorAll('.edited-mark')) mark.remove();
            return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
          }),
        ),
      );
      expect(embedRows, embed).toEqual(expected);
    }
    await page.close();
  });

  it('SVG parses as an image of the right size and the PNG is twice that, non-empty', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    for (const embed of embeds) {
      const svg = await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror').length > 0,
          root: root.localName,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          marks: root.querySelectorAll('rect, circle, path').length,
          texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        };
      }, `${siteUrl}/embed/${embed}/chart.svg`);
      expect(svg.error, embed).toBe(false);
      expect(svg.root).toBe('svg');
      expect(svg.width).toBeGreaterThan(300);
      expect(svg.height).toBeGreaterThan(150);
      expect(svg.marks).toBeGreaterThan(1);
      // The credit may wrap onto several <text> lines when the outlet's name is long.
      expect(svg.texts.join(' ')).toMatch(/via News Explainers/);
      const png = fs.readFileSync(path.join(siteDir, 'embed', embed, 'chart.png'));
      expect(pngSize(png)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
      expect(png.byteLength).toBeGreaterThan(5_000);
    }
    await page.close();
  });
});
