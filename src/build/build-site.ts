// Seeds -> content collections -> static site. The new site is prepared completely beside the
// published one and goes live only once everything is written (publish.ts), so a failed build never
// destroys the last good site.
//
// Order of work: Astro starts at once (it takes a second or two to load, and waits for its content);
// meanwhile ingest (cached per seed), the cross-document views of every document, and what the
// published site already holds from the same inputs (page-cache.ts), hence what Astro must render
// (render-set.ts), which is handed over as Astro's content folder. Then, side by side: Astro renders
// those pages in a child process (in several runs when there are thousands of documents), worker
// threads draw the changed charts' PNGs and Pagefind indexes the documents. Last, the sitemap, and the
// new files are published.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
// Only light modules are imported here: the rest load after Astro has started (see buildModules).
import type { SiteViews } from '../cross/site-views.ts';
import { writeContentFolder } from './content-folder.ts';
import { defaultIngestCacheDir } from '../ingest/cache.ts';
import type { IngestResult } from '../ingest/ingest.ts';
import type { ChartFileGroup } from '../embed/chart-files.ts';
import type { SeedDocument } from '../schema/document.ts';
import { astroBuildEnv, siteUrl } from '../lib/build-env.ts';
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
} from './page-cache.ts';
import { listFiles, publish } from './publish.ts';
import type { RenderPlan } from './render-set.ts';
import { writeSitemap } from './sitemap.ts';

export interface BuildOptions {
  root: string; // the project folder (astro.config.mjs)
  seedsDir: string;
  contentDir: string; // where ingest writes the documents' JSON (every document)
  outDir: string; // the published site
  cacheDir?: string; // Astro's cache, with the PNG and page caches; separate for fixture builds
  // Ingest's content-hash cache (src/ingest/cache.ts). Default: inside `cacheDir` when one is given, so a
  // fixture build never prunes the site's cache; otherwise node_modules/.cache/news-explainers/ingest.
  ingestCacheDir?: string;
  ingestCacheVersion?: string; // pins the extractor version the cache is keyed on (benchmarks)
  codeVersion?: string; // pins the site code version the output cache is keyed on (benchmarks)
  searchShardSize?: number; // documents per search index shard (search-index.ts); small in tests, to have several
  documentsPerRun?: number; // documents per Astro run (render-set.ts); small in tests, to have several
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
  reusedPages?: number; // pages of the last build kept instead of rendered
  renderedDocuments?: number; // documents whose pages Astro rendered
  astroRuns?: number; // how many Astro processes rendered them
  phases?: Record<string, number>; // milliseconds: load (modules), ingest, plan, then astro, pngs and search (all from Astro's start), publish
}

interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

interface Running {
  finished: Promise<Finished>;
  stop: () => void; // kills it, if it is still running
}

/** Starts a command without blocking this thread (the PNG pool answers on it meanwhile). */
function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean }): Running {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: options.quiet ? 'pipe' : 'inherit' });
  const finished = new Promise<Finished>((resolve) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error) => resolve({ status: null, signal: null, output: `${output}${error.message}` }));
    child.on('close', (status, signal) => resolve({ status, signal, output }));
  });
  return { finished, stop: () => void (child.exitCode === null && child.signalCode === null && child.kill()) };
}

const tail = (output: string, quiet?: boolean) => (quiet ? output.trim().split('\n').slice(-8).join('\n') : '');

/** Milliseconds since `since`, rounded: for the phase timings. */
const since = (started: number) => Math.round(performance.now() - started);

/**
 * The modules behind ingest, the views, the plan, the charts and the search index. The extractors
 * alone take a few hundred milliseconds to load, so they load while Astro starts, not before it.
 */
