// PNG from a standalone SVG, at build time. @napi-rs/canvas (Skia) rasterises the SVG with the system's
// fonts; the SVG is asked for at its final pixel size (width/height attributes scaled, viewBox kept), so
// Skia draws vectors at full resolution instead of upscaling a bitmap.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { pngSizeOf } from './standalone-svg.ts';
import { encodePng } from './png-encode.ts';

// Canvases are kept between charts and drawn over: on a virtual machine each page of fresh memory
// costs a page fault, and a new 2x canvas faulted in more time than Skia took to draw on it. Charts of
// a site share a few widths; heights are rounded up to a step, so charts of similar height share one
// canvas and draw at its top. Only canvases up to a few megapixels are kept, and only a few of them.
const HEIGHT_STEP = 128;
const KEPT_CANVASES = 6;
const KEPT_PIXELS = 4_000_000;
const canvases = new Map<string, Canvas>(); // by width × bucket height, least recently used first

function canvasFor(width: number, height: number): Canvas {
  const bucket = Math.ceil(height / HEIGHT_STEP) * HEIGHT_STEP;
  if (width * bucket > KEPT_PIXELS) return createCanvas(width, height);
  const key = `${width}x${bucket}`;
  const canvas = canvases.get(key) ?? createCanvas(width, bucket);
  canvases.delete(key);
  canvases.set(key, canvas);
  if (canvases.size > KEPT_CANVASES) canvases.delete(canvases.keys().next().value!);
  return canvas;
}

export async function svgToPng(svg: string): Promise<Buffer> {
  const { width, height } = pngSizeOf(svg);
  const image = await loadImage(Buffer.from(svg, 'utf8'));
  const canvas = canvasFor(width, height);
  const context = canvas.getContext('2d');
  // Opaque white under the chart: canvas pixels are premultiplied, which equals straight alpha only
  // where a pixel is opaque, and a downloaded chart should not turn dark on a dark viewer anyway. It
  // also covers whatever the canvas's last chart left there.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  // The chart's rows are the first `height` rows of the canvas (which may be taller).
  return encodePng(canvas.data().subarray(0, width * height * 4), width, height);
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
  writeFileAtomic(file, png); // a concurrent build never reads half a file
  return png;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), for tests and checks. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.byteLength < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
