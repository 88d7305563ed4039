import { describe, expect, it } from 'vitest';
import { layoutCasualties } from '../charts/casualty/layout.ts';
import { quakeFigures } from '../charts/test-fixtures.ts';
import { casualtySvg, svgSize } from './standalone-svg.ts';
import { MAX_PNG_SIDE, pngSize, svgToPng } from './png.ts';

describe('svgToPng', () => {
  it('renders the SVG at its declared (2x) pixel size, not blank', async () => {
    const svg = casualtySvg(layoutCasualties(quakeFigures, { width: 480 })!, { title: 'Figures', description: '', source: 'Source: Example Wire' }, { scale: 2 });
    const png = await svgToPng(svg);
    expect(pngSize(png)).toEqual(svgSize(svg));
    // A blank canvas compresses to almost nothing; bars and text do not.
    expect(png.byteLength).toBeGreaterThan(5_000);
  });

  it('draws a chart too tall for one canvas smaller instead of failing', async () => {
    const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="60000" viewBox="0 0 500 30000"><rect width="500" height="30000" fill="#c00"/></svg>`;
    const size = pngSize(await svgToPng(tall));
    expect(size.height).toBe(MAX_PNG_SIDE);
    expect(size.width).toBe(Math.round((1000 * MAX_PNG_SIDE) / 60000));
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow(/PNG/);
  });
});
