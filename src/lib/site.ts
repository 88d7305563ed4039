// Site-wide settings used by layouts, feeds, embed codes, chart images and share images: a newsroom
// changes its name here (and its address with SITE_URL, or DEFAULT_SITE_URL below).
export const SITE_NAME = 'News Explainers';
export const SITE_DESCRIPTION =
  'Explainers built from news reports: the key figures, who said what, who is who and when it happened, each traceable to its sentence.';

/** The example domain the project ships with: a build that would publish links to it gets a warning. */
export const EXAMPLE_SITE_URL = 'https://explainers.example.org';

/** Absolute URLs (canonical links, feeds, embed codes, sitemaps) start here; SITE_URL overrides it (build-env.ts siteUrl). */
export const DEFAULT_SITE_URL = EXAMPLE_SITE_URL;

/** The one warning of a build whose absolute links would point at the example domain; null otherwise. */
export function exampleSiteWarning(site: string): string | null {
  if (!URL.canParse(site) || new URL(site).origin !== new URL(EXAMPLE_SITE_URL).origin) return null;
  return (
    `SITE_URL is not set: embed codes, canonical links, the feed and the sitemap point at the example domain ${EXAMPLE_SITE_URL}/. ` +
    'Build with SITE_URL=https://your.site/ npm run build (or set DEFAULT_SITE_URL in src/lib/site.ts).'
  );
}

/** The site URL an endpoint or page runs under (astro.config.mjs `site`, overridable with SITE_URL). */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('Embed codes and feeds need absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  return site;
}

/** Explainers per archive page; the home page lists the latest HOME_LATEST stories. */
export const ARCHIVE_PAGE_SIZE = 100;
export const HOME_LATEST = 20;
