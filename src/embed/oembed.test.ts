import { describe, expect, it } from 'vitest';
import { oEmbedJson } from './oembed.ts';

const options = {
  src: 'https://explainers.example.org/embed/floods/timeline/',
  title: '5 dated events, 2 Nov 2024 to 9 Nov 2024',
  width: 640,
  height: 512.4,
  providerName: 'News Explainers',
  providerUrl: 'https://explainers.example.org/',
};

describe('oEmbedJson', () => {
  it('is a rich response whose html is the bare iframe', () => {
    const json = oEmbedJson({ ...options, authorName: 'River Valley Herald', authorUrl: 'https://herald.example.com/floods' });
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: options.title,
      width: 640,
      height: 512,
      provider_name: 'News Explainers',
      provider_url: 'https://explainers.example.org/',
      author_name: 'River Valley Herald',
      author_url: 'https://herald.example.com/floods',
    });
    expect(json.html).toMatch(
      /^<iframe src="https:\/\/explainers\.example\.org\/embed\/floods\/timeline\/" [^>]*height="512"[^>]*><\/iframe>$/,
    );
    expect(json.html).not.toContain('<script');
  });

  it('leaves out the author when the outlet is unknown, and non-http author links always', () => {
    expect(oEmbedJson(options)).not.toHaveProperty('author_name');
    const json = oEmbedJson({ ...options, authorName: 'Wire', authorUrl: 'javascript:alert(1)' });
    expect(json.author_name).toBe('Wire');
    expect(json).not.toHaveProperty('author_url');
  });

  it('survives JSON round-trips with hostile titles intact and escaped in the html', () => {
    const json = JSON.parse(JSON.stringify(oEmbedJson({ ...options, title: '"</script><b>x' })));
    expect(json.title).toBe('"</script><b>x');
    expect(json.html).toContain('title="&quot;&lt;/script&gt;&lt;b&gt;x"');
  });
});
