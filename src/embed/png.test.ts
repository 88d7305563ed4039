import { describe, expect, it } from 'vitest';
import { layoutCasualty } from '../charts/casualty/layout.ts';
import { floodReport } from '../../tests/helpers/fact-fixtures.ts';
import { casualtySvg, MAX_PNG_SIDE, svgSize } from './standalone-svg.ts';
import { pngSize, svgToPng } from './png.ts';

describe('svgToPng', () => {
  it('renders the SVG at its declared (2x) pixel size, not blank', async () => {
    const svg = casualtySvg(
      layoutCasualty(floodReport, { minWidth: 480 })!,
      480,
      { title: 'Figures', description: '', source: 'Source: Example Wire' },
      { scale: 2 },
    );
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

  it('draws the same PNG on a canvas another chart used before', async () => {
    const chart = (fill: string, height: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="${height}" viewBox="0 0 300 ${height}"><rect x="10" y="10" width="100" height="50" fill="${fill}"/><text x="10" y="90">Label</text></svg>`;
    const fresh = await svgToPng(chart('#036', 100)); // the first chart of this size: a new canvas
    // A taller chart of the same width in the same height step paints the whole canvas red...
    await svgToPng(
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120"><rect width="300" height="120" fill="#c00"/></svg>`,
    );
    // ...and the first chart drawn again on it comes out byte for byte as before.
    expect(Buffer.compare(await svgToPng(chart('#036', 100)), fresh)).toBe(0);
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow(/PNG/);
  });
});
