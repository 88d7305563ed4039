// A worker thread of the PNG pool (src/build/chart-writer.ts): rasterises one SVG per message into the
// PNG cache. Skia's drawing is synchronous, so PNGs render in parallel only on separate threads.
import { parentPort } from 'node:worker_threads';
import { svgToPngCached } from '../embed/png.ts';

parentPort!.on('message', async ({ svg, dir }: { svg: string; dir: string }) => {
  try {
    await svgToPngCached(svg, dir);
    parentPort!.postMessage({});
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
