// Seeds -> content collections -> static site. The new site is prepared completely beside the
// published one and goes live only once everything is written (publish.ts), so a failed build never
// destroys the last good site.
//
// The phases, each a function below:
// 1. start Astro: `astro build` starts at once in a child process (astro-process.ts); it takes a second
//    or two to load, and its content loaders wait for the build's hand-over (src/lib/build-env.ts);
// 2. ingest: the build's modules load and the seeds are ingested (cached per seed);
// 3. plan: the cross-document views of every document, what the published site already holds from the
//    same inputs (output-cache.ts), hence what Astro must render (render-plan.ts), handed over as
//    Astro's content folder;
// 4. side outputs, beside Astro: the search index (Pagefind, from the plan on) and the changed charts'
//    files, their PNGs drawn by worker threads (chart-writer.ts);
// 5. Astro runs: Astro renders the planned pages, in several runs when there are thousands of documents;
// 6. publish: the sitemap and the moved documents' redirects (redirects.ts), then the new files go in and
//    the stale ones out (publish.ts); then the registry of published slugs is written back.
import fs from 'node:fs';
import path from 'node:path';
// Only light modules are imported here: the rest load after Astro has started (see buildModules).
import type { SiteViews } from '../cross/site-views.ts';
import type { ChartFileGroup } from '../embed/chart-files.ts';
import { defaultIngestCacheDir } from '../ingest/cache.ts';
import type { IngestResult } from '../ingest/ingest.ts';
import { readSlugRegistry, writeSlugRegistry } from '../ingest/slug-registry.ts';
import { siteUrl } from '../lib/build-env.ts';
import { exampleSiteWarning } from '../lib/site.ts';
import type { ExtractedDocument } from '../schema/document.ts';
import { outputTail, outputWarnings, startAstro, useCompileCache, type AstroRuns, type Finished } from './astro-process.ts';
import { writeContentFolder } from './content-folder.ts';
import {
  digestOf,
  outputKey,
  readPublished,
  rememberDigest,
  reusableGroup,
  reusableOutputs,
  siteCodeVersion,
  writeManifest,
  type Output,
  type Published,
} from './output-cache.ts';
import { listFiles, publish } from './publish.ts';
import { redirectFiles } from './redirects.ts';
import type { RenderPlan } from './render-plan.ts';
import type { SearchShard } from './search-index.ts';
import { writeSitemap } from './sitemap.ts';

export interface BuildOptions {
  root: string; // the project folder (astro.config.mjs)
  seedsDir: string;
  contentDir: string; // where ingest writes the documents' JSON (every document)
  outDir: string; // the published site
  cacheDir?: string; // Astro's cache, with the PNG and output caches; separate for fixture builds
  // Ingest's content-hash cache (src/ingest/cache.ts). Default: inside `cacheDir` when one is given, so a
  // fixture build never prunes the site's cache; otherwise node_modules/.cache/news-explainers/ingest.
  ingestCacheDir?: string;
  ingestCacheVersion?: string; // pins the extractor version the cache is keyed on (benchmarks)
  // The registry of published slugs (src/ingest/slug-registry.ts, published-slugs.json): read before ingest
  // and written back once the site is published. Without it, slugs come from titles (fixture builds).
  slugRegistry?: string;
  codeVersion?: string; // pins the site code version the output cache is keyed on (benchmarks)
  searchShardSize?: number; // documents per search index shard (search-index.ts); small in tests, to have several
  documentsPerRun?: number; // documents per Astro run (render-plan.ts); small in tests, to have several
  onProgress?: (done: number, total: number) => void; // ingest progress, one call per seed file
  onIngested?: (ingest: IngestResult, milliseconds: number) => void; // ingest finished, Astro not yet started
  siteUrl?: string;
  log?: (line: string) => void;
  quiet?: boolean; // hide Astro's own output
}

