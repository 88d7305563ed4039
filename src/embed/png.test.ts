import { describe, expect, it } from 'vitest';
import { layoutCasualties } from '../charts/casualty/layout.ts';
import { quakeFigures } from '../charts/test-fixtures.ts';
import { casualtySvg, svgSize } from './standalone-svg.ts';
import { pngSize, svgToPng } from './png.ts';

describe('svgToPng', () => {
  it('renders the SVG at its declared (2x) pixel size, not blank', async () => {
    const svg = casualtySvg(layoutCasualties(quakeFigures, { width: 480 })!, { title: 'Figures', description: '', source: 'Source: Example Wire' }, { scale: 2 });
    const png = await svgToPng(svg);
    expect(pngSize(png)).toEqual(svgSize(svg));
    // A blank canvas compresses to almost nothing; bars and text do not.
    expect(png.byteLength).toBeGreaterThan(5_000);
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow(/PNG/);
  });
});
