// Astro integration for `astro dev`: ingests seeds/ when the server starts and again whenever a seed
// is added, changed or removed. Ingest is cached (src/ingest/cache.ts), so a save re-extracts only that
// document; the glob loader then sees the new JSON and the open page reloads. A broken seed is
// logged and listed on the home page, and the server keeps running.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { extractorVersion } from '../ingest/cache.ts';
import { defaultIngestCacheDir, ingestSeeds } from '../ingest/ingest.ts';
import { ingestSummary } from '../ingest/report.ts';
import { ingestReportPath, writeIngestReport } from './ingest-report.ts';
import { createSeedEventHandler } from './seed-events.ts';

export interface SeedWatchOptions {
  seedsDir?: string; // default <root>/seeds
  contentDir?: string; // default EXPLAINER_CONTENT_DIR or <root>/src/content/documents
  cacheDir?: string; // default node_modules/.cache/news-explainers/ingest
  debounceMs?: number;
}

/** One ingest pass that reports to the logger and the dev report; never throws. */
export function makeIngestRun(options: {
  seedsDir: string;
  contentDir: string;
  cacheDir: string;
  cacheVersion: string;
  reportFile: string;
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;
  onReportChange?: () => void;
}): () => void {
  const { logger } = options;
  return () => {
    const started = performance.now();
    let errors: string[];
    let warnings: string[] = [];
    try {
      const result = ingestSeeds({
        seedsDir: options.seedsDir,
        outDir: options.contentDir,
        cacheDir: options.cacheDir,
        cacheVersion: options.cacheVersion,
      });
      ({ errors, warnings } = result);
      for (const line of errors) logger.error(line);
      logger.info(ingestSummary(result, performance.now() - started));
    } catch (error) {
      errors = [`ingest failed: ${error instanceof Error ? error.message : String(error)}`];
      logger.error(errors[0]);
    }
    try {
      if (writeIngestReport(options.reportFile, { errors, warnings })) options.onReportChange?.();
    } catch (error) {
      logger.warn(`could not write the ingest report: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export default function seedWatch(options: SeedWatchOptions = {}): AstroIntegration {
  let root = process.cwd();
  let active = false;
  return {
    name: 'news-explainers:seed-watch',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = fileURLToPath(config.root);
        // Vitest loads this config through getViteConfig (command "dev"): tests must not ingest seeds/.
        active = command === 'dev' && !process.env.VITEST;
        // The home page's problem list reads the report from here (same process as the dev server).
        if (active) process.env.EXPLAINER_INGEST_REPORT = ingestReportPath(root);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!active) return;
        const seedsDir = path.resolve(root, options.seedsDir ?? 'seeds');
        const run = makeIngestRun({
          seedsDir,
          contentDir: path.resolve(root, options.contentDir ?? process.env.EXPLAINER_CONTENT_DIR ?? 'src/content/documents'),
          cacheDir: options.cacheDir ?? defaultIngestCacheDir(root),
          // Hashed once: the extractor code this process loaded is the code that runs until a restart.
          cacheVersion: extractorVersion(),
          reportFile: ingestReportPath(root),
          logger,
          // A new or fixed error changes no document, so the content layer would not reload the page.
          onReportChange: () => server.environments.client.hot.send({ type: 'full-reload', path: '*' }),
        });
        run();
        server.watcher.add(seedsDir);
        const onEvent = createSeedEventHandler({ seedsDir, run, debounceMs: options.debounceMs });
        server.watcher.on('all', onEvent);
      },
    },
  };
}
