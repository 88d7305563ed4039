// A document's slug: from its title (src/lib/slug.ts), unique across the site.
import { slugify } from '../lib/slug.ts';

/** A slug from `title` (or `fallback` when the title has no Latin letters or digits) not yet in `taken`. */
export function uniqueSlug(title: string, fallback: string, taken: ReadonlySet<string>): string {
  const base = slugify(title) || slugify(fallback) || 'document';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
