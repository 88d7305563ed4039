// Charts as readers meet them: without JavaScript, by keyboard, on a 320 px phone and in axe-core, on
// an explainer of the fixture site and on a page of hand-made charts (facts with places, parts and
// ranges; panels; an expected event) that extraction cannot produce yet (tests/helpers/chart-page.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { htmlPages } from '../helpers/site-pages.ts';
import { fixtureArticle, routeFixturePage } from '../helpers/chart-page.ts';

const siteUrl = inject('siteUrl');
const pages = htmlPages(inject('siteDir'));
const quake = '/explainers/earthquake-in-the-northern-valley-kills-at-least-212/';
const fixture = '/explainers/chart-fixtures/';
const story = '/stories/keswick-2025-05-01/'; // a story of the fixture site, with figures over time
let browser: Browser;
let article: string;

beforeAll(async () => {
  browser = await launchChromium();
  article = await fixtureArticle();
});
afterAll(async () => {
  await browser?.close();
});

/** A page at `path`: the fixture page of hand-made charts, or a built page. */
async function open(page: Page, path: string): Promise<void> {
  const url = path === fixture ? await routeFixturePage(page, siteUrl, quake, fixture, article) : `${siteUrl}${path}`;
  await page.goto(url);
}

/** What has focus: its chart's id when it is a mark, with its name and whether its tip shows. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const chart = el?.closest('figure.chart');
    const inSvg = !!el?.closest('figure.chart svg');
    const tip = el?.querySelector('.tip');
    return {
      chart: inSvg ? (chart?.id ?? null) : null,
      label: el?.getAttribute('aria-label') ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      tipVisible: !!tip && getComputedStyle(tip).visibility !== 'hidden' && getComputedStyle(tip).display !== 'none',
      ring: !!el?.querySelector('.focus-ring'),
    };
  });
}

describe('with JavaScript disabled', () => {
  for (const path of [quake, fixture]) {
    it(`every chart still shows its marks and its data table (${path})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await open(page, path);
      const charts = await page.$$eval('figure.chart', (figures) =>
        figures.map((f) => ({
          marks: f.querySelectorAll('svg .chart-mark').length,
          stops: f.querySelectorAll('svg .chart-mark[tabindex="0"]').length,
          rows: f.querySelectorAll('table tbody tr').length,
          visibleSvg: [...f.querySelectorAll('svg')].some((svg) => svg.getBoundingClientRect().height > 0),
        })),
      );
      await context.close();
      expect(charts.length).toBeGreaterThanOrEqual(2);
      for (const chart of charts) {
        expect(chart.marks).toBeGreaterThan(0);
        expect(chart.stops).toBe(1);
        expect(chart.rows).toBe(chart.marks);
        expect(chart.visibleSvg).toBe(true);
      }
    });
  }
});

describe('by keyboard', () => {
  for (const path of [quake, fixture])
    for (const width of [375, 1280]) {
      it(`each chart is one Tab stop, at most (${path}, ${width} px)`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await open(page, path);
        // Charts whose graphic shows at this width (a narrow timeline is a list, out of the Tab order).
        const charts = await page.$$eval('figure.chart', (figures) =>
          figures.filter((f) => [...f.querySelectorAll('svg')].some((s) => s.getBoundingClientRect().height > 0)).map((f) => f.id),
        );
        const visits: string[] = [];
        let list = 0;
        for (let i = 0; i < 400; i++) {
          await page.keyboard.press('Tab');
          const now = await focused(page);
          if (now.tag === 'body') break;
          if (await page.evaluate(() => !!document.activeElement?.closest('.chart-vtl'))) list++;
          if (now.chart) {
            visits.push(now.chart);
            expect(now.tipVisible, `tooltip of ${now.label}`).toBe(true);
            expect(now.ring, `focus ring of ${now.label}`).toBe(true);
          }
        }
        await context.close();
        expect(visits).toEqual(charts);
        expect(list).toBe(0);
      });
    }

  it('arrow keys move between a chart’s marks, Home and End reach its ends, Escape leaves it', async () => {
    const page = await browser.newPage();
    await open(page, fixture);
    const names = await page.$$eval('#flood svg .chart-mark', (marks) => marks.map((m) => m.getAttribute('aria-label')));
    expect(names).toHaveLength(7);
    await page.focus('#flood svg .chart-mark[tabindex="0"]');
    expect((await focused(page)).label).toBe(names[0]);
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).label).toBe(names[1]);
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).label).toBe(names[2]);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).label).toBe(names[1]);
    await page.keyboard.press('End');
    const last = await focused(page);
    expect(last.label).toBe(names[6]);
    expect(last.tipVisible).toBe(true);
    await page.keyboard.press('Home');
    expect((await focused(page)).label).toBe(names[0]);
    // The mark last visited keeps the chart's Tab stop.
    await page.keyboard.press('ArrowDown');
    expect(await page.$$eval('#flood svg .chart-mark[tabindex="0"]', (m) => m.map((x) => x.getAttribute('aria-label')))).toEqual([
      names[1],
    ]);
    // Escape leaves the chart for what follows it: the data table.
    await page.keyboard.press('Escape');
    const after = await page.evaluate(() => ({
      inSvg: !!document.activeElement?.closest('svg'),
      region: document.activeElement?.getAttribute('role'),
      figure: document.activeElement?.closest('figure')?.id,
    }));
    expect(after).toEqual({ inSvg: false, region: 'region', figure: 'flood' });
    // Shift+Tab returns to the mark last visited.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).label).toBe(names[1]);
    await page.close();
  });
});

describe('on a 320 px screen', () => {
  it('no page scrolls sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of [...pages, fixture]) {
      await open(page, path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) wide.push(`${path}: ${scroll}px wide`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });

  it('charts fill their column and keep their text size; no label leaves its chart', async () => {
    // The hand-made charts, and a story page's figures over time (the series chart).
    const paths = [fixture, story];
    const seen = new Set<string>();
    for (const path of paths)
      for (const width of [320, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await open(page, path);
        const charts = await page.$$eval('figure.chart', (figures) =>
          figures.map((f) => {
            const svg = [...f.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().height > 0);
            if (!svg) return { id: f.id, kind: f.dataset.chart ?? '', svg: false, fill: 0, font: 0, overflow: [] as string[] };
            const box = svg.getBoundingClientRect();
            const overflow = [...svg.querySelectorAll('text')]
              .filter((t) => getComputedStyle(t).visibility !== 'hidden' && !t.closest('.tip'))
              .filter((t) => {
                const r = t.getBoundingClientRect();
                return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
              })
              .map((t) => t.textContent ?? '');
            const label = svg.querySelector('.chart-row-label, .chart-event-label, .fot-value');
            return {
              id: f.id,
              kind: f.dataset.chart ?? '',
              svg: true,
              fill: box.width / f.getBoundingClientRect().width,
              font: label ? parseFloat(getComputedStyle(label).fontSize) : 13,
              overflow,
            };
          }),
        );
        await context.close();
        for (const chart of charts) {
          if (!chart.svg) continue; // the timeline is a list on a phone
          seen.add(chart.kind);
          expect(chart.fill, `${chart.id} at ${width}px`).toBeGreaterThan(0.99);
          expect(chart.fill, `${chart.id} at ${width}px: wider than its column`).toBeLessThan(1.01);
          expect(chart.font, `${chart.id} at ${width}px`).toBeGreaterThanOrEqual(13);
          expect(chart.overflow, `${chart.id} at ${width}px`).toEqual([]);
        }
      }
    expect([...seen].sort()).toEqual(['casualty', 'figures-over-time', 'timeline']);
  });

  it('the timeline turns vertical instead of shrinking', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}${quake}`);
    const box = await page.$eval('figure.chart.timeline', (f) => {
      const visible = [...f.querySelectorAll('svg, ol, ul')].filter(
        (el) => el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none',
      );
      const svg = visible.find((el) => el.tagName.toLowerCase() === 'svg');
      const r = (svg ?? visible[0]).getBoundingClientRect();
      return { width: r.width, height: r.height };
    });
    await context.close();
    expect(box.height).toBeGreaterThan(box.width);
  });
});

describe('the hand-made charts in axe', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`reports nothing in ${scheme} mode, at 375 and 1280 px`, async () => {
      const report: string[] = [];
      for (const width of [375, 1280]) {
        const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 800 } });
        const page = await context.newPage();
        page.on('console', (message) => {
          if (message.type() === 'error') report.push(`console: ${message.text()}`);
        });
        await open(page, fixture);
        for (const v of await axeViolations(page))
          report.push(`${width}px ${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).join(', ')}`);
        await context.close();
      }
      expect(report).toEqual([]);
    });
  }

  it('the key figures show each fact once, and the summaries name the numbers in the drawn order', async () => {
    const page = await browser.newPage();
    await open(page, fixture);
    const strip = await page.$$eval('.key-figures li .value', (v) => v.map((x) => x.textContent?.trim()));
    expect(strip).toEqual(['at least 104', '54–63', '2', '11']);
    const charts = await page.$$eval('figure.chart.casualty', (figures) =>
      figures.map((f) => ({
        summary: f.querySelector('.chart-summary')?.textContent?.trim().toLowerCase() ?? '',
        values: [...f.querySelectorAll('svg .chart-row-value')].map((v) => v.textContent ?? ''),
      })),
    );
    await page.close();
    for (const { summary, values } of charts) {
      let at = -1;
      for (const value of values) {
        at = summary.indexOf(value, at + 1);
        expect(at, `${value} in “${summary}”`).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