export interface BuildResult {
  ingest: IngestResult;
  ok: boolean; // the site was written to outDir
  astroError?: string;
  pageWarnings?: string[]; // one line per problem in an editor's page (a chart naming a slug no document has)
  astroWarnings?: string[]; // Astro's own "[WARN]" lines, in a quiet build (a clean build prints none)
  reusedPages?: number; // pages of the last build kept instead of rendered
  renderedDocuments?: number; // documents whose pages Astro rendered
  astroRuns?: number; // how many Astro processes rendered them
  phases?: Record<string, number>; // milliseconds: load (modules), ingest, plan, then astro, pngs and search (all from Astro's start), publish
}

/** Milliseconds since `since`, rounded: for the phase timings. */
const since = (started: number) => Math.round(performance.now() - started);

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The modules behind ingest, the views, the plan, the charts and the search index. The extractors
 * alone take a few hundred milliseconds to load, so they load while Astro starts, not before it.
 */
async function buildModules() {
  const [ingest, views, renderPlan, chartFiles, chartWriter, search] = await Promise.all([
    import('../ingest/ingest.ts'),
    import('../cross/site-views.ts'),
    import('./render-plan.ts'),
    import('../embed/chart-files.ts'),
    import('./chart-writer.ts'),
    import('./search-index.ts'),
  ]);
  return { ...ingest, ...views, ...renderPlan, ...chartFiles, ...chartWriter, ...search };
}
type BuildModules = Awaited<ReturnType<typeof buildModules>>;

/** The folders of one build: the published site, the new site prepared beside it, and Astro's cache. */
interface Folders {
  outDir: string; // the published site
  // The new files: Astro's pages in `staging` (later runs of a large build in `runOut`, then moved
  // there), chart files and the search index beside it. Same file system, so they move in with renames.
  staging: string;
  runOut: string;
  chartsDir: string;
  searchDir: string;
  astroCache: string; // Astro's cache, with the PNG cache and the output manifest
  contentRoot: string; // the content folder handed to Astro
  ready: string; // written once the content folder is complete (src/lib/content-ready.ts)
  manifestFile: string; // what the published site holds (output-cache.ts)
}

/** The folders of a build into `outDir`, with what an earlier, interrupted build left beside it removed. */
function prepareFolders(root: string, outDir: string, cacheDir: string | undefined): Folders {
  const astroCache = cacheDir ?? path.join(root, 'node_modules', '.astro');
  const contentRoot = path.join(astroCache, 'news-explainers-content');
  const folders: Folders = {
    outDir,
    staging: `${outDir}.next`,
    runOut: `${outDir}.run`,
    chartsDir: `${outDir}.charts`,
    searchDir: `${outDir}.search`,
    astroCache,
    contentRoot,
    ready: path.join(contentRoot, 'ready'),
    manifestFile: path.join(astroCache, 'news-explainers-outputs.json'),
  };
  removeNewFiles(folders);
  fs.rmSync(folders.ready, { force: true });
  // Astro keeps its content store between builds to skip validating unchanged entries, but each build
  // gives it a different, small set (the changed items): after a clean build of thousands of documents,
  // loading and rewriting that store would cost more than validating the few entries again.
  fs.rmSync(path.join(astroCache, 'data-store.json'), { force: true });
  return folders;
}

/** Removes the new site prepared beside the published one. */
function removeNewFiles({ staging, runOut, chartsDir, searchDir }: Folders): void {
  for (const dir of [staging, runOut, chartsDir, searchDir]) fs.rmSync(dir, { recursive: true, force: true });
}

/** Phase 2, while Astro starts: the build's modules load, then the seeds are ingested. */
async function ingestPhase(
  options: BuildOptions,
  phases: Record<string, number>,
): Promise<{ ingest: IngestResult; modules: BuildModules }> {
  let started = performance.now();
  const modules = await buildModules();
  phases.load = since(started);
  started = performance.now();
  const ingest = modules.ingestSeeds({
    seedsDir: options.seedsDir,
    outDir: options.contentDir,
    log: options.log,
    cacheDir:
      options.ingestCacheDir ??
      (options.cacheDir ? path.join(options.cacheDir, 'news-explainers-ingest') : defaultIngestCacheDir(options.root)),
    cacheVersion: options.ingestCacheVersion,
    onProgress: options.onProgress,
    slugs: options.slugRegistry ? readSlugRegistry(options.slugRegistry) : undefined,
  });
  phases.ingest = since(started);
  return { ingest, modules };
}

