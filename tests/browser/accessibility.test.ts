// Every built page, in light and dark mode, checked by axe-core (WCAG 2.2 A/AA + best practice).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { htmlPages } from '../helpers/site-pages.ts';

const siteUrl = inject('siteUrl');
const pages = htmlPages(inject('siteDir'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe and the console on every page', () => {
  it('finds the pages to check', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/about/');
    expect(pages.filter((p) => p.startsWith('/explainers/')).length).toBeGreaterThanOrEqual(4);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`reports nothing in ${scheme} mode`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const report: string[] = [];
      // Console errors include Content-Security-Policy refusals: our own scripts and styles must all pass.
      page.on('console', (message) => {
        if (message.type() === 'error') report.push(`${page.url()} console: ${message.text()}`);
      });
      page.on('pageerror', (error) => report.push(`${page.url()} script error: ${error.message}`));
      for (const path of pages) {
        await page.goto(`${siteUrl}${path}`);
        for (const v of await axeViolations(page))
          report.push(`${path} [${scheme}] ${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).join(', ')}`);
      }
      await context.close();
      expect(report).toEqual([]);
    }, 180_000); // every page of the fixture site, one after the other: minutes on a loaded two-core machine
  }
});
