// Site search in Chromium: the /search/ page finds a word from a fixture seed with Pagefind, shows the
// results as links, is usable from the keyboard alone, and passes axe with results on screen.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  // CSP refusals (a blocked WebAssembly compile, say) arrive as console errors.
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${siteUrl}${path}`);
  return { page, problems, close: () => context.close() };
}

const resultLinks = (page: Page) => page.locator('[data-search-results] li a');

describe('search', () => {
  it('reaches /search/ from the header by keyboard and finds a seed word as you type', async () => {
    const { page, problems, close } = await open('/');
    // Tab from the top of the page to the header's Search link, then follow it with Enter.
    let onSearchLink = false;
    for (let i = 0; i < 12 && !onSearchLink; i++) {
      await page.keyboard.press('Tab');
      onSearchLink = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/search/');
    }
    expect(onSearchLink).toBe(true);
    await Promise.all([page.waitForURL(`${siteUrl}/search/`), page.keyboard.press('Enter')]);

    // The field is labelled and reached with Tab like any other control.
    const input = page.getByRole('searchbox', { name: 'Search the explainers' });
    await input.focus();
    await page.keyboard.type('cholera');
    await resultLinks(page).first().waitFor({ timeout: 15_000 });
    const links = await resultLinks(page).evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    expect(links).toEqual([
      {
        href: '/explainers/health-officials-confirm-cholera-outbreak-in-coastal-province/',
        text: 'Health officials confirm cholera outbreak in coastal province',
      },
    ]);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('One explainer matches “cholera”.');
    expect(await page.locator('[data-search-results] mark').first().textContent()).toMatch(/cholera/i);
    expect(new URL(page.url()).searchParams.get('q')).toBe('cholera');

    // Tab from the field past the button lands on the first result, and Enter opens it.
    await input.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Health officials confirm cholera outbreak in coastal province',
    );
    await Promise.all([page.waitForURL(/\/explainers\/health-officials-confirm-cholera/), page.keyboard.press('Enter')]);
    expect(problems).toEqual([]);
    await close();
  });

  it('runs the search in the address (?q=) and submits with Enter; several results, each a link', async () => {
    const { page, problems, close } = await open('/search/?q=earthquake');
    await resultLinks(page).first().waitFor({ timeout: 15_000 });
    const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')).sort());
    // Every earthquake report in the fixtures (the French-titled one mentions an earthquake too), nothing else.
    expect(hrefs).toEqual([
      '/explainers/earthquake-in-the-northern-valley-kills-at-least-212/',
      '/explainers/quake-death-toll-rises-to-260-as-rescuers-search-the-valley/',
      '/explainers/seisme-a-taiwan-au-moins-12-morts/',
    ]);
    expect(await page.getByRole('searchbox', { name: 'Search the explainers' }).inputValue()).toBe('earthquake');

    await page.getByRole('searchbox', { name: 'Search the explainers' }).fill('zzzxqv');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('No explainers match “zzzxqv”.');
    expect(await resultLinks(page).count()).toBe(0);
    expect(page.url()).toBe(`${siteUrl}/search/?q=zzzxqv`);
    expect(problems).toEqual([]);
    await close();
  });

  it('passes axe with results shown, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${siteUrl}/search/?q=flood`);
      await resultLinks(page).first().waitFor({ timeout: 15_000 });
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.join(', ')}`)).toEqual([]);
      await context.close();
    }
  });
});
