// The environment variables of the build, named and read here and nowhere else. They are how one
// process tells another what the code cannot pass as an argument:
//
// - `npm run build` (src/build/build-site.ts) starts `astro build` in a child process and gives it, in
//   astroBuildEnv: the content folder to read (CONTENT_DIR_ENV; the build writes one holding only what
//   that run renders), the ready file its loaders wait for (CONTENT_READY_ENV), the site URL (SITE_URL_ENV)
//   and, for fixture builds, Astro's cache folder (CACHE_DIR_ENV, read by astro.config.mjs).
// - The content hand-over: Astro starts before ingest, since loading itself takes a second or two. Its
//   content loaders (src/content.config.ts) wait in contentReady() (src/lib/content-ready.ts) until the
//   build has written the content folder (src/build/content-folder.ts) and then the ready file; the
//   build writes it again for each later run. Without the variable (astro dev, a bare astro build)
//   nothing waits.
// - `astro dev`: the seed watcher (src/integrations/seed-watch.ts) names the dev ingest report
//   (INGEST_REPORT_ENV) for the home page of the same process; it stays idle under Vitest (VITEST_ENV),
//   which loads the Astro config for component tests.
// - SITE_URL_ENV overrides the site URL of absolute links (src/lib/site.ts) in any build.
import { DEFAULT_SITE_URL } from './site.ts';

export const CONTENT_DIR_ENV = 'EXPLAINER_CONTENT_DIR';
export const CONTENT_READY_ENV = 'EXPLAINER_CONTENT_READY';
export const CACHE_DIR_ENV = 'EXPLAINER_CACHE_DIR';
export const INGEST_REPORT_ENV = 'EXPLAINER_INGEST_REPORT';
export const SITE_URL_ENV = 'SITE_URL';
export const VITEST_ENV = 'VITEST';

type Env = Record<string, string | undefined>;

/** The content folder Astro's collections read, relative to the project: the build's, or src/content. */
export function contentDir(env: Env = process.env): string {
  return env[CONTENT_DIR_ENV] ?? './src/content';
}

/** The file whose existence tells the content loaders the folder is complete; undefined: nothing to wait for. */
export function contentReadyFile(env: Env = process.env): string | undefined {
  return env[CONTENT_READY_ENV] || undefined;
}

/** Astro's cache folder (astro.config.mjs `cacheDir`): a fixture build's own, or the project's. */
export function astroCacheDir(env: Env = process.env): string {
  return env[CACHE_DIR_ENV] || './node_modules/.astro';
}

/** The site URL of absolute links: SITE_URL, or the default in src/lib/site.ts. */
export function siteUrl(env: Env = process.env): string {
  return env[SITE_URL_ENV] || DEFAULT_SITE_URL;
}

/** Where this process's dev ingest report is, when the seed watcher has named it. */
export function ingestReportFile(env: Env = process.env): string | undefined {
  return env[INGEST_REPORT_ENV] || undefined;
}

/** Names the dev ingest report for the pages this process renders (the seed watcher, in `astro dev`). */
export function setIngestReportFile(file: string): void {
  process.env[INGEST_REPORT_ENV] = file;
}

/** Whether Vitest loaded this code (it loads the Astro config, integrations included, for component tests). */
export function underVitest(env: Env = process.env): boolean {
  return Boolean(env[VITEST_ENV]);
}

/** What the build gives each `astro build` it starts, on top of its own environment. */
export interface AstroBuildSettings {
  contentDir: string;
  contentReady: string;
  siteUrl: string;
  cacheDir?: string; // Astro's cache, when the build has its own (fixture builds)
  compileCache: string; // Node's compile cache (Node's own NODE_COMPILE_CACHE)
}

/**
 * import.meta.env's own names. Vitest puts them in the environment (DEV=1), and Astro reads environment
 * variables into import.meta.env: a build started from a test would have DEV true and publish the dev
 * server's own parts (the review list). They are never passed on.
 */
const VITE_ENV_NAMES = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']);

export function astroBuildEnv(settings: AstroBuildSettings, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(Object.entries(env).filter(([name]) => !VITE_ENV_NAMES.has(name))),
    [CONTENT_DIR_ENV]: settings.contentDir,
    [CONTENT_READY_ENV]: settings.contentReady,
    [SITE_URL_ENV]: settings.siteUrl,
    NODE_COMPILE_CACHE: settings.compileCache,
    NODE_ENV: 'production', // whoever starts it (Vitest sets "test")
    ...(settings.cacheDir ? { [CACHE_DIR_ENV]: settings.cacheDir } : {}),
  };
}
