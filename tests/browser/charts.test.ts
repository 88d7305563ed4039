// Charts as readers meet them: without JavaScript, by keyboard, and on a 320 px phone.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, tabThroughMarks, widePages } from '../helpers/browser.ts';
import { htmlPages } from '../helpers/site-pages.ts';

const siteUrl = inject('siteUrl');
const pages = htmlPages(inject('siteDir'));
const quake = '/explainers/earthquake-in-the-northern-valley-kills-at-least-212/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('with JavaScript disabled', () => {
  it('every chart still shows its marks and its data table', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}${quake}`);
    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => ({
        marks: f.querySelectorAll('svg [tabindex="0"]').length,
        rows: f.querySelectorAll('table tbody tr').length,
        visibleSvg: [...f.querySelectorAll('svg')].some((svg) => svg.getBoundingClientRect().height > 0),
      })),
    );
    await context.close();
    expect(charts.length).toBe(2);
    for (const chart of charts) {
      expect(chart.marks).toBeGreaterThan(0);
      expect(chart.rows).toBe(chart.marks);
      expect(chart.visibleSvg).toBe(true);
    }
  });
});

describe('by keyboard', () => {
  it('Tab reaches every chart mark, each with a focus ring and its tooltip text', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}${quake}`);
    const { expected, reached } = await tabThroughMarks(page, 'figure.chart');
    await page.close();
    expect(expected.length).toBeGreaterThan(2);
    expect(reached.map((stop) => stop.label)).toEqual(expected);
    for (const stop of reached) expect(stop, stop.label).toMatchObject({ tip: true, ring: true });
  });
});

describe('on a 320 px screen', () => {
  it('no page scrolls sideways', async () => {
    expect(await widePages(browser, siteUrl, pages)).toEqual([]);
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
