// Reading the content collections in the order pages show them (here, beside the components, because
// pages and the charts an editor places by slug both read them). Pages never read every document: the
// per-document routes read the `documents` collection (in a build, only the documents whose pages are
// rendered: src/build/render-plan.ts), and everything site-wide reads the views computed from all of
// them (src/cross/site-views.ts): the `site` index, `people` and `stories`.
import { getCollection, getEntry } from 'astro:content';
import type { ExtractedDocument } from '../schema/document.ts';
import type { Person, SiteIndex, Story } from '../schema/views.ts';
import { newestFirst } from '../cross/document-order.ts';
import { hasEntries } from '../lib/content-entries.ts';

/** What the site shows before any document is ingested. */
const EMPTY_INDEX: SiteIndex = {
  documents: [],
  people: [],
  stories: [],
  storyCount: 0,
  series: [],
  undatedFigures: 0,
  example: null,
  timeline: { items: [], complete: true },
};

/** A collection's entries; an empty one is not asked for, since Astro warns about it (content-entries.ts). */
async function entriesOf<C extends 'documents' | 'people' | 'stories'>(name: C) {
  return hasEntries(name) ? getCollection(name) : [];
}

/**
 * A build reads fixed collections, so each is read once for all its pages; the dev server reads them
 * afresh, since documents change while it runs.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let built: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (built ??= read()));
}

/** The documents whose pages this build renders, newest first (see document-order.ts). */
export const renderedDocuments = once(async (): Promise<ExtractedDocument[]> =>
  newestFirst((await entriesOf('documents')).map((entry) => entry.data)),
);

/**
 * The document a chart placed in an MDX page names by slug (`<CasualtyChart slug="…" />`). A build
 * finds such slugs in the page's source (src/build/render-plan.ts), so they must be written literally.
 * A slug no document has (the document was removed or renamed) gives null: the chart shows a placeholder
 * and the rest of the site builds; the build names the page and line (render-plan.ts missingChartDocuments).
 */
export async function chartDocument(component: string, slug: string, page: string): Promise<ExtractedDocument | null> {
  const doc = (await getEntry('documents', slug))?.data ?? null;
  if (!doc && import.meta.env.DEV) console.warn(`warning: ${page}: ${component} names slug "${slug}", which no document has`);
  return doc;
}

/** The document the method page charts as its example (src/cross/site-views.ts exampleDocument), if any. */
export async function exampleDocument(): Promise<ExtractedDocument | null> {
  const slug = (await siteIndex()).example;
  return slug ? ((await getEntry('documents', slug))?.data ?? null) : null;
}

/** The site-wide index: every document's summary, the people and figures indexes, the site timeline. */
export const siteIndex = once(async (): Promise<SiteIndex> => (await getEntry('site', 'index'))?.data ?? EMPTY_INDEX);

/** The people whose pages this build renders. */
export const people = once(async (): Promise<Person[]> => (await entriesOf('people')).map((entry) => entry.data));

/** The stories whose pages this build renders. */
export const stories = once(async (): Promise<Story[]> => (await entriesOf('stories')).map((entry) => entry.data));

/** Document slug -> the slug of its story's page, for the explainers (each links its story). */
const storyPages = once(async (): Promise<Map<string, string>> => {
  const pages = new Map<string, string>();
  for (const doc of (await siteIndex()).documents) if (doc.story) pages.set(doc.slug, doc.story);
  return pages;
});

/** The slug of the page of the story `docSlug` belongs to; null when its story has none (a single report). */
export async function storyOfDocument(docSlug: string): Promise<string | null> {
  return (await storyPages()).get(docSlug) ?? null;
}
