// `astro dev` on a temporary copy of the project: a seed saved while the server runs appears on the
// home page within seconds, and a broken seed is listed there while the server keeps serving; a page
// open in Chromium updates by itself when a seed or its edits file is saved, and follows a moved slug.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.ts';

const root = path.resolve(import.meta.dirname, '..');
let work: string;
let server: ChildProcess | undefined;
let base: string;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function home(): Promise<string | undefined> {
  try {
    const response = await fetch(`${base}/`, { signal: AbortSignal.timeout(5_000) });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Polls the home page until `test` holds; returns the milliseconds it took, or throws after `limit`. */
async function waitForHome(test: (html: string) => boolean, limit: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limit) {
    const html = await home();
    if (html !== undefined && test(html)) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the home page did not change within ${limit} ms; server output:\n${output.slice(-2000)}`);
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'explainers-dev-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    fs.cpSync(path.join(root, name), path.join(work, name), { recursive: true });
  }
  fs.rmSync(path.join(work, 'src', 'content', 'documents'), { recursive: true, force: true });
  // Packages are linked one by one, so caches (node_modules/.cache, .astro, .vite) stay in the copy.
  fs.mkdirSync(path.join(work, 'node_modules'));
  for (const name of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (!name.startsWith('.') || name === '.bin')
      fs.symlinkSync(path.join(root, 'node_modules', name), path.join(work, 'node_modules', name));
  }
  fs.mkdirSync(path.join(work, 'seeds'));
  fs.copyFileSync(path.join(root, 'tests', 'fixtures', 'seeds', 'quake.txt'), path.join(work, 'seeds', 'quake.txt'));

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env = { ...process.env };
  for (const key of [
    'EXPLAINER_CONTENT_DIR',
    'EXPLAINER_CACHE_DIR',
    'EXPLAINER_INGEST_REPORT',
    'VITEST',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'NODE_ENV',
    'TEST',
  ])
    delete env[key];
  server = spawn(
    process.execPath,
    [path.join(work, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: work,
      env,
      detached: true, // its own process group, ended as a whole in afterAll
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  await waitForHome((html) => html.includes('Earthquake in the northern valley'), 90_000);
}, 120_000);

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
});

describe('astro dev watching seeds/', () => {
  it('shows a newly saved seed on the home page within 5 s', async () => {
    fs.copyFileSync(path.join(root, 'tests', 'fixtures', 'seeds', 'flood.md'), path.join(work, 'seeds', 'flood.md'));
    const ms = await waitForHome((html) => html.includes('Floods force thousands from river towns'), 5_000);
    console.log(`dev: new seed visible after ${Math.round(ms)} ms`);
    expect(fs.existsSync(path.join(work, 'src', 'content', 'documents', 'floods-force-thousands-from-river-towns.json'))).toBe(true);
  });

  it('lists a broken seed on the home page and keeps serving', async () => {
    fs.writeFileSync(path.join(work, 'seeds', 'broken.txt'), '---\npublished: 2023-13-01\n---\nTitle\nBody.\n');
    await waitForHome((html) => html.includes('broken.txt:2: impossible') && html.includes('Floods force thousands'), 5_000);
    expect(server?.exitCode).toBeNull();
    expect(output).toMatch(/broken\.txt:2: impossible "published" date/);
    // Fixing it clears the list.
    fs.writeFileSync(
      path.join(work, 'seeds', 'broken.txt'),
      '---\npublished: 2023-12-01\n---\nStorm closes the harbour\nBoats stayed in port.\n',
    );
    await waitForHome((html) => !html.includes('broken.txt:2') && html.includes('Storm closes the harbour'), 5_000);
  });

  it("serves the charts' downloads, which builds write outside Astro", async () => {
    const quake = fs
      .readdirSync(path.join(work, 'src', 'content', 'documents'))
      .find((f) => f.startsWith('earthquake-'))!
      .replace(/\.json$/, '');
    const chart = `${base}/embed/${quake}/casualties/`;
    const csv = await fetch(`${chart}data.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\n').length).toBeGreaterThan(2);
    const png = await fetch(`${chart}chart.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    const oembed = (await (await fetch(`${chart}oembed.json`)).json()) as { type: string };
    expect(oembed.type).toBe('rich');
    // The site timeline's downloads come from the views seed-watch writes beside the documents.
    const site = await fetch(`${base}/embed/all/timeline/data.csv`);
    expect(site.status).toBe(200);
    expect((await site.text()).trim().split('\n').length).toBeGreaterThan(1); // a header and the events
    expect((await fetch(`${base}/embed/no-such-document/casualties/data.csv`)).status).toBe(404);
  });

  it('updates pages open in the browser when a seed is saved, changed or broken', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/`, { waitUntil: 'load' });
      const appears = async (text: string) => {
        const started = performance.now();
        // No reload from here: the page must change by itself.
        await page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout: 5_000 });
        return Math.round(performance.now() - started);
      };
      fs.copyFileSync(path.join(root, 'tests', 'fixtures', 'seeds', 'outbreak.txt'), path.join(work, 'seeds', 'outbreak.txt'));
      const title = /^title: (.+)$/m.exec(fs.readFileSync(path.join(work, 'seeds', 'outbreak.txt'), 'utf8'))![1];
      console.log(`dev: open home page showed a new seed after ${await appears(title)} ms`);
      // A changed document: its open explainer page shows the new text.
      await page.getByRole('link', { name: title }).first().click();
      await page.waitForLoadState('load');
      expect(page.url()).toContain('/explainers/');
      fs.appendFileSync(path.join(work, 'seeds', 'outbreak.txt'), '\nVolunteers opened a field kitchen beside the clinic.\n');
      console.log(`dev: open explainer showed a changed seed after ${await appears('Volunteers opened a field kitchen')} ms`);
      // A broken document: the open home page lists its error.
      await page.goto(`${base}/`, { waitUntil: 'load' });
      fs.writeFileSync(path.join(work, 'seeds', 'broken-too.txt'), '---\npublished: 2023-02-30\n---\nTitle\nBody.\n');
      await appears('broken-too.txt:2');
      fs.rmSync(path.join(work, 'seeds', 'broken-too.txt'));
    } finally {
      await browser.close();
    }
  });

  it('applies a saved edits file to the open explainer, lists broken and stale edits, and follows a moved slug', async () => {
    const browser = await launchChromium();
    const edits = path.join(work, 'seeds', 'quake.edits.yaml');
    try {
      const page = await browser.newPage();
      const quake = 'earthquake-in-the-northern-valley-kills-at-least-212';
      await page.goto(`${base}/explainers/${quake}/`, { waitUntil: 'load' });
      const appears = async (test: string, what: string) => {
        const started = performance.now();
        // No reload from here: the page must change by itself.
        await page.waitForFunction((t) => document.body.innerText.includes(t), test, { timeout: 5_000 });
        console.log(`dev: ${what} after ${Math.round(performance.now() - started)} ms`);
      };
      // The review list is the editor's, on every explainer the dev server shows.
      expect(await page.locator('.review-list summary').innerText()).toMatch(/^For the editor: \d+ items? worth a look/);
      fs.writeFileSync(
        edits,
        'quotes:\n  - match: "pulling people from the rubble"\n    set: { role: chief of the valley rescue service }\n',
      );
      await appears('chief of the valley rescue service', 'open explainer showed a saved edits file');
      expect(await page.locator('#quotes-heading ~ ol .edited-mark').first().innerText()).toBe('corrected by the editors');

      // A broken edits file: listed on the home page, the server keeps running; fixed, the document is back.
      await page.goto(`${base}/`, { waitUntil: 'load' });
      fs.writeFileSync(edits, 'quotes:\n  - match: "pulling people"\n    set: { speaker: 42, colour: red }\n');
      await appears('quake.edits.yaml:3:', 'open home page listed a broken edits file');
      expect(server?.exitCode).toBeNull();
      // An edit that finds nothing: listed too, with its file, line and text.
      fs.writeFileSync(edits, 'figures:\n  - match: "3,000 homes"\n    drop: true\n');
      await appears('quake.edits.yaml:2: figures: "3,000 homes" matches no figure', 'open home page listed a stale edit');
      fs.rmSync(edits);
      await page.waitForFunction(() => !document.body.innerText.includes('quake.edits.yaml'), undefined, { timeout: 5_000 });

      // An editor moves the document: its open page follows to the new URL.
      await page.goto(`${base}/explainers/${quake}/`, { waitUntil: 'load' });
      const seed = path.join(work, 'seeds', 'quake.txt');
      fs.writeFileSync(seed, fs.readFileSync(seed, 'utf8').replace('---\n', '---\nslug: valley-quake\n'));
      await page.waitForURL(`${base}/explainers/valley-quake/`, { timeout: 5_000 });
      expect(await page.locator('article h1').innerText()).toBe('Earthquake in the northern valley kills at least 212');
    } finally {
      await browser.close();
    }
  });

  it('removes a deleted seed from the home page', async () => {
    fs.rmSync(path.join(work, 'seeds', 'flood.md'));
    await waitForHome((html) => !html.includes('Floods force thousands'), 5_000);
  });
});
