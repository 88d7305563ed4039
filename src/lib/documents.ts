// Reading the documents collection in the order pages show it.
import { getCollection } from 'astro:content';
import type { SeedDocument } from '../schema/document.ts';
import { newestFirst } from './document-order.ts';

const read = async () => newestFirst((await getCollection('documents')).map((entry) => entry.data));
let built: Promise<SeedDocument[]> | undefined;

/**
 * Every document, newest first (see document-order.ts). A build reads one fixed collection, so it is
 * read and sorted once for all its pages, and the same array lets site-wide views be computed once
 * (site-timeline.ts); the dev server reads it afresh, since documents change while it runs.
 */
export function documentsNewestFirst(): Promise<SeedDocument[]> {
  if (import.meta.env.DEV) return read();
  return (built ??= read());
}

export { explainerPath } from './paths.ts';
