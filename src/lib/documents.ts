// Reading the documents collection in the order pages show it.
import { getCollection } from 'astro:content';
import type { SeedDocument } from '../schema/document.ts';

/** Every document, newest first; undated documents last, then by title, so the order is stable. */
export async function documentsNewestFirst(): Promise<SeedDocument[]> {
  const entries = await getCollection('documents');
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title));
}

export { explainerPath } from './paths.ts';
