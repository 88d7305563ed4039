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
import { launchChromium, pageProblems, tabThroughMarks, widePages } from '../helpers/browser.ts';
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
    expect(pages).toContain('/embed/stories/keswick-2025-05-01/killed-worker/');
    expect(pages.filter((p) => p.startsWith('/embed/stories/keswick-2025-05-01/'))).toHaveLength(3);
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

  it('makes each series chart one Tab stop, with a focus ring and its tooltip; arrow keys reach every dot', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${STORY}`);
    const { expected, reached } = await tabThroughMarks(page, 'figure.figures-over-time', 300);
    expect(expected.length).toBeGreaterThan(2); // one stop per chart (the killed, the missing, the injured)
    expect(reached.map((stop) => stop.label)).toEqual(expected);
    for (const stop of reached) expect(stop, stop.label).toMatchObject({ tip: true, ring: true });
    // Within the first chart, the arrow keys visit every dot in reading order.
    const dots = await page.$$eval('figure.figures-over-time', (figures) =>
      [...figures[0].querySelectorAll('svg .chart-mark')].map((m) => m.getAttribute('aria-label')),
    );
    expect(dots.length).toBeGreaterThan(3);
    await page.focus('figure.figures-over-time svg .chart-mark[tabindex="0"]');
    await page.keyboard.press('Home');
    const visited: Array<string | null> = [];
    for (let i = 0; i < dots.length; i++) {
      visited.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null));
      await page.keyboard.press('ArrowRight');
    }
    await page.close();
    expect(visited).toEqual(dots);
  });
});

describe('every page of the stories site', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe in ${scheme} mode, without console errors`, async () => {
      const checked = pages.filter((p) => p === '/' || /^\/(embed\/)?stories\//.test(p) || p === '/figures/' || p === '/timeline/');
      expect(await pageProblems(browser, server.url, checked, scheme)).toEqual([]);
    });
  }

  it('never scrolls sideways on a 320 px screen', async () => {
    expect(await widePages(browser, server.url, pages)).toEqual([]);
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
