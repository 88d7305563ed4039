import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png-encode.ts';
import { pngSize } from './png.ts';

describe('encodePng', () => {
  it('writes a PNG that a decoder reads back pixel for pixel', async () => {
    const width = 3;
    const height = 2;
    // red, green, blue / white, black, a mid grey: every channel and row boundary is exercised
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 255]);
    // A larger image first: its bytes are left in the row buffer the encoder keeps between calls.
    encodePng(
      Uint8Array.from({ length: 50 * 40 * 4 }, (_, i) => (i * 7919) % 251),
      50,
      40,
    );
    const png = encodePng(rgba, width, height);
    expect(pngSize(png)).toEqual({ width, height });
    const image = await loadImage(png);
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    expect([...context.getImageData(0, 0, width, height).data]).toEqual([...rgba]);
  });

  it('compresses flat colour to a small fraction of the raw pixels', () => {
    const rgba = new Uint8Array(400 * 300 * 4).fill(255);
    expect(encodePng(rgba, 400, 300).byteLength).toBeLessThan(rgba.byteLength / 50);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/not 2×2 RGBA/);
  });
});
