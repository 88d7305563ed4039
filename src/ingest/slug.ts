// Slugs for URLs: ASCII, lower case, hyphenated, from the title; unique across the site.

export function slugify(title: string, maxLength = 80): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > maxLength / 2 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}

/** A slug from `title` (or `fallback` when the title has no Latin letters or digits) not yet in `taken`. */
export function uniqueSlug(title: string, fallback: string, taken: ReadonlySet<string>): string {
  const base = slugify(title) || slugify(fallback) || 'document';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
