// Astro integration for `astro dev`: ingests seeds/ when the server starts and again whenever a seed or
// an edits file (seeds/<name>.edits.yaml) is added, changed or removed. Ingest is cached
// (src/ingest/cache.ts), so a save re-extracts only that document, and a saved edits file re-extracts
// nothing; the glob loader then sees the new JSON and the open page reloads. A broken seed or edits file,
// and an edit that finds nothing, are logged and listed on the home page, and the server keeps running.
// A document whose slug moved (an editor's `slug:`, a draft's new title) answers at its old URLs with a
// redirect, so its open page follows it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, setIngestReportFile, underVitest } from '../lib/build-env.ts';
import { ingestReportPath } from '../lib/dev-ingest-report.ts';

export interface SeedWatchOptions {
  seedsDir?: string; // default <root>/seeds
  contentDir?: string; // the content folder (src/content.config.ts): default EXPLAINER_CONTENT_DIR or <root>/src/content
  cacheDir?: string; // default node_modules/.cache/news-explainers/ingest
  debounceMs?: number;
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
        active = command === 'dev' && !underVitest();
        // The home page's problem list reads the report from here (same process as the dev server).
        if (active) setIngestReportFile(ingestReportPath(root));
      },
      'astro:server:setup': async ({ server, logger }) => {
        if (!active) return;
        // The extractors are loaded here, not with the config: `astro build` never needs them.
        const [{ makeIngestRun }, { defaultIngestCacheDir, extractorVersion }, { createSeedEventHandler }, { SLUG_REGISTRY_FILE }] =
          await Promise.all([
            import('./ingest-run.ts'),
            import('../ingest/cache.ts'),
            import('./seed-events.ts'),
            import('../ingest/slug-registry.ts'),
          ]);
        const seedsDir = path.resolve(root, options.seedsDir ?? 'seeds');
        const moved = new Map<string, string>();
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://dev');
          const parts = /^\/(explainers|embed)\/([^/]+)(\/.*)?$/.exec(url.pathname);
          const to = parts && moved.get(parts[2]);
          if (!parts || !to) return next();
          res.statusCode = 302;
          res.setHeader('Location', `/${parts[1]}/${to}${parts[3] ?? '/'}${url.search}`);
          res.end();
        });
        const run = makeIngestRun({
          seedsDir,
          contentDir: path.resolve(root, options.contentDir ?? contentDir()),
          cacheDir: options.cacheDir ?? defaultIngestCacheDir(root),
          // Hashed once: the extractor code this process loaded is the code that runs until a restart.
          cacheVersion: extractorVersion(),
          reportFile: ingestReportPath(root),
          slugRegistry: path.join(root, SLUG_REGISTRY_FILE),
          moved,
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
