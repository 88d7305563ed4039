// The order every page lists documents in. Pure, so build steps outside Astro (chart files, the page
// cache) see the documents exactly as the pages do.
import type { SeedDocument } from '../schema/document.ts';

/** Newest first; undated documents last, then by title, so the order is stable. */
export function newestFirst(documents: readonly SeedDocument[]): SeedDocument[] {
  return [...documents].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title));
}
