// URL slugs: ASCII, lower case, hyphenated. One rule for every slug of the site (documents, people,
// series), so a name reads the same in every address.

/**
 * "Séisme à Taïwan : 12 morts" -> "seisme-a-taiwan-12-morts". Accents are dropped, apostrophes vanish
 * ("Israel’s" -> "israels"), anything else that is not a Latin letter or a digit becomes one hyphen.
 * A slug over `maxLength` is cut at its last hyphen past the middle. Empty when nothing Latin is left:
 * the caller decides the fallback (slugOr).
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > maxLength / 2 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}

/** The slug of `text`, or `${fallbackPrefix}-<hash of the text>` when it has no Latin letters or digits. */
export function slugOr(text: string, fallbackPrefix: string): string {
  return slugify(text) || `${fallbackPrefix}-${shortHash(text.normalize('NFC'))}`;
}

/** A short, stable hash (FNV-1a, hex): slugs of names with no Latin letters, search shards. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
