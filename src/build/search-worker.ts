// The search index's worker thread (search-index.ts): feeds Pagefind one record at a time, in the
// order given, on an event loop of its own, so the build's own work never keeps Pagefind waiting.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const { records, siteDir } = workerData as { records: pagefind.CustomRecord[]; siteDir: string };

async function write(): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length) throw new Error(`${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
}

write().then(
  () => parentPort!.postMessage({}),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