async function buildModules() {
  const [ingest, views, renderSet, chartFiles, chartWriting, search] = await Promise.all([
    import('../ingest/ingest.ts'),
    import('../cross/site-views.ts'),
    import('./render-set.ts'),
    import('../embed/chart-files.ts'),
    import('./chart-writer.ts'),
    import('./search-index.ts'),
  ]);
  return { ...ingest, ...views, ...renderSet, ...chartFiles, ...chartWriting, ...search };
}
type BuildModules = Awaited<ReturnType<typeof buildModules>>;

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

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { root, seedsDir, contentDir, outDir, log = () => {} } = options;
  const phases: Record<string, number> = {};
  const astroCache = options.cacheDir ?? path.join(root, 'node_modules', '.astro');
  const cacheDir =
    options.ingestCacheDir ?? (options.cacheDir ? path.join(options.cacheDir, 'news-explainers-ingest') : defaultIngestCacheDir(root));
  const siteText = options.siteUrl ?? siteUrl();
  const site = URL.canParse(siteText) ? new URL(siteText) : undefined;

  // The new files: Astro's pages in `staging` (later runs of a large build in `runOut`, then moved
  // there), chart files and the search index beside it. Same file system, so they move in with renames.
  const staging = `${outDir}.next`;
  const runOut = `${outDir}.run`;
  const chartsDir = `${outDir}.charts`;
  const searchDir = `${outDir}.search`;
  const cleanUp = () => {
    for (const dir of [staging, runOut, chartsDir, searchDir]) fs.rmSync(dir, { recursive: true, force: true });
  };
  cleanUp();
  // What Astro renders is written here; its content loaders wait for `ready` (src/lib/content-ready.ts).
  const contentRoot = path.join(astroCache, 'news-explainers-content');
  const ready = path.join(contentRoot, 'ready');
  fs.rmSync(ready, { force: true });
  // Astro keeps its content store between builds to skip validating unchanged entries, but each build
  // gives it a different, small set (the changed items): after a clean build of thousands of documents,
  // loading and rewriting that store would cost more than validating the few entries again.
  fs.rmSync(path.join(astroCache, 'data-store.json'), { force: true });

  // Astro stages prerendered chunks in `<outDir>/.prerender` when outDir is inside the working folder,
  // and otherwise in `<cwd>/.astro/.prerender`: concurrent builds into temp folders (tests, benchmarks)
  // would share that one and clobber each other's chunks. A private working folder inside the project
  // (so the chunks still resolve node_modules) keeps each build's chunks its own.
  const inside = path.resolve(staging).startsWith(path.resolve(root) + path.sep);
  if (!inside) fs.mkdirSync(path.join(root, '.build'), { recursive: true });
  const cwd = inside ? root : fs.mkdtempSync(path.join(root, '.build', 'astro-'));
  // Node keeps the compiled code of Astro's modules and of the build's own between builds, which saves
  // a few hundred milliseconds of start-up each time (the build's modules load after this call).
  const compileCache = path.join(astroCache, 'node-compile-cache');
  module.enableCompileCache?.(compileCache);
  const startAstro = (out: string) =>
    start(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root, '--outDir', out], {
      cwd,
      quiet: options.quiet,
      env: astroBuildEnv({ contentDir: contentRoot, contentReady: ready, siteUrl: site!.href, cacheDir: options.cacheDir, compileCache }),
    });
  // Astro starts first: loading itself and its config takes it a second or two, which overlaps with
  // ingest and the plan below. Its content loaders wait until the content folder is handed over.
  const astroStarted = performance.now();
  let astroRun: Running | undefined = site ? startAstro(staging) : undefined;
  const stop = () => {
    astroRun?.stop();
    if (!inside) fs.rmSync(cwd, { recursive: true, force: true });
  };

  let started = performance.now();
  let ingest: IngestResult;
  let modules: BuildModules;
  try {
    modules = await buildModules();
    phases.load = since(started);
    started = performance.now();
    ingest = modules.ingestSeeds({
      seedsDir,
      outDir: contentDir,
      log,
      cacheDir,
      cacheVersion: options.ingestCacheVersion,
      onProgress: options.onProgress,
    });
  } catch (error) {
    stop();
    throw error;
  }
  phases.ingest = since(started);
  options.onIngested?.(ingest, phases.ingest);
  if (!site)
    return { ingest, ok: false, astroError: `The site URL "${siteText}" is not an absolute URL (set SITE_URL like https://example.org/)` };
  const {
    siteViews,
    chartReferences,
    missingChartDocuments,
    documentPages,
    planRender,
    renderRuns,
    chartFileGroups,
    pngCacheDir,
    prunePngCache,
    writeChartJobs,
  } = modules;

  // The views of every document, and which outputs of the published site are unchanged: kept, not made again.
  started = performance.now();
  const codeVersion = options.codeVersion ?? siteCodeVersion(root);
  const manifestFile = path.join(astroCache, 'news-explainers-outputs.json');
  const published = readPublished(manifestFile, outDir);
  // Ingest knows what each document is made of: that hash keys its outputs (page-cache.ts digestOf).
  for (const doc of ingest.documents) {
    const digest = ingest.digests.get(doc.slug);
    if (digest) rememberDigest(doc, digest);
  }
  // The published outputs are checked on other threads while this one computes the views.
  const checking = reusableOutputs(published, outDir, codeVersion);
  let views: SiteViews;
  try {
    views = siteViews(ingest.documents);
  } catch (error) {
    stop();
    throw error;
  }
  const reusable = await checking;
  // The search index needs only the documents: Pagefind writes the changed shards from here on.
  // A shard is kept when every file the last build published for it is still as written.
  const shards = modules.searchShards(ingest.documents, options.searchShardSize).map((shard) => {
    const key = outputKey(codeVersion, site.href, [`${shard.dir}/`], shard.documents.map(digestOf));
    const files = [...(published?.files ?? [])]
      .filter(([file, entry]) => file.startsWith(`${shard.dir}/`) && entry.key === key)
      .map(([file]) => file);
    return { ...shard, key, kept: files.length > 0 && reusableGroup(reusable, files, key) ? files : undefined };
  });
  const search = modules
    .writeSearchIndex(
      shards.filter((shard) => !shard.kept),
      searchDir,
    )
    .then(
      () => undefined,
      (error: unknown) => `Pagefind (search index) failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  fs.mkdirSync(searchDir, { recursive: true });
  fs.writeFileSync(path.join(searchDir, modules.SHARD_LIST_FILE), modules.shardList(shards));
  const fail = async (message: string): Promise<BuildResult> => {
    stop();
    await search; // it writes into searchDir until it is done
    cleanUp();
    return { ingest, ok: false, astroError: message, phases };
  };

  // What Astro must render.
  let plan: RenderPlan;
  let runs: SeedDocument[][];
  let chartedDocs: SeedDocument[];
  const pageWarnings: string[] = [];
  // One Astro run's content: its documents (the views and the site index go with the first run).
  const handOver = (documents: SeedDocument[], first: boolean) => {
    writeContentFolder(contentRoot, { documents, index: views.index, people: first ? plan.people : [], series: first ? plan.series : [] });
    fs.writeFileSync(ready, '');
  };
  try {
    // Documents that editors' pages chart by slug, and the method page's example (site-views.ts).
    const references = chartReferences(pageSources(root));
    for (const line of missingChartDocuments(references, new Set(ingest.documents.map((doc) => doc.slug)))) {
      pageWarnings.push(line);
      log(`warning: ${line}`);
    }
    const charted = new Set([...references.map((reference) => reference.slug), ...(views.index.example ? [views.index.example] : [])]);
    plan = planRender({ documents: ingest.documents, views, codeVersion, site: site.href, reusable, charted });
    // Editors' pages that chart a document by slug render in every run, so its document goes with each.
    chartedDocs = plan.documents.filter((doc) => charted.has(doc.slug));
    runs = renderRuns(
      plan.documents.filter((doc) => !charted.has(doc.slug)),
      options.documentsPerRun,
    );
    handOver([...runs[0], ...chartedDocs], true);
  } catch (error) {
    return fail(`Could not prepare the site's content: ${error instanceof Error ? error.message : String(error)}`);
  }
  phases.plan = since(started);

  // While Astro renders in its child process, this thread writes the changed charts' files into a side
  // folder, with the PNG pool drawing beside it (awaited after Astro; a failure is kept until then).
  let unchanged: Array<ChartFileGroup & { key: string }> = [];
  let freshCharts = new Map<string, Output>();
  const pngDir = pngCacheDir(astroCache);
  let charts: Promise<string | undefined>;
  try {
    const groups = chartFileGroups({ documents: ingest.documents, series: views.series, timeline: views.index.timeline }, site).map(
      (group) => ({
        ...group,
        key: outputKey(codeVersion, site.href, group.paths, group.inputs),
      }),
    );
    unchanged = groups.filter((group) => reusableGroup(reusable, group.paths, group.key));
    const reused = new Set(unchanged);
    charts = writeChartJobs(
      groups.filter((group) => !reused.has(group)),
      chartsDir,
      pngDir,
    ).then(
      (written) => void (freshCharts = written),
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
  } catch (error) {
    charts = Promise.resolve(`Could not make the chart files: ${error instanceof Error ? error.message : String(error)}`);
  }
  let astro = await astroRun!.finished;
  // Later runs render only their documents' pages into a side folder; those pages are moved in.
  for (let i = 1; i < runs.length && astro.status === 0; i++) {
    handOver([...runs[i], ...chartedDocs], false);
    astroRun = startAstro(runOut);
    astro = await astroRun.finished;
    if (astro.status === 0) {
      // Assets are content-hashed: one the first run wrote already is the same file.
      const assets = listFiles(path.join(runOut, '_astro'))
        .map((file) => `_astro/${file}`)
        .filter((file) => !fs.existsSync(path.join(staging, file)));
      moveFiles([...runs[i].flatMap(documentPages), ...assets], runOut, staging);
    }
    fs.rmSync(runOut, { recursive: true, force: true });
  }
  phases.astro = since(astroStarted);
  const chartError = await charts;
  phases.pngs = since(astroStarted); // from Astro's start: the chart files' wait beyond Astro is the difference
  const searchError = await search;
  phases.search = since(astroStarted); // likewise
  if (astro.status !== 0) {
    const detail = tail(astro.output, options.quiet);
    return fail(`Astro exited with ${astro.status ?? astro.signal}${detail ? `:\n${detail}` : ''}`);
  }
  // A site whose /search/ page would find nothing is not published either.
  if (chartError || searchError) return fail((chartError ?? searchError)!);
  stop();

  // Publish: the sitemap of the whole new site, then the new files in and the stale ones out.
  started = performance.now();
  const outputs = new Map<string, Output>(plan.outputs);
  for (const chart of unchanged) for (const file of chart.paths) outputs.set(file, reusable.get(file) as Output);
  for (const [file, output] of freshCharts) outputs.set(file, output);
  for (const shard of shards) {
    const files = shard.kept ?? listFiles(path.join(searchDir, shard.dir)).map((file) => `${shard.dir}/${file}`);
    for (const file of files) outputs.set(file, { key: shard.key });
  }
  const keep = new Set([...plan.reused, ...unchanged.flatMap((chart) => chart.paths), ...shards.flatMap((shard) => shard.kept ?? [])]);
  let stamps: Map<string, Published>;
  try {
    const sources = [staging, chartsDir, searchDir].map((dir) => ({ dir, files: listFiles(dir) }));
    const sitemaps = writeSitemap(staging, site.href, [...sources.flatMap((source) => source.files), ...keep]);
    sources[0].files.push(...sitemaps.filter((name) => !sources[0].files.includes(name)));
    // Without a manifest the next build renders everything and lists the site afresh: were publishing
    // cut off halfway, nothing of the half-published site would be trusted.
    fs.rmSync(manifestFile, { force: true });
    stamps = publish({ outDir, sources, keep, previous: published?.files.keys() });
  } catch (error) {
    return fail(`Could not publish the site: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const file of keep) stamps.set(file, reusable.get(file)!);
  const files = new Map<string, Published>(
    [...stamps].map(([file, stamp]) => [file, { size: stamp.size, mtimeMs: stamp.mtimeMs, ...outputs.get(file) }]),
  );
  writeManifest(manifestFile, outDir, codeVersion, files);
  prunePngCache(new Set([...outputs.values()].flatMap((o) => (o.png ? [o.png] : []))), pngDir);
  // Astro's content for this build is spent: the next build writes its own, without first clearing
  // the thousands of documents a clean build handed over.
  fs.rmSync(contentRoot, { recursive: true, force: true });
  phases.publish = since(started);
  return {
    ingest,
    ok: true,
    pageWarnings,
    reusedPages: plan.reused.length,
    renderedDocuments: plan.documents.length,
    astroRuns: runs.length,
    phases,
  };
}

/** Moves `files` (paths relative to both folders) from `from` into `to`. */
function moveFiles(files: readonly string[], from: string, to: string): void {
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.renameSync(path.join(from, file), path.join(to, file));
  }
}
