// The order every page lists documents in. Pure, so build steps outside Astro (chart files, the output
// cache) see the documents exactly as the pages do; the people pages list their documents the same way.
import type { ExtractedDocument } from '../schema/document.ts';

type Dated = Pick<ExtractedDocument, 'published' | 'title'>;

/** Newest first; undated documents last, then by title, so the order is stable. */
export function byNewest(a: Dated, b: Dated): number {
  return (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title);
}

export function newestFirst<T extends Dated>(documents: readonly T[]): T[] {
  return [...documents].sort(byNewest);
}
