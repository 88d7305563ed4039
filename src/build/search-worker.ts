// The search index's worker thread (search-index.ts): feeds Pagefind one record at a time, in the
// order given, shard after shard, on an event loop of its own, so the build's own work never keeps
// Pagefind waiting.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const { shards, siteDir } = workerData as { shards: Array<{ dir: string; records: pagefind.CustomRecord[] }>; siteDir: string };

async function write(): Promise<void> {
  try {
    for (const shard of shards) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
      for (const record of shard.records) {
        const added = await index.addCustomRecord(record);
        if (added.errors.length) throw new Error(`${record.url}: ${added.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: path.join(siteDir, shard.dir) });
      if (written.errors.length) throw new Error(written.errors.join('; '));
      await index.deleteIndex();
    }
  } finally {
    await pagefind.close();
  }
}

write().then(
  () => parentPort!.postMessage({}),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
