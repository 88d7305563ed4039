// Phones and tables, as Chromium lays them out: no word in a table is broken across lines (measured word by
// word, not read from the CSS), below 30rem tables reflow into stacked rows that name each cell's column
// and stay tables to assistive technology, and a 400-character title leaves most of a phone's screen free.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const longTitle = fs.readdirSync(path.join(siteDir, 'explainers')).find((slug) => slug.startsWith('regional-council-says'))!;
const pages = [
  '/timeline/',
  '/explainers/blinken-calls-for-urgent-gaza-cease-fire-and-regional-stability/',
  '/explainers/earthquake-in-the-northern-valley-kills-at-least-212/',
  '/explainers/bridge-collapse-closes-river-crossing/',
  `/explainers/${longTitle}/`,
  '/stories/keswick-2025-05-01/',
  '/people/',
  '/embed/all/timeline/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Words (Intl.Segmenter's, so "Thursday" but not "cease-fire" or "a/b", where a line may end) in table
 * cells drawn on more than one line, where the text around them between spaces fits on one: in a table
 * laid out as columns, within the width of the table's container (the column could have grown); in a
 * stacked row, within the cell.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const contentWidth = (el: Element) => {
      const style = getComputedStyle(el);
      return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    };
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('table th, table td')) {
      if (!cell.checkVisibility()) continue;
      const columns = getComputedStyle(cell).display === 'table-cell';
      const room = columns ? contentWidth(cell.closest('table')!.parentElement!) : contentWidth(cell);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const rects = (from: number, to: number) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, to);
          return [...range.getClientRects()].filter((r) => r.width > 0);
        };
        // A run without spaces wider than the room (a hostile seed's "=HYPERLINK(…)") must break somewhere.
        for (const run of (node.textContent ?? '').matchAll(/\S+/g)) {
          if (rects(run.index, run.index + run[0].length).reduce((sum, r) => sum + r.width, 0) > room) continue;
          for (const word of segmenter.segment(run[0])) {
            const lines = new Set(
              rects(run.index + word.index, run.index + word.index + word.segment.length).map((r) => Math.round(r.top)),
            );
            if (word.isWordLike && lines.size > 1) broken.push(word.segment);
          }
        }
      }
    }
    return broken;
  });
}

describe('tables', () => {
  for (const width of [375, 600, 1280]) {
    it(`break no word across lines at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const report: string[] = [];
      for (const url of pages) {
        await page.goto(`${siteUrl}${url}`);
        expect(await page.locator('table').count(), url).toBeGreaterThan(0);
        for (const word of await brokenWords(page)) report.push(`${url}: "${word}"`);
      }
      await page.close();
      expect(report).toEqual([]);
    });
  }

  it('keep every column readable at 1280 px beside a 400-character title: dates on one line', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/timeline/`);
    const dates = await page.$$eval('#site-timeline table tbody th time', (times) =>
      times.map((time) => ({ text: time.textContent?.trim() ?? '', lines: time.getClientRects().length })),
    );
    expect(dates.length).toBeGreaterThan(10);
    expect(dates.filter((d) => d.lines !== 1)).toEqual([]);
    await page.close();
  });

  it('reflow below 480 px into stacked rows, each cell named by its column, still a table to screen readers', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${siteUrl}/explainers/bridge-collapse-closes-river-crossing/`);
    const tables = await page.$$eval('table.stacked', (all) =>
      all.map((table) => {
        const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
        const rows = [...table.querySelectorAll('tbody tr')];
        return {
          caption: table.querySelector('caption')?.textContent?.trim(),
          fitsWidth: table.getBoundingClientRect().width <= document.documentElement.clientWidth,
          headerHidden: (table.querySelector('thead')?.getBoundingClientRect().height ?? 0) <= 1,
          // Each row a block of lines: its cells one under the other, each labelled with its column.
          stacked: rows.every((tr) => {
            const cells = [...tr.children];
            const tops = cells.map((c) => c.getBoundingClientRect().top);
            return tops.every((top, i) => i === 0 || top > tops[i - 1]);
          }),
          labels: rows.map((tr) =>
            [...tr.children].map((cell) => getComputedStyle(cell, '::before').content.replace(/^"|"(?: \/ "")?$/g, '')),
          ),
          headers,
        };
      }),
    );
    expect(tables.length).toBe(3); // the casualty chart's, the timeline's and every figure's
    for (const table of tables) {
      expect(table.fitsWidth, table.caption).toBe(true);
      expect(table.headerHidden, table.caption).toBe(true);
      expect(table.stacked, table.caption).toBe(true);
      for (const labels of table.labels) expect(labels, table.caption).toEqual(table.headers);
    }
    // Chromium's accessibility tree: still a table, with its column headers and cells, and the drawn
    // labels are not read again in the cells.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value: string }; name?: { value: string } }>;
    };
    const roles = (role: string) => nodes.filter((n) => n.role?.value === role);
    expect(roles('table').length).toBeGreaterThanOrEqual(3);
    expect(roles('columnheader').map((n) => n.name?.value)).toEqual(
      expect.arrayContaining(['Measure', 'Who and where', 'Number', 'Reported by']),
    );
    const cells = [...roles('cell'), ...roles('rowheader')].map((n) => n.name?.value ?? '');
    expect(cells).toContain('the county fire service');
    expect(cells.filter((name) => /^(Measure|Who|Reported by|Date|Event|Counts|Figure)\b/.test(name))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('keep their columns side by side from 480 px up', async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 800 } });
    await page.goto(`${siteUrl}/explainers/bridge-collapse-closes-river-crossing/`);
    const display = await page.$eval('#casualties table tbody td', (td) => getComputedStyle(td).display);
    expect(display).toBe('table-cell');
    await page.close();
  });
});

describe('a 400-character title', () => {
  it('takes under a third of a phone screen on its explainer and in the home list', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${siteUrl}/explainers/${longTitle}/`);
    const h1 = await page.$eval('h1', (el) => ({ length: el.textContent?.trim().length ?? 0, height: el.getBoundingClientRect().height }));
    expect(h1.length).toBe(400);
    expect(h1.height).toBeLessThan(667 / 3);
    await page.goto(`${siteUrl}/`);
    const item = await page.$eval(`h3:has(a[href="/explainers/${longTitle}/"])`, (el) => el.getBoundingClientRect().height);
    expect(item).toBeLessThan(667 / 3);
    await page.close();
  });
});
