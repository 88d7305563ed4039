import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_READY_ENV } from './build-env.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

// A fresh module each time: the hand-over is awaited once per process.
const load = async () => (await import('./content-ready.ts')).contentReady;

describe('contentReady', () => {
  it('does not wait when no build hands the content over (astro dev, a bare astro build)', async () => {
    vi.stubEnv(CONTENT_READY_ENV, '');
    await expect((await load())()).resolves.toBeUndefined();
  });

  it('waits until the build writes the ready file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-ready-'));
    try {
      const ready = path.join(dir, 'ready');
      vi.stubEnv(CONTENT_READY_ENV, ready);
      let done = false;
      const waiting = (await load())().then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(done).toBe(false);
      fs.writeFileSync(ready, '');
      await waiting;
      expect(done).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
