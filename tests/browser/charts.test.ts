// Charts as readers meet them: without JavaScript, by keyboard, and on a 320 px phone.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
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
    const expected = await page.$$eval('figure.chart svg [tabindex="0"]', (marks) =>
      marks.filter((m) => m.getBoundingClientRect().width > 0).map((m) => m.getAttribute('aria-label')),
    );
    expect(expected.length).toBeGreaterThan(2);
    const reached: string[] = [];
    for (let i = 0; i < 200 && reached.length < expected.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || !el.closest('figure.chart svg')) return null;
        const tip = el.querySelector('.tip');
        const style = getComputedStyle(el);
        return {
          label: el.getAttribute('aria-label') ?? '',
          tipVisible:
            !!tip &&
            getComputedStyle(tip).visibility !== 'hidden' &&
            getComputedStyle(tip).display !== 'none' &&
            Number(getComputedStyle(tip).opacity) > 0,
          tipText: tip?.textContent ?? '',
          ring: style.outlineStyle !== 'none' || el.querySelector('.focus-ring') !== null,
        };
      });
      if (!focused) continue;
      reached.push(focused.label);
      expect(focused.tipVisible, `tooltip of ${focused.label}`).toBe(true);
      expect(focused.tipText.trim().length).toBeGreaterThan(0);
      expect(focused.ring, `focus ring of ${focused.label}`).toBe(true);
    }
    await page.close();
    expect(reached).toEqual(expected);
  });
});

describe('on a 320 px screen', () => {
  it('no page scrolls sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${siteUrl}${path}`);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) wide.push(`${path}: ${scroll}px wide`);
    }
    await context.close();
    expect(wide).toEqual([]);
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
