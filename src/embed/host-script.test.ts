import { describe, expect, it } from 'vitest';
import { hostScript } from './host-script.ts';
import { MAX_EMBED_HEIGHT, REQUEST_HEIGHT_MESSAGE, RESIZE_MESSAGE } from './messages.ts';

const ORIGIN = 'https://explainers.example.org';

interface FakeFrame {
  src: string;
  contentWindow: { postMessage: (message: unknown, origin: string) => void };
  attributes: Record<string, string>;
  style: Record<string, string>;
  setAttribute(name: string, value: string): void;
}

/** Runs the script against a stand-in window and document with the given iframes. */
function host(srcs: string[], runs = 1) {
  const listeners: ((event: unknown) => void)[] = [];
  const asked: { frame: number; message: unknown; origin: string }[] = [];
  const frames: FakeFrame[] = srcs.map((src, index) => {
    const attributes: Record<string, string> = {};
    return {
      src,
      contentWindow: { postMessage: (message: unknown, origin: string) => asked.push({ frame: index, message, origin }) },
      attributes,
      style: {},
      setAttribute: (name: string, value: string) => {
        attributes[name] = value;
      },
    };
  });
  const win: Record<string, unknown> = {
    addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && listeners.push(fn),
  };
  const doc = { getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []) };
  for (let i = 0; i < runs; i++) new Function('window', 'document', hostScript(ORIGIN))(win, doc);
  const send = (frame: number | object, data: unknown, origin = ORIGIN) =>
    listeners.forEach((fn) => fn({ origin, data, source: typeof frame === 'number' ? frames[frame].contentWindow : frame }));
  return { frames, listeners, asked, send };
}

const ours = `${ORIGIN}/embed/quake/casualties/`;

describe('hostScript', () => {
  it('stays under 2 KB', () => {
    expect(new TextEncoder().encode(hostScript(ORIGIN)).length).toBeLessThan(2048);
  });

  it('sizes the iframe whose window sent a well-formed message from our origin', () => {
    const { frames, send } = host([ours, `${ORIGIN}/embed/quake/timeline/`]);
    send(1, { type: RESIZE_MESSAGE, height: 640.2 });
    expect(frames[1].attributes.height).toBe('641');
    expect(frames[1].style.height).toBe('641px');
    expect(frames[0].attributes.height).toBeUndefined();
    send(0, { type: RESIZE_MESSAGE, height: 388 });
    expect(frames[0].style.height).toBe('388px');
    expect(frames[1].style.height).toBe('641px');
  });

  it('ignores messages from another origin, from foreign frames and from unknown windows', () => {
    const { frames, send } = host([ours, 'https://ads.example.net/embed/quake/casualties/']);
    send(0, { type: RESIZE_MESSAGE, height: 500 }, 'https://ads.example.net');
    send(0, { type: RESIZE_MESSAGE, height: 500 }, 'http://explainers.example.org');
    // Our origin but a window that is not one of our iframes (the foreign frame, or a popup).
    send(1, { type: RESIZE_MESSAGE, height: 500 });
    send({}, { type: RESIZE_MESSAGE, height: 500 });
    expect(frames.map((f) => f.style.height)).toEqual([undefined, undefined]);
  });

  it('ignores a frame whose src only looks like ours', () => {
    const { frames, send } = host([`${ORIGIN}.evil.example/embed/`]);
    send(0, { type: RESIZE_MESSAGE, height: 500 });
    expect(frames[0].style.height).toBeUndefined();
  });

  it('ignores every other message shape', () => {
    const { frames, send } = host([ours]);
    for (const data of [
      null,
      'news-explainers:resize 500',
      [RESIZE_MESSAGE, 500],
      { type: RESIZE_MESSAGE },
      { type: 'resize', height: 500 },
      { type: RESIZE_MESSAGE, height: '500' },
      { type: RESIZE_MESSAGE, height: Number.NaN },
      { type: RESIZE_MESSAGE, height: Number.POSITIVE_INFINITY },
      { type: RESIZE_MESSAGE, height: 0 },
      { type: RESIZE_MESSAGE, height: -20 },
      { type: RESIZE_MESSAGE, height: MAX_EMBED_HEIGHT + 1 },
      { type: RESIZE_MESSAGE, height: 500, extra: true },
      { sentinel: 'amp', type: 'embed-size', height: 500 },
    ]) {
      send(0, data);
    }
    expect(frames[0].style.height).toBeUndefined();
    send(0, { type: RESIZE_MESSAGE, height: MAX_EMBED_HEIGHT });
    expect(frames[0].style.height).toBe(`${MAX_EMBED_HEIGHT}px`);
  });

  it('adds one listener however often the script is included, and asks only our frames to re-post', () => {
    const { listeners, asked } = host([ours, 'https://video.example.com/player'], 2);
    expect(listeners).toHaveLength(1);
    // Any origin: a lazy frame not yet loaded is still the host's blank page (src/embed/host-script.ts).
    expect(asked).toEqual([{ frame: 0, message: { type: REQUEST_HEIGHT_MESSAGE }, origin: '*' }]);
  });
});
