// Content collections. The schemas themselves live in src/schema so that the ingest and build scripts
// (plain Node, outside Astro) validate against the very same definitions.
//
// All four live in one content folder, `src/content/` by default: `npm run dev` fills it (seed-watch),
// and `npm run build` hands Astro a folder of its own holding only what the build renders
// (src/build/render-plan.ts), through EXPLAINER_CONTENT_DIR (src/lib/build-env.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFolder, hasEntries } from './lib/content-entries.ts';
import { contentReady } from './lib/content-ready.ts';
import { extractedDocument } from './schema/document.ts';
import { person, siteIndex, story } from './schema/views.ts';

export { extractedDocument } from './schema/document.ts';

/** One JSON file per entry in `<content folder>/<name>/`, read once the build has written it (content-ready.ts). */
function jsonFiles(name: string) {
  const files = glob({ pattern: '*.json', base: collectionFolder(name) });
  return {
    ...files,
    load: async (context: Parameters<typeof files.load>[0]) => {
      await contentReady();
      // An empty folder (no story has a page yet) is an empty collection, not a glob to warn about.
      if (!hasEntries(name)) {
        context.store.clear();
        return;
      }
      await files.load(context);
    },
  };
}

export const collections = {
  // One entry per seed, written by ingest (src/ingest/ingest.ts); the entry id is the slug.
  documents: defineCollection({ loader: jsonFiles('documents'), schema: extractedDocument }),
  // The cross-document views (src/cross/site-views.ts): one entry per person quoted, one per story
  // with a page (its reports, timeline and figures over time), and the site-wide index (one entry, `index`).
  people: defineCollection({ loader: jsonFiles('people'), schema: person }),
  stories: defineCollection({ loader: jsonFiles('stories'), schema: story }),
  site: defineCollection({ loader: jsonFiles('site'), schema: siteIndex }),
};
