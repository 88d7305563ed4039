import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSeedEventHandler, isSeedPath } from './seed-events.ts';
import { readIngestErrors, readStaleEdits } from '../lib/dev-ingest-report.ts';
import { makeIngestRun } from './ingest-run.ts';

const seeds = path.resolve('/project/seeds');

describe('isSeedPath', () => {
  it('accepts files inside the seeds folder, not hidden ones or anything outside', () => {
    expect(isSeedPath(seeds, `${seeds}/quake.txt`)).toBe(true);
    expect(isSeedPath(seeds, `${seeds}/2024/flood.md`)).toBe(true);
    expect(isSeedPath(seeds, `${seeds}/.quake.txt.swp`)).toBe(false);
    expect(isSeedPath(seeds, `${seeds}/.git/index`)).toBe(false);
    expect(isSeedPath(seeds, '/project/src/pages/index.astro')).toBe(false);
    expect(isSeedPath(seeds, '/project/seeds-old/a.txt')).toBe(false);
    expect(isSeedPath(seeds, seeds)).toBe(false);
  });
});

describe('createSeedEventHandler', () => {
  it('collapses a burst of seed events into one run after 100 ms of quiet', async () => {
    vi.useFakeTimers();
    try {
      const run = vi.fn();
      const handle = createSeedEventHandler({ seedsDir: seeds, run });
      handle('add', `${seeds}/a.txt`);
      await vi.advanceTimersByTimeAsync(60);
      handle('change', `${seeds}/a.txt`);
      handle('unlink', `${seeds}/b.txt`);
      await vi.advanceTimersByTimeAsync(99);
      expect(run).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores events outside the seeds folder and events that are not file changes', async () => {
    vi.useFakeTimers();
    try {
      const run = vi.fn();
      const handle = createSeedEventHandler({ seedsDir: seeds, run });
      handle('change', '/project/src/pages/index.astro');
      handle('add', `${seeds}/.a.txt.swp`);
      handle('ready', `${seeds}/a.txt`);
      await vi.advanceTimersByTimeAsync(500);
      expect(run).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('never overlaps runs: a change during a run queues exactly one more', async () => {
    let release!: () => void;
    let calls = 0;
    const run = () => {
      calls++;
      return calls === 1 ? new Promise<void>((resolve) => (release = resolve)) : undefined;
    };
    const handle = createSeedEventHandler({ seedsDir: seeds, run, debounceMs: 1 });
    handle('add', `${seeds}/a.txt`);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(1);
    handle('change', `${seeds}/a.txt`);
    handle('change', `${seeds}/b.txt`);
    await new Promise((r) => setTimeout(r, 20));
    handle('change', `${seeds}/c.txt`);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(1); // still the first run
    release();
    await handle.idle();
    expect(calls).toBe(2);
  });

  it('survives a run that throws', async () => {
    let calls = 0;
    const handle = createSeedEventHandler({
      seedsDir: seeds,
      debounceMs: 1,
      run: () => {
        calls++;
        throw new Error('boom');
      },
    });
    handle('add', `${seeds}/a.txt`);
    await new Promise((r) => setTimeout(r, 10));
    await handle.idle();
    handle('add', `${seeds}/b.txt`);
    await new Promise((r) => setTimeout(r, 10));
    await handle.idle();
    expect(calls).toBe(2);
  });
});

describe('makeIngestRun', () => {
  it('publishes good seeds, logs and reports the broken one, and asks for a reload only when the report changed and no document did', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-watch-'));
    try {
      const seedsDir = path.join(work, 'seeds');
      fs.mkdirSync(seedsDir);
      fs.writeFileSync(path.join(seedsDir, 'good.txt'), 'Flood kills dozens\nAt least 40 people were killed on Friday.\n');
      const logged: string[] = [];
      const logger = {
        info: (m: string) => logged.push(`info ${m}`),
        warn: (m: string) => logged.push(`warn ${m}`),
        error: (m: string) => logged.push(`error ${m}`),
      };
      let reloads = 0;
      const reportFile = path.join(work, 'report.json');
      const run = makeIngestRun({
        seedsDir,
        contentDir: path.join(work, 'content'),
        cacheDir: path.join(work, 'cache'),
        cacheVersion: 'test',
        reportFile,
        logger,
        onReportChange: () => reloads++,
      });
      run();
      expect(fs.readdirSync(path.join(work, 'content', 'documents'))).toEqual(['flood-kills-dozens.json']);
      // The views of every document beside it: the site index lists it; a single report has no story page.
      const index = JSON.parse(fs.readFileSync(path.join(work, 'content', 'site', 'index.json'), 'utf8'));
      expect(index.documents.map((d: { slug: string }) => d.slug)).toEqual(['flood-kills-dozens']);
      expect(index.stories.map((s: { href: string }) => s.href)).toEqual(['/explainers/flood-kills-dozens/']);
      expect(fs.readdirSync(path.join(work, 'content', 'stories'))).toEqual([]);
      expect(readIngestErrors(reportFile)).toEqual([]);
      fs.writeFileSync(path.join(seedsDir, 'broken.txt'), '  \n');
      run();
      expect(readIngestErrors(reportFile)).toEqual(['broken.txt: empty document: no text to publish']);
      expect(logged).toContain('error broken.txt: empty document: no text to publish');
      expect(logged.at(-1)).toMatch(/^info ingest: 1 documents, .* 1 errors .*\(0 extracted, 2 from cache\)|\(1 extracted, 1 from cache\)/);
      run(); // nothing changed: no reload
      // The first run wrote documents (the content layer reloads the page, after the report is written);
      // the broken seed changed the report alone.
      expect(reloads).toBe(1);
      fs.rmSync(seedsDir, { recursive: true });
      run(); // the seeds folder vanished: reported, not thrown
      expect(readIngestErrors(reportFile)[0]).toMatch(/^ingest failed: seeds folder not found/);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('reports edits that find nothing, and records where a moved document went', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-watch-'));
    try {
      const seedsDir = path.join(work, 'seeds');
      fs.mkdirSync(seedsDir);
      const seed = path.join(seedsDir, 'flood.txt');
      fs.writeFileSync(seed, 'Flood kills dozens\nAt least 40 people were killed on Friday.\n');
      fs.writeFileSync(path.join(seedsDir, 'flood.edits.yaml'), 'figures:\n  - match: "400 homes"\n    drop: true\n');
      const reportFile = path.join(work, 'report.json');
      const moved = new Map<string, string>();
      const logger = { info: () => {}, warn: () => {}, error: () => {} };
      const run = makeIngestRun({
        seedsDir,
        contentDir: path.join(work, 'content'),
        cacheDir: path.join(work, 'cache'),
        cacheVersion: 'test',
        reportFile,
        logger,
        moved,
      });
      run();
      expect(readStaleEdits(reportFile)).toEqual(['flood.edits.yaml:2: figures: "400 homes" matches no figure']);
      // A draft's title edited: its old address leads to the new one, and on through later moves.
      fs.writeFileSync(seed, 'Flood kills 40\nAt least 40 people were killed on Friday.\n');
      run();
      expect(moved).toEqual(new Map([['flood-kills-dozens', 'flood-kills-40']]));
      fs.writeFileSync(seed, '---\nslug: valley-flood\n---\nFlood kills 40\nAt least 40 people were killed on Friday.\n');
      run();
      expect(moved).toEqual(
        new Map([
          ['flood-kills-dozens', 'valley-flood'],
          ['flood-kills-40', 'valley-flood'],
        ]),
      );
      // Back to a slug a document has again: that address is the document's, not a redirect.
      fs.writeFileSync(seed, 'Flood kills dozens\nAt least 40 people were killed on Friday.\n');
      run();
      expect(moved.has('flood-kills-dozens')).toBe(false);
      expect(moved.get('valley-flood')).toBe('flood-kills-dozens');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
