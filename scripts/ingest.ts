// npm run ingest [-- --seeds DIR --out DIR]: seeds -> one JSON document per seed.
// Exits 1 when any seed could not be published (the others are still written).
import { parseArgs } from 'node:util';
import { ingestSeeds } from '../src/ingest/ingest.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'src/content/documents' },
    quiet: { type: 'boolean', default: false },
  },
});

const started = performance.now();
try {
  const result = ingestSeeds({ seedsDir: values.seeds, outDir: values.out, log: (line) => console.error(line) });
  const count = (key: 'figures' | 'quotes' | 'events') => result.documents.reduce((n, d) => n + d[key].length, 0);
  if (!values.quiet) {
    console.log(
      `ingest: ${result.documents.length} documents, ${count('figures')} figures, ${count('quotes')} quotes, ` +
        `${count('events')} events, ${result.warnings.length} warnings, ${result.errors.length} errors ` +
        `in ${((performance.now() - started) / 1000).toFixed(2)} s -> ${values.out}`,
    );
  }
  process.exitCode = result.errors.length ? 1 : 0;
} catch (error) {
  console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
