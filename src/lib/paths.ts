// URL paths of the site's pages, in one place.
export function explainerPath(slug: string): string {
  return `/explainers/${slug}/`;
}
