// Content collections. The document schema itself lives in src/schema/document.ts so that the ingest
// script (plain Node, outside Astro) validates against the very same definition.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { seedDocument } from './schema/document.ts';

export { seedDocument } from './schema/document.ts';

export const collections = {
  // One entry per seed, written by `npm run ingest` (scripts/ingest.ts); the entry id is the slug.
  documents: defineCollection({
    loader: glob({ pattern: '*.json', base: './src/content/documents' }),
    schema: seedDocument,
  }),
};
