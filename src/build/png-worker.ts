// A worker thread of the PNG pool (src/build/chart-files.ts): rasterises one SVG per message into the
// PNG cache and answers with the cached file's path. Skia's drawing is synchronous, so PNGs render in
// parallel only on separate threads.
import { parentPort } from 'node:worker_threads';
import { pngCachePath, svgToPngCached } from '../embed/png.ts';

parentPort!.on('message', async ({ id, svg, dir }: { id: number; svg: string; dir: string }) => {
  try {
    await svgToPngCached(svg, dir);
    parentPort!.postMessage({ id, file: pngCachePath(svg, dir) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
