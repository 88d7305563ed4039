import { describe, expect, it } from 'vitest';
import { doc, figure, quakeFigures } from '../../tests/helpers/chart-fixtures.ts';
import { svgToPng, pngSize } from './png.ts';
import { SHARE_IMAGE, shareImageAlt, shareImageSvg } from './share-image.ts';
import { svgSize } from './standalone-svg.ts';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('shareImageSvg', () => {
  const quake = doc({ figures: quakeFigures });

  it('is 1200 × 630 with the site, the title, three headline facts (each once) and the outlet and date', () => {
    const svg = shareImageSvg(quake);
    expect(svgSize(svg)).toEqual({ width: 1200, height: 630 });
    expect(texts(svg)).toEqual([
      'NEWS EXPLAINERS · EXPLAINER',
      'Quake in the hills',
      'more than 1,040',
      'villagers killed',
      '3',
      'climbers missing',
      'nearly 48,200',
      'residents displaced',
      'Example Wire · 14 Mar 2025',
    ]);
    expect(shareImageAlt(quake)).toBe(
      'Quake in the hills: more than 1,040 villagers killed; 3 climbers missing; nearly 48,200 residents displaced',
    );
  });

  it('wraps a long title, cuts one too long for its lines, and escapes what the seed wrote', () => {
    const title = `<script>alert(1)</script> ${'Regional council reviews every flood defence '.repeat(9)}`.trim();
    const svg = shareImageSvg(doc({ title, figures: [figure({ id: 'figure-1', value: 2 })] }));
    const lines = texts(svg).slice(1, -3);
    expect(lines).toHaveLength(3);
    expect(lines[0].startsWith('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe(true);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(svg).not.toContain('<script>');
  });

  it('gives a report without counts of people its title alone, and draws as a PNG of the same size', async () => {
    const svg = shareImageSvg(doc({ title: 'Trade ministers agree to resume talks', source: null, published: null }));
    expect(texts(svg)).toEqual(['NEWS EXPLAINERS · EXPLAINER', 'Trade ministers agree to', 'resume talks', 'News report']);
    const png = await svgToPng(svg);
    expect(pngSize(png)).toEqual(SHARE_IMAGE);
  });
});
