// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import seedWatch from './src/integrations/seed-watch.ts';
import chartFileServer from './src/integrations/chart-file-server.ts';
import buildGuard from './src/integrations/build-guard.ts';
import { astroCacheDir, siteUrl } from './src/lib/build-env.ts';

// Absolute URLs (canonical links, feeds, embed codes): SITE_URL, or the default in src/lib/site.ts. The
// build's environment variables are all named in src/lib/build-env.ts.
const site = siteUrl();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // buildGuard: a bare `astro build` stops and says to run `npm run build`; seedWatch: `astro dev` re-ingests
  // seeds/ on every save; chartFileServer: `astro dev` serves the charts' downloads, which `npm run build`
  // writes outside Astro (src/build/chart-writer.ts). The sitemap is written by the build from the finished
  // pages (src/build/sitemap.ts).
  integrations: [buildGuard(), seedWatch(), chartFileServer(), mdx()],
  build: { inlineStylesheets: 'always' },
  // No code blocks to highlight: skipping Shiki saves its start-up on every build, and its inline styles
  // would not pass the CSP below.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page: Astro hashes its own scripts and styles, so no
  // 'unsafe-inline' is needed, and nothing a seed smuggles into the HTML could run.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"],
    },
  },
  // Tests build fixture sites with their own cache so they never mix with the real site's content store.
  cacheDir: astroCacheDir(),
});
