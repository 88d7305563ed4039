// Debian's Chromium driven by playwright-core. No browser is ever downloaded: when Chromium is missing
// the tests fail with the command that installs it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The browser tests need Debian's Chromium: ` +
        'run `apt-get update && apt-get install -y chromium` as root (or set CHROMIUM_PATH).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core with the WCAG 2.2 A/AA and best-practice rules; returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // evaluate() is not subject to the page's Content-Security-Policy, unlike an injected <script>.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * Visits each of `paths` on `base` in `scheme` and returns one line per axe violation, console error or
 * script error (Content-Security-Policy refusals are console errors: our own scripts and styles must pass).
 */
export async function pageProblems(browser: Browser, base: string, paths: readonly string[], scheme: 'light' | 'dark'): Promise<string[]> {
  const context = await browser.newContext({ colorScheme: scheme });
  const page = await context.newPage();
  const report: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') report.push(`${page.url()} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => report.push(`${page.url()} script error: ${error.message}`));
  for (const path of paths) {
    await page.goto(`${base}${path}`);
    for (const v of await axeViolations(page))
      report.push(`${path} [${scheme}] ${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).join(', ')}`);
  }
  await context.close();
  return report;
}

/** The pages among `paths` that scroll sideways on a 320 px screen, with their width. */
export async function widePages(browser: Browser, base: string, paths: readonly string[]): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(`${base}${path}`);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (scroll > client) wide.push(`${path}: ${scroll}px wide`);
  }
  await context.close();
  return wide;
}

/** One chart mark reached by Tab: its name, and whether its tooltip and a focus ring show. */
export interface TabStop {
  label: string;
  tip: boolean; // its tooltip is shown, with text
  ring: boolean; // a focus ring is drawn
}

/**
 * Presses Tab through `page` (up to `presses` times) and returns, in order, the marks it focuses inside
 * the SVGs of the figures `figures` selects, and the visible marks there are to reach.
 */
export async function tabThroughMarks(page: Page, figures: string, presses = 200): Promise<{ expected: string[]; reached: TabStop[] }> {
  const inside = `${figures} svg`;
  const expected = await page.$$eval(`${inside} [tabindex="0"]`, (marks) =>
    marks.filter((m) => m.getBoundingClientRect().width > 0).map((m) => m.getAttribute('aria-label') ?? ''),
  );
  const reached: TabStop[] = [];
  for (let i = 0; i < presses && reached.length < expected.length; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((selector) => {
      const el = document.activeElement;
      if (!el || !el.closest(selector)) return null;
      const tip = el.querySelector('.tip');
      const style = tip ? getComputedStyle(tip) : null;
      return {
        label: el.getAttribute('aria-label') ?? '',
        tip:
          !!style && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && !!tip?.textContent?.trim(),
        ring: getComputedStyle(el).outlineStyle !== 'none' || el.querySelector('.focus-ring') !== null,
      };
    }, inside);
    if (focused) reached.push(focused);
  }
  return { expected, reached };
}
