// Story pages with figures over time, as readers meet them in Chromium. The fixture site has no facts
// yet (src/extract/facts is a stub until it lands, and series are made from facts only), so this file
// builds a small site of its own from the story fixtures with facts set by hand
// (tests/helpers/story-fixtures.ts): the views are computed as the build computes them and handed to
// Astro the same way. Checked with axe in both themes, without JavaScript, by keyboard and at 320 px.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { htmlPages } from '../helpers/site-pages.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { fireStory, unrelatedDeaths } from '../helpers/story-fixtures.ts';
import { siteViews } from '../../src/cross/site-views.ts';
import { writeContentFolder } from '../../src/build/content-folder.ts';
import { startAstro, useCompileCache } from '../../src/build/astro-process.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const STORY = '/stories/keswick-2025-05-01/';
const documents = [...fireStory(), ...unrelatedDeaths()];
const reports = new Set(fireStory().map((doc) => doc.slug));
let work: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainers-stories-'));
  dist = path.join(work, 'dist');
  server = await startStaticServer(() => dist);
  const contentDir = path.join(work, 'content');
  const ready = path.join(contentDir, 'ready');
  writeContentFolder(contentDir, { documents, ...siteViews(documents) });
  fs.writeFileSync(ready, '');
  const cacheDir = path.join(work, 'cache');
  const astro = startAstro({
    root,
    staging: dist,
    contentDir,
    ready,
    site: new URL(server.url),
    cacheDir,
    compileCache: useCompileCache(cacheDir),
    quiet: true,
  });
  const finished = await astro.first;
  astro.stop();
  if (finished.status !== 0) throw new Error(`the stories site did not build:\n${finished.output.slice(-3000)}`);
  pages = htmlPages(dist);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('a story page with figures over time', () => {
  it('has its page and an embed page per series', () => {
    expect(pages).toContain(STORY);
    expect(pages).toContain(`${STORY}embed/killed-worker/`);
    expect(pages.filter((p) => p.startsWith(`${STORY}embed/`))).toHaveLength(3);
  });

  it('shows every chart’s marks and data table without JavaScript; each dot links a report of this story', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${STORY}`);
    const charts = await page.$$eval('figure.figures-over-time', (figures) =>
      figures.map((f) => ({
        id: f.id,
        marks: [...f.querySelectorAll('svg a.chart-mark')].map((a) => ({
          href: a.getAttribute('href') ?? '',
          cx: Number(a.querySelector('circle')?.getAttribute('cx')),
          name: a.getAttribute('aria-label') ?? '',
        })),
        rows: f.querySelectorAll('table tbody tr').length,
        visible: [...f.querySelectorAll('svg')].some((svg) => svg.getBoundingClientRect().height > 0),
      })),
    );
    await context.close();
    expect(charts.map((c) => c.id)).toEqual(['figures-killed-worker', 'figures-missing-worker', 'figures-injured-people']);
    for (const chart of charts) {
      expect(chart.visible).toBe(true);
      expect(chart.marks.length).toBeGreaterThan(1);
      expect(chart.rows).toBeGreaterThanOrEqual(chart.marks.length);
      for (const mark of chart.marks) expect(reports.has(mark.href.split('/')[2]), mark.href).toBe(true);
    }
    // The second day's two reports sit at one x: never spread sideways into a trend.
    const killed = charts[0].marks;
    const secondDay = killed.filter((m) => m.name.startsWith('3 May 2025'));
    expect(secondDay).toHaveLength(2);
    expect(secondDay[0].cx).toBe(secondDay[1].cx);
    expect(killed.find((m) => m.name.startsWith('2 May 2025'))!.name).toContain('at least 9 workers killed');
  });

  it('lets Tab reach every dot, each with a focus ring and its tooltip', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${STORY}`);
    const expected = await page.$$eval('figure.figures-over-time svg [tabindex="0"]', (marks) =>
      marks.filter((m) => m.getBoundingClientRect().width > 0).map((m) => m.getAttribute('aria-label')),
    );
    expect(expected.length).toBeGreaterThan(4);
    const reached: string[] = [];
    for (let i = 0; i < 300 && reached.length < expected.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || !el.closest('figure.figures-over-time svg')) return null;
        const tip = el.querySelector('.tip');
        return {
          label: el.getAttribute('aria-label') ?? '',
          tip: !!tip && getComputedStyle(tip).visibility !== 'hidden' && Number(getComputedStyle(tip).opacity) > 0,
          ring: getComputedStyle(el).outlineStyle !== 'none' || el.querySelector('.focus-ring') !== null,
        };
      });
      if (!focused) continue;
      reached.push(focused.label);
      expect(focused.tip, focused.label).toBe(true);
      expect(focused.ring, focused.label).toBe(true);
    }
    await page.close();
    expect(reached).toEqual(expected);
  });
});

describe('every page of the stories site', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in ${scheme} mode, without console errors`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const report: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') report.push(`${page.url()} console: ${message.text()}`);
      });
      page.on('pageerror', (error) => report.push(`${page.url()} script error: ${error.message}`));
      for (const rel of pages.filter((p) => p === '/' || p.startsWith('/stories/') || p === '/figures/' || p === '/timeline/')) {
        await page.goto(`${server.url}${rel}`);
        for (const v of await axeViolations(page))
          report.push(`${rel} [${scheme}] ${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).join(', ')}`);
      }
      await context.close();
      expect(report).toEqual([]);
    });
  }

  it('never scrolls sideways on a 320 px screen', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const rel of pages) {
      await page.goto(`${server.url}${rel}`);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) wide.push(`${rel}: ${scroll}px wide`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });

  it('lists each series on /figures/ under its own story, linked to its chart', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/figures/`);
    const groups = await page.$$eval('section.story-series', (sections) =>
      sections.map((section) => ({
        story: section.querySelector('h2 a')?.getAttribute('href'),
        series: [...section.querySelectorAll('li > a')].map((a) => a.getAttribute('href')),
      })),
    );
    await page.close();
    expect(groups).toEqual([
      { story: STORY, series: [`${STORY}#figures-killed-worker`, `${STORY}#figures-missing-worker`, `${STORY}#figures-injured-people`] },
    ]);
  });
});
