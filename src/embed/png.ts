// PNG from a standalone SVG, at build time. @napi-rs/canvas (Skia) rasterises the SVG with the system's
// fonts; the SVG is asked for at its final pixel size (width/height attributes scaled, viewBox kept), so
// Skia draws vectors at full resolution instead of upscaling a bitmap.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { svgSize } from './standalone-svg.ts';
import { encodePng } from './png-encode.ts';

/**
 * The longest side of a PNG. Skia refuses canvases beyond its limits ("The canvas has no pixels"), and a
 * document with hundreds of dated events makes a timeline tens of thousands of pixels tall: such a chart
 * is drawn smaller rather than failing the build.
 */
export const MAX_PNG_SIDE = 16_384;

export async function svgToPng(svg: string): Promise<Buffer> {
  const declared = svgSize(svg);
  if (!(declared.width > 0 && declared.height > 0)) throw new Error('svgToPng: the SVG declares no width and height');
  const shrink = Math.min(1, MAX_PNG_SIDE / declared.width, MAX_PNG_SIDE / declared.height);
  const width = Math.max(1, Math.round(declared.width * shrink));
  const height = Math.max(1, Math.round(declared.height * shrink));
  const image = await loadImage(Buffer.from(svg, 'utf8'));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  // Opaque white under the chart: canvas pixels are premultiplied, which equals straight alpha only
  // where a pixel is opaque, and a downloaded chart should not turn dark on a dark viewer anyway.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return encodePng(canvas.data(), width, height);
}

/** Where the cache keeps the PNG of `svg`. */
export function pngCachePath(svg: string, dir: string): string {
  return path.join(dir, `${crypto.createHash('sha256').update(svg).digest('hex')}.png`);
}

/**
 * svgToPng through a content-addressed cache in `dir`: encoding dominates build time (tens of ms per
 * chart), and an unchanged chart yields the same SVG, so a rebuild reuses its PNG byte for byte.
 */
export async function svgToPngCached(svg: string, dir: string): Promise<Buffer> {
  const file = pngCachePath(svg, dir);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const png = await svgToPng(svg);
  fs.mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, png);
  fs.renameSync(temp, file); // atomic: a concurrent build never reads half a file
  return png;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), for tests and checks. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.byteLength < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
