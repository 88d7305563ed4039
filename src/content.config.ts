// Content collections. The document schema itself lives in src/schema/document.ts so that the ingest
// script (plain Node, outside Astro) validates against the very same definition.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { seedDocument } from './schema/document.ts';

export { seedDocument } from './schema/document.ts';

export const collections = {
  // One entry per seed, written by `npm run ingest` (scripts/ingest.ts); the entry id is the slug.
  documents: defineCollection({
    // EXPLAINER_CONTENT_DIR lets tests build the site from a fixture folder without touching this one.
    loader: glob({ pattern: '*.json', base: process.env.EXPLAINER_CONTENT_DIR ?? './src/content/documents' }),
    schema: seedDocument,
  }),
};
