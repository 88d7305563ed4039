// Site-wide settings used by layouts, feeds and embed codes.
export const SITE_NAME = 'News Explainers';
export const SITE_DESCRIPTION =
  'Explainers built from news reports: the key figures, who said what, who is who and when it happened, each traceable to its sentence.';

/** Absolute URLs (canonical links, feeds, embed codes, sitemaps) start here; SITE_URL overrides it. */
export const DEFAULT_SITE_URL = 'https://explainers.example.org';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env.SITE_URL || DEFAULT_SITE_URL;
}
