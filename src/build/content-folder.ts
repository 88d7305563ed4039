// The content folder Astro reads (src/content.config.ts): one folder per collection, one JSON file per
// entry. The build writes one for each Astro run, holding only what that run renders (render-plan.ts);
// the dev server keeps src/content/ whole (src/integrations/ingest-run.ts). How Astro is told the folder
// is ready is in src/lib/content-ready.ts.
import path from 'node:path';
import type { SiteViews } from '../cross/site-views.ts';
import { storyView } from '../cross/story-views.ts';
import { writeCollection } from '../ingest/collection-files.ts';
import type { ExtractedDocument } from '../schema/document.ts';

/** A content folder's collections: what one Astro run renders. */
export interface ContentSet extends SiteViews {
  documents?: readonly ExtractedDocument[]; // left alone when absent (the dev server's ingest writes them)
}

/** Writes the collections; returns whether any file changed (the dev server reloads on that). */
export function writeContentFolder(root: string, { documents, index, people, stories }: ContentSet): boolean {
  const changed = [
    documents
      ? writeCollection(
          path.join(root, 'documents'),
          documents.map((doc) => [doc.slug, doc]),
        )
      : false,
    writeCollection(
      path.join(root, 'people'),
      people.map((p) => [p.slug, p]),
    ),
    writeCollection(
      path.join(root, 'stories'),
      stories.map((story) => [story.slug, storyView(story)]),
    ),
    writeCollection(path.join(root, 'site'), [['index', index]]),
  ];
  return changed.includes(true);
}