/** What the published site holds that this build may keep: outputs made by the same code, still as written. */
interface Reuse {
  codeVersion: string;
  published: ReturnType<typeof readPublished>;
  reusable: Map<string, Published>;
}

/** Phase 3, first part: the views of every document, and which published outputs are unchanged. */
async function viewsAndReuse(
  modules: BuildModules,
  ingest: IngestResult,
  folders: Folders,
  codeVersion: string,
): Promise<{ views: SiteViews; reuse: Reuse }> {
  const published = readPublished(folders.manifestFile, folders.outDir);
  // Ingest knows what each document is made of: that hash keys its outputs (output-cache.ts digestOf).
  for (const doc of ingest.documents) {
    const digest = ingest.digests.get(doc.slug);
    if (digest) rememberDigest(doc, digest);
  }
  // The published outputs are checked on other threads while this one computes the views.
  const checking = reusableOutputs(published, folders.outDir, codeVersion);
  const views = modules.siteViews(ingest.documents);
  return { views, reuse: { codeVersion, published, reusable: await checking } };
}

/** A search shard with its output key; `kept` lists its published files when they stay as they are. */
type PlannedShard = SearchShard & { key: string; kept?: string[] };

/**
 * Phase 4, started during the plan (it needs only the documents): Pagefind writes the changed shards
 * into the side folder. A shard is kept when every file the last build published for it is still as
 * written. `done` settles with an error message, or undefined.
 */
function startSearchIndex(
  modules: BuildModules,
  documents: readonly ExtractedDocument[],
  { codeVersion, published, reusable }: Reuse,
  site: URL,
  searchDir: string,
  shardSize: number | undefined,
): { shards: PlannedShard[]; done: Promise<string | undefined> } {
  const shards = modules.searchShards(documents, shardSize).map((shard) => {
    const key = outputKey(codeVersion, site.href, [`${shard.dir}/`], shard.documents.map(digestOf));
    const files = [...(published?.files ?? [])]
      .filter(([file, entry]) => file.startsWith(`${shard.dir}/`) && entry.key === key)
      .map(([file]) => file);
    return { ...shard, key, kept: files.length > 0 && reusableGroup(reusable, files, key) ? files : undefined };
  });
  const done = modules
    .writeSearchIndex(
      shards.filter((shard) => !shard.kept),
      searchDir,
    )
    .then(
      () => undefined,
      (error: unknown) => `Pagefind (search index) failed: ${message(error)}`,
    );
  fs.mkdirSync(searchDir, { recursive: true });
  fs.writeFileSync(path.join(searchDir, modules.SHARD_LIST_FILE), modules.shardList(shards));
  return { shards, done };
}

/** What Astro renders, in runs; the documents editors' pages chart by slug go with every run. */
interface RenderRuns {
  plan: RenderPlan;
  runs: ExtractedDocument[][];
  chartedDocs: ExtractedDocument[];
  pageWarnings: string[];
}

/** Phase 3, second part: the render plan, with a warning for each chart an editor's page places by a missing slug. */
function planRuns(
  modules: BuildModules,
  options: BuildOptions,
  documents: readonly ExtractedDocument[],
  views: SiteViews,
  { codeVersion, reusable }: Reuse,
  site: URL,
): RenderRuns {
  const pageWarnings: string[] = [];
  // Documents that editors' pages chart by slug, and the method page's example (site-views.ts).
  const references = modules.chartReferences(pageSources(options.root));
  for (const line of modules.missingChartDocuments(references, new Set(documents.map((doc) => doc.slug)))) {
    pageWarnings.push(line);
    options.log?.(`warning: ${line}`);
  }
  const charted = new Set([...references.map((reference) => reference.slug), ...(views.index.example ? [views.index.example] : [])]);
  const plan = modules.planRender({ documents, views, codeVersion, site: site.href, reusable, charted });
  // Editors' pages that chart a document by slug render in every run, so its document goes with each.
  const chartedDocs = plan.documents.filter((doc) => charted.has(doc.slug));
  const runs = modules.renderRuns(
    plan.documents.filter((doc) => !charted.has(doc.slug)),
    options.documentsPerRun,
  );
  return { plan, runs, chartedDocs, pageWarnings };
}

