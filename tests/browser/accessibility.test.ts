// Every built page, in light and dark mode, checked by axe-core (WCAG 2.2 A/AA + best practice).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, pageProblems } from '../helpers/browser.ts';
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
    expect(pages).toContain('/stories/keswick-2025-05-01/');
    expect(pages).toContain('/timeline/');
  });

  for (const scheme of ['light', 'dark'] as const) {
    // Every page of the site, one after the other: longer than one test's usual minute on a busy machine.
    it(`reports nothing in ${scheme} mode`, async () => {
      expect(await pageProblems(browser, siteUrl, pages, scheme)).toEqual([]);
    }, 300_000);
  }
});
