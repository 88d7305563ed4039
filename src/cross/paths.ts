// URL paths of the cross-document pages, in one place (the explainers' own paths are in src/lib/paths.ts).
export const FIGURES_PATH = '/figures/';
export const PEOPLE_PATH = '/people/';
export const SEARCH_PATH = '/search/';
export const ARCHIVE_PATH = '/archive/';

/** Explainers per archive page; the home page lists the latest HOME_LATEST of them. */
export const ARCHIVE_PAGE_SIZE = 100;
export const HOME_LATEST = 20;

export function seriesPath(slug: string): string {
  return `${FIGURES_PATH}${slug}/`;
}

export function personPath(slug: string): string {
  return `${PEOPLE_PATH}${slug}/`;
}
