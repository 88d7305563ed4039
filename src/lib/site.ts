// Site-wide settings used by layouts, feeds and embed codes.
export const SITE_NAME = 'News Explainers';
export const SITE_DESCRIPTION =
  'Explainers built from news reports: the key figures, who said what, who is who and when it happened, each traceable to its sentence.';

/** Absolute URLs (canonical links, feeds, embed codes, sitemaps) start here; SITE_URL overrides it (build-env.ts siteUrl). */
export const DEFAULT_SITE_URL = 'https://explainers.example.org';

/** The site URL an endpoint or page runs under (astro.config.mjs `site`, overridable with SITE_URL). */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('Embed codes and feeds need absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  return site;
}

/** Explainers per archive page; the home page lists the latest HOME_LATEST stories. */
export const ARCHIVE_PAGE_SIZE = 100;
export const HOME_LATEST = 20;
