// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import seedWatch from './src/integrations/seed-watch.ts';

// Absolute URLs (canonical links, feeds, embed codes) come from here; SITE_URL overrides it at build time.
const site = process.env.SITE_URL || 'https://explainers.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Embed pages (/embed/…, /figures/<series>/embed/) are framed copies of charts, marked noindex: not in the sitemap.
  // seedWatch: `astro dev` re-ingests seeds/ on every save (a no-op in builds).
  integrations: [seedWatch(), mdx(), sitemap({ filter: (page) => !/(^|\/)embed\//.test(new URL(page).pathname) })],
  build: { inlineStylesheets: 'always' },
  // A Content-Security-Policy <meta> on every page: Astro hashes its own scripts and styles, so no
  // 'unsafe-inline' is needed, and nothing a seed smuggles into the HTML could run.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"],
    },
  },
  // Tests build fixture sites with their own cache so they never mix with the real site's content store.
  cacheDir: process.env.EXPLAINER_CACHE_DIR || './node_modules/.astro',
});
