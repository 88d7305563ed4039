// URL paths of the cross-document pages, in one place (the explainers' own paths are in src/lib/paths.ts).
export const FIGURES_PATH = '/figures/';
export const PEOPLE_PATH = '/people/';
export const SEARCH_PATH = '/search/';

export function seriesPath(slug: string): string {
  return `${FIGURES_PATH}${slug}/`;
}

export function personPath(slug: string): string {
  return `${PEOPLE_PATH}${slug}/`;
}
