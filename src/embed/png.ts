// PNG from a standalone SVG, at build time. @napi-rs/canvas (Skia) rasterises the SVG with the system's
// fonts; the SVG is asked for at its final pixel size (width/height attributes scaled, viewBox kept), so
// Skia draws vectors at full resolution instead of upscaling a bitmap.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { svgSize } from './standalone-svg.ts';

export async function svgToPng(svg: string): Promise<Buffer> {
  const { width, height } = svgSize(svg);
  if (!(width > 0 && height > 0)) throw new Error('svgToPng: the SVG declares no width and height');
  const image = await loadImage(Buffer.from(svg, 'utf8'));
  const canvas = createCanvas(Math.round(width), Math.round(height));
  canvas.getContext('2d').drawImage(image, 0, 0, Math.round(width), Math.round(height));
  return canvas.encode('png');
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), for tests and checks. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.byteLength < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
