import { describe, expect, it } from 'vitest';
import { embedCode, iframeCode } from './embed-code.ts';

const base = {
  src: 'https://explainers.example.org/embed/quake-in-the-hills/casualties/',
  title: 'At least 912 villagers killed',
  height: 431.6,
};

describe('iframeCode', () => {
  it('writes a lazy, borderless, full-width iframe with a title and a rounded height', () => {
    expect(iframeCode(base)).toBe(
      '<iframe src="https://explainers.example.org/embed/quake-in-the-hills/casualties/" title="At least 912 villagers killed" loading="lazy" width="100%" height="432" frameborder="0" style="border:0;width:100%;max-width:100%"></iframe>',
    );
  });

  it('escapes the title so seed text cannot break out of the attribute', () => {
    const code = iframeCode({ ...base, title: 'Rebels "seize" port <script>alert(1)</script> & more' });
    expect(code).toContain('title="Rebels &quot;seize&quot; port &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"');
    expect(code).not.toContain('<script>');
  });

  it('refuses URLs that are not http(s)', () => {
    expect(() => iframeCode({ ...base, src: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => iframeCode({ ...base, src: '/relative/' })).toThrow();
  });
});

describe('embedCode', () => {
  it('adds the async sizing script after the iframe when asked', () => {
    const code = embedCode({ ...base, scriptSrc: 'https://explainers.example.org/embed.js' });
    const [frame, script] = code.split('\n');
    expect(frame).toBe(iframeCode(base));
    expect(script).toBe('<script async src="https://explainers.example.org/embed.js"></script>');
  });

  it('is the bare iframe without a script URL', () => {
    expect(embedCode(base)).toBe(iframeCode(base));
  });
});
