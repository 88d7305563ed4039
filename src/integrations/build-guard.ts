// Astro integration: stops a bare `astro build`. The site is built by `npm run build` (src/build/build-site.ts),
// which ingests the seeds, hands Astro its content and writes what Astro does not: the search index, the
// sitemap, the charts' downloads and share images. A bare `astro build` would publish a site without them,
// so it stops at once and says which command to run. `npm run build` names its content hand-over in the
// environment (src/lib/build-env.ts), which is how the guard knows it.
import type { AstroIntegration } from 'astro';
import { contentReadyFile } from '../lib/build-env.ts';

export const BARE_BUILD_MESSAGE =
  'Run `npm run build` to build this site: a bare `astro build` would publish it without its search index, sitemap, chart downloads and share images.';

export default function buildGuard(): AstroIntegration {
  return {
    name: 'news-explainers:build-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || contentReadyFile()) return;
        logger.error(BARE_BUILD_MESSAGE);
        process.exit(1);
      },
    },
  };
}
