// Reading the documents collection in the order pages show it.
import { getCollection } from 'astro:content';
import type { SeedDocument } from '../schema/document.ts';
import { newestFirst } from './document-order.ts';

/** Every document, newest first (see document-order.ts). */
export async function documentsNewestFirst(): Promise<SeedDocument[]> {
  return newestFirst((await getCollection('documents')).map((entry) => entry.data));
}

export { explainerPath } from './paths.ts';