/** Every page under src/pages that can place a chart by slug: its path from `root`, and its source. */
function pageSources(root: string): Array<{ file: string; source: string }> {
  const pages = path.join(root, 'src', 'pages');
  return fs
    .readdirSync(pages, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:mdx|md|astro)$/.test(entry.name))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file: path.relative(root, file).split(path.sep).join('/'), source: fs.readFileSync(file, 'utf8') };
    });
}

/** One Astro run's content: its documents (the views and the site index go with the first run), then the ready file. */
function handOver(folders: Folders, documents: ExtractedDocument[], views: SiteViews, plan: RenderPlan, first: boolean): void {
  writeContentFolder(folders.contentRoot, {
    documents,
    index: views.index,
    people: first ? plan.people : [],
    stories: first ? plan.stories : [],
  });
  fs.writeFileSync(folders.ready, '');
}

/** The chart files: the unchanged groups are kept; `done` settles with the new files' outputs, or an error message. */
interface ChartFiles {
  unchanged: Array<ChartFileGroup & { key: string }>;
  done: Promise<{ written: Map<string, Output> } | { error: string }>;
}

/**
 * Phase 4, while Astro renders in its child process: this thread writes the changed charts' files into
 * the side folder, with the PNG pool drawing beside it (awaited after Astro; a failure is kept until then).
 */
function startChartFiles(
  modules: BuildModules,
  documents: readonly ExtractedDocument[],
  views: SiteViews,
  { codeVersion, reusable }: Reuse,
  site: URL,
  folders: Folders,
): ChartFiles {
  try {
    const groups = modules
      .chartFileGroups({ documents, stories: views.stories, timeline: views.index.timeline }, site)
      .map((group) => ({ ...group, key: outputKey(codeVersion, site.href, group.paths, group.inputs) }));
    const unchanged = groups.filter((group) => reusableGroup(reusable, group.paths, group.key));
    const reused = new Set(unchanged);
    const done = modules
      .writeChartJobs(
        groups.filter((group) => !reused.has(group)),
        folders.chartsDir,
        modules.pngCacheDir(folders.astroCache),
      )
      .then(
        (written) => ({ written }),
        (error: unknown) => ({ error: message(error) }),
      );
    return { unchanged, done };
  } catch (error) {
    return { unchanged: [], done: Promise.resolve({ error: `Could not make the chart files: ${message(error)}` }) };
  }
}

/**
 * Phase 5: the first Astro run (started in phase 1) finishes; each later run renders only its documents'
 * pages into a side folder, and those pages are moved into staging. Stops at the first failed run.
 */
async function astroRuns(
  astro: AstroRuns & { first: Promise<Finished> },
  { plan, runs, chartedDocs }: RenderRuns,
  views: SiteViews,
  folders: Folders,
  documentPages: (doc: ExtractedDocument) => string[],
): Promise<Finished> {
  let finished = await astro.first;
  for (let i = 1; i < runs.length && finished.status === 0; i++) {
    handOver(folders, [...runs[i], ...chartedDocs], views, plan, false);
    finished = await astro.run(folders.runOut);
    if (finished.status === 0) {
      // Assets are content-hashed: one the first run wrote already is the same file.
      const assets = listFiles(path.join(folders.runOut, '_astro'))
        .map((file) => `_astro/${file}`)
        .filter((file) => !fs.existsSync(path.join(folders.staging, file)));
      moveFiles([...runs[i].flatMap(documentPages), ...assets], folders.runOut, folders.staging);
    }
    fs.rmSync(folders.runOut, { recursive: true, force: true });
  }
  return finished;
}

