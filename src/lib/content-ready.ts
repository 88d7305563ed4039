// The hand-over between a build and the Astro process it starts early. `npm run build` starts Astro
// before ingest: Astro spends a second or two loading itself and its config, which overlaps with
// ingest and the plan of what to render (src/build/build-site.ts). Only the content loaders must wait,
// until the build has written the content folder and then the file named by EXPLAINER_CONTENT_READY
// (the whole protocol is described in src/lib/build-env.ts). Without that variable (astro dev, a bare
// astro build) nothing waits.
import fs from 'node:fs';
import { contentReadyFile } from './build-env.ts';

const POLL_MS = 10;

let ready: Promise<void> | undefined;

/** Resolves once the content folder is complete; rejects when the build that started this process is gone. */
export function contentReady(): Promise<void> {
  const file = contentReadyFile();
  if (!file) return Promise.resolve();
  const parent = process.ppid;
  ready ??= new Promise((resolve, reject) => {
    const check = () => {
      if (fs.existsSync(file)) return resolve();
      // The build kills this process when it fails; if it died instead, nobody will ever hand over.
      if (process.ppid !== parent) return reject(new Error('the build that started Astro has ended'));
      setTimeout(check, POLL_MS);
    };
    check();
  });
  return ready;
}
