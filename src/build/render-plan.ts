// What Astro renders in a build, and what the build links in from the published site instead.
//
// Every per-item page depends on one item only: an explainer and its chart embeds on their document (and
// the address of its story's page, which it links), a person's page on that person's view, a story's page
// and its series' embeds on that story's view (src/cross/site-views.ts).
// Each such group of pages is keyed on its item (output-cache.ts). Astro is given, through its content
// folder, only the items whose key changed, plus the site-wide index that the home page, archive, feed
// and indexes read; the other pages are linked from the published site. So a rebuild after adding one
// document renders that document's pages, the people and the story it touches and the site-wide pages,
// and Astro never holds every document at once.
import type { Person, StorySeries } from '../schema/views.ts';
import type { ExtractedDocument } from '../schema/document.ts';
import type { SiteViews } from '../cross/site-views.ts';
import type { PagedStory } from '../cross/story-views.ts';
import { embeddableCharts } from '../embed/targets.ts';
import { embedPath, explainerPath, personPath, storyPath, storySeriesEmbedPath } from '../lib/paths.ts';
import { digestOf, outputKey, reusableGroup, type Output } from './output-cache.ts';

/** '/people/ada/' -> 'people/ada/index.html': where a page's file is (trailingSlash: 'always'). */
export function pageFile(urlPath: string): string {
  return `${urlPath.replace(/^\/+/, '')}index.html`;
}

/** The pages of one document: its explainer and an embed page per chart that draws something. */
export function documentPages(doc: ExtractedDocument): string[] {
  return [explainerPath(doc.slug), ...embeddableCharts(doc).map((chart) => embedPath(doc.slug, chart))].map(pageFile);
}

export function personPages(person: Person): string[] {
  return [pageFile(personPath(person.slug))];
}

/** A story's page and an embed page per series. */
export function storyPages(story: { slug: string; series: readonly StorySeries[] }): string[] {
  return [storyPath(story.slug), ...story.series.map((series) => storySeriesEmbedPath(story.slug, series.slug))].map(pageFile);
}

export interface RenderPlan {
  documents: ExtractedDocument[]; // whose pages Astro renders, in the order given
  people: Person[];
  stories: PagedStory[];
  reused: string[]; // page files to link from the published site
  outputs: Map<string, Output>; // every per-item page of the new site, with its key
}

export interface PlanOptions {
  documents: readonly ExtractedDocument[];
  views: SiteViews;
  codeVersion: string;
  site: string;
  reusable: ReadonlyMap<string, Partial<Output>>; // outputs the published site holds unchanged (output-cache.ts reusableOutputs)
  charted?: ReadonlySet<string>; // slugs that editors' pages chart by slug: always given to Astro
}

export function planRender({ documents, views, codeVersion, site, reusable, charted = new Set() }: PlanOptions): RenderPlan {
  const plan: RenderPlan = { documents: [], people: [], stories: [], reused: [], outputs: new Map() };
  const sort = <T>(
    items: readonly T[],
    pagesOf: (item: T) => string[],
    render: T[],
    always = (_item: T) => false,
    madeOf: (item: T) => unknown = (item) => item,
  ) => {
    for (const item of items) {
      const files = pagesOf(item);
      const key = outputKey(codeVersion, site, files, madeOf(item));
      for (const file of files) plan.outputs.set(file, { key });
      if (!always(item) && reusableGroup(reusable, files, key)) plan.reused.push(...files);
      else render.push(item);
    }
  };
  // An explainer links its story's page: the page's address is part of what it is made of.
  const storyOf = new Map(views.index.documents.map((summary) => [summary.slug, summary.story]));
  sort(
    documents,
    documentPages,
    plan.documents,
    (doc) => charted.has(doc.slug),
    (doc) => [digestOf(doc), storyOf.get(doc.slug) ?? null],
  );
  sort(views.people, personPages, plan.people);
  // A story's pages are made from its reports, its address and its title (story-views.ts storyView).
  sort(views.stories, storyPages, plan.stories, undefined, (story) => [
    story.slug,
    story.title,
    story.named,
    story.documents.map((doc) => digestOf(doc)),
  ]);
  return plan;
}

// `<CasualtyChart slug="…" />`, `<TimelineChart slug='…' />` or `slug={"…"}` in a page's source.
const CHART_BY_SLUG = /<(?:CasualtyChart|TimelineChart)\b[^>]*?\bslug=(?:"([^"]*)"|'([^']*)'|\{\s*(["'`])([^"'`]*)\3\s*\})/g;

/** A chart an editor's page places by slug: where, which chart, which document. */
export interface ChartReference {
  file: string; // the page's path, as the build names it
  line: number; // 1-based
  component: string; // CasualtyChart, TimelineChart
  slug: string;
}

/** Every chart that `pages` place by slug, with its page and line. */
export function chartReferences(pages: Iterable<{ file: string; source: string }>): ChartReference[] {
  const references: ChartReference[] = [];
  for (const { file, source } of pages) {
    for (const m of source.matchAll(CHART_BY_SLUG)) {
      const line = source.slice(0, m.index).split('\n').length;
      references.push({ file, line, component: m[0].slice(1).match(/^\w+/)![0], slug: m[1] ?? m[2] ?? m[4] });
    }
  }
  return references;
}

/** One warning line per chart placed by a slug that none of `slugs` is: the page shows a placeholder. */
export function missingChartDocuments(references: readonly ChartReference[], slugs: ReadonlySet<string>): string[] {
  return references
    .filter((reference) => !slugs.has(reference.slug))
    .map(
      (reference) =>
        `${reference.file}:${reference.line}: ${reference.component} names slug "${reference.slug}", which no document has; the page shows a placeholder`,
    );
}

/**
 * The documents of one Astro run at most. Astro holds a run's whole collection in memory and bundles it
 * into one module, so a clean build of thousands of documents is rendered in runs of this many.
 */
export const DOCUMENTS_PER_RUN = 1500;

/** `documents` cut into runs of near-equal size, none above `perRun`. */
export function renderRuns<T>(documents: readonly T[], perRun = DOCUMENTS_PER_RUN): T[][] {
  const runs = Math.max(1, Math.ceil(documents.length / perRun));
  const size = Math.ceil(documents.length / runs);
  return Array.from({ length: runs }, (_, i) => documents.slice(i * size, (i + 1) * size));
}