/** Moves `files` (paths relative to both folders) from `from` into `to`. */
function moveFiles(files: readonly string[], from: string, to: string): void {
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.renameSync(path.join(from, file), path.join(to, file));
  }
}

/** Every output of the new site with its key (a chart PNG with its cache entry), and the published files it keeps. */
function newSiteOutputs(
  plan: RenderPlan,
  charts: { unchanged: ChartFiles['unchanged']; written: Map<string, Output> },
  shards: readonly PlannedShard[],
  reusable: ReadonlyMap<string, Published>,
  searchDir: string,
): { outputs: Map<string, Output>; keep: Set<string> } {
  const outputs = new Map<string, Output>(plan.outputs);
  for (const chart of charts.unchanged) for (const file of chart.paths) outputs.set(file, reusable.get(file) as Output);
  for (const [file, output] of charts.written) outputs.set(file, output);
  for (const shard of shards) {
    const files = shard.kept ?? listFiles(path.join(searchDir, shard.dir)).map((file) => `${shard.dir}/${file}`);
    for (const file of files) outputs.set(file, { key: shard.key });
  }
  const keep = new Set([
    ...plan.reused,
    ...charts.unchanged.flatMap((chart) => chart.paths),
    ...shards.flatMap((shard) => shard.kept ?? []),
  ]);
  return { outputs, keep };
}

/**
 * Phase 6: the sitemap of the whole new site and the redirects of moved documents (never in the sitemap:
 * it lists canonical URLs only), then the new files in and the stale ones out. Returns the stamps of the
 * files moved in. Without a manifest the next build renders everything and lists the site afresh: were
 * publishing cut off halfway, nothing of the half-published site would be trusted.
 */
