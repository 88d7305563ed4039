import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { FRAME_SCRIPT, frameScriptHash } from './frame-script.ts';
import { REQUEST_HEIGHT_MESSAGE, RESIZE_MESSAGE } from './messages.ts';

/** Runs the script with a stand-in window; `framed` puts it inside a parent window. */
function frame(search: string, framed = true) {
  let height = 412.3;
  const posted: unknown[] = [];
  const listeners: ((e: unknown) => void)[] = [];
  let observed: (() => void) | null = null;
  // As EmbedLayout writes the page: light until the query says otherwise.
  const attributes: Record<string, string> = { 'data-theme': 'light' };
  const root = {
    setAttribute: (k: string, v: string) => (attributes[k] = v),
    removeAttribute: (k: string) => delete attributes[k],
    getBoundingClientRect: () => ({ height }),
  };
  const parent = { postMessage: (m: unknown, origin: string) => posted.push({ m, origin }) };
  const win: Record<string, unknown> = {
    location: { search },
    addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && listeners.push(fn),
    ResizeObserver: class {
      constructor(fn: () => void) {
        observed = fn;
      }
      observe() {
        observed?.();
      }
    },
  };
  win.parent = framed ? parent : win;
  new Function('window', 'document', FRAME_SCRIPT)(win, { documentElement: root });
  return {
    attributes,
    posted,
    resize: (h: number) => {
      height = h;
      observed?.();
    },
    message: (source: unknown, data: unknown) => listeners.forEach((fn) => fn({ source, data })),
    parent,
  };
}

describe('FRAME_SCRIPT', () => {
  it('stays light by default, applies ?theme=dark, follows the reader with ?theme=auto, and ?background=transparent', () => {
    expect(frame('').attributes).toEqual({ 'data-theme': 'light' });
    expect(frame('?theme=dark&background=transparent').attributes).toEqual({ 'data-theme': 'dark', 'data-background': 'transparent' });
    expect(frame('?theme=light').attributes).toEqual({ 'data-theme': 'light' });
    expect(frame('?theme=auto').attributes).toEqual({});
    // Anything unknown keeps the default.
    expect(frame('?theme=%22%3E%3Cx').attributes).toEqual({ 'data-theme': 'light' });
  });

  it('posts its height, rounded up, in our shape and in AMP’s, once per change', () => {
    const f = frame('');
    expect(f.posted).toEqual([
      { m: { type: RESIZE_MESSAGE, height: 413 }, origin: '*' },
      { m: { sentinel: 'amp', type: 'embed-size', height: 413 }, origin: '*' },
    ]);
    f.resize(412.9);
    expect(f.posted).toHaveLength(2);
    f.resize(700);
    expect(f.posted.at(-2)).toEqual({ m: { type: RESIZE_MESSAGE, height: 700 }, origin: '*' });
  });

  it('posts again when its parent asks, and only then', () => {
    const f = frame('');
    f.message({}, { type: REQUEST_HEIGHT_MESSAGE });
    f.message(f.parent, { type: 'something-else' });
    expect(f.posted).toHaveLength(2);
    f.message(f.parent, { type: REQUEST_HEIGHT_MESSAGE });
    expect(f.posted).toHaveLength(4);
  });

  it('posts nothing when not framed', () => {
    expect(frame('', false).posted).toEqual([]);
  });

  it('has the hash the CSP needs', async () => {
    expect(await frameScriptHash()).toBe(`sha256-${createHash('sha256').update(FRAME_SCRIPT).digest('base64')}`);
  });
});
