// Site-wide settings used by layouts, feeds and embed codes.
export const SITE_NAME = 'News Explainers';
export const SITE_DESCRIPTION =
  'Explainers built from news reports: the key figures, who said what, who is who and when it happened, each traceable to its sentence.';