function publishNewSite(
  folders: Folders,
  site: URL,
  keep: ReadonlySet<string>,
  published: Reuse['published'],
  ingest: IngestResult,
): Map<string, Published> {
  const sources = [folders.staging, folders.chartsDir, folders.searchDir].map((dir) => ({ dir, files: listFiles(dir) }));
  const sitemaps = writeSitemap(folders.staging, site.href, [...sources.flatMap((source) => source.files), ...keep]);
  // A moved chart's oembed.json is copied from the new site: written by this build, or kept from the last.
  const newFile = (file: string) => {
    for (const dir of [folders.chartsDir, folders.outDir]) {
      try {
        return fs.readFileSync(path.join(dir, file), 'utf8');
      } catch {
        // not in this one
      }
    }
    return undefined;
  };
  const redirects = redirectFiles(ingest.redirects, ingest.documents, site, newFile);
  for (const [file, text] of redirects) {
    fs.mkdirSync(path.dirname(path.join(folders.staging, file)), { recursive: true });
    fs.writeFileSync(path.join(folders.staging, file), text);
  }
  sources[0].files.push(...[...sitemaps, ...redirects.keys()].filter((name) => !sources[0].files.includes(name)));
  fs.rmSync(folders.manifestFile, { force: true });
  return publish({ outDir: folders.outDir, sources, keep, previous: published?.files.keys() });
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { root, outDir, log = () => {} } = options;
  const phases: Record<string, number> = {};
  const folders = prepareFolders(root, outDir, options.cacheDir);
  const siteText = options.siteUrl ?? siteUrl();
  const site = URL.canParse(siteText) ? new URL(siteText) : undefined;
  const exampleSite = exampleSiteWarning(siteText);
  if (exampleSite) log(`warning: ${exampleSite}`);

  // 1. Start Astro, before the build's own modules load (the compile cache speeds up both).
  const compileCache = useCompileCache(folders.astroCache);
  const astroStarted = performance.now();
  const astro = site
    ? startAstro({
        root,
        staging: folders.staging,
        contentDir: folders.contentRoot,
        ready: folders.ready,
        site,
        cacheDir: options.cacheDir,
        compileCache,
        quiet: options.quiet,
      })
    : undefined;

  // 2. Ingest.
  let ingest: IngestResult;
  let modules: BuildModules;
  try {
    ({ ingest, modules } = await ingestPhase({ ...options, log }, phases));
  } catch (error) {
    astro?.stop();
    throw error;
  }
  options.onIngested?.(ingest, phases.ingest);
  if (!site || !astro)
    return { ingest, ok: false, astroError: `The site URL "${siteText}" is not an absolute URL (set SITE_URL like https://example.org/)` };

  // 3. Plan, with the search index (phase 4) started as soon as it can be.
  let started = performance.now();
  let views: SiteViews;
  let reuse: Reuse;
  try {
    ({ views, reuse } = await viewsAndReuse(modules, ingest, folders, options.codeVersion ?? siteCodeVersion(root)));
  } catch (error) {
    astro.stop();
    throw error;
  }
  const search = startSearchIndex(modules, ingest.documents, reuse, site, folders.searchDir, options.searchShardSize);
  const fail = async (reason: string): Promise<BuildResult> => {
    astro.stop();
    await search.done; // it writes into searchDir until it is done
    removeNewFiles(folders);
    return { ingest, ok: false, astroError: reason, phases };
  };
  let render: RenderRuns;
  try {
    render = planRuns(modules, { ...options, log }, ingest.documents, views, reuse, site);
    handOver(folders, [...render.runs[0], ...render.chartedDocs], views, render.plan, true);
  } catch (error) {
    return fail(`Could not prepare the site's content: ${message(error)}`);
  }
  phases.plan = since(started);

  // 4. Side outputs: the chart files, beside Astro.
  const charts = startChartFiles(modules, ingest.documents, views, reuse, site, folders);

  // 5. Astro runs; then the side outputs are awaited.
  const finished = await astroRuns(astro, render, views, folders, modules.documentPages);
  phases.astro = since(astroStarted);
  const chartFiles = await charts.done;
  phases.pngs = since(astroStarted); // from Astro's start: the chart files' wait beyond Astro is the difference
  const searchError = await search.done;
  phases.search = since(astroStarted); // likewise
  if (finished.status !== 0) {
    const detail = outputTail(finished.output, options.quiet);
    return fail(`Astro exited with ${finished.status ?? finished.signal}${detail ? `:\n${detail}` : ''}`);
  }
  // A site whose /search/ page would find nothing is not published either.
  if ('error' in chartFiles) return fail(chartFiles.error);
  if (searchError) return fail(searchError);
  astro.stop();

  // 6. Publish.
  started = performance.now();
  const { outputs, keep } = newSiteOutputs(
    render.plan,
    { unchanged: charts.unchanged, written: chartFiles.written },
    search.shards,
    reuse.reusable,
    folders.searchDir,
  );
  let stamps: Map<string, Published>;
  try {
    stamps = publishNewSite(folders, site, keep, reuse.published, ingest);
  } catch (error) {
    return fail(`Could not publish the site: ${message(error)}`);
  }
  for (const file of keep) stamps.set(file, reuse.reusable.get(file)!);
  const files = new Map<string, Published>(
    [...stamps].map(([file, stamp]) => [file, { size: stamp.size, mtimeMs: stamp.mtimeMs, ...outputs.get(file) }]),
  );
  writeManifest(folders.manifestFile, outDir, reuse.codeVersion, files);
  // The site is live: its addresses are now published, and remembered (editors commit the file).
  if (options.slugRegistry) writeSlugRegistry(options.slugRegistry, ingest.slugs);
  modules.prunePngCache(new Set([...outputs.values()].flatMap((o) => (o.png ? [o.png] : []))), modules.pngCacheDir(folders.astroCache));
  // Astro's content for this build is spent: the next build writes its own, without first clearing
  // the thousands of documents a clean build handed over.
  fs.rmSync(folders.contentRoot, { recursive: true, force: true });
  phases.publish = since(started);
  return {
    ingest,
    ok: true,
    pageWarnings: render.pageWarnings,
    astroWarnings: options.quiet ? outputWarnings(finished.output) : undefined,
    reusedPages: render.plan.reused.length,
    renderedDocuments: render.plan.documents.length,
    astroRuns: render.runs.length,
    phases,
  };
}
