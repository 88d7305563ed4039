// `astro build` in a child process of the build: started before ingest (Astro takes a second or two to
// load, and its content loaders wait for the build's hand-over, src/lib/build-env.ts), and started again
// for each later run of a large build. The child never blocks this thread, so the PNG pool answers on it
// meanwhile.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { astroBuildEnv } from '../lib/build-env.ts';

export interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

interface Running {
  finished: Promise<Finished>;
  stop: () => void; // kills it, if it is still running
}

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

/** The warnings in a quiet run's output ("[WARN] …"), without colours: a clean build has none. */
export function outputWarnings(output: string): string[] {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  return plain
    .split('\n')
    .filter((line) => /\[WARN\]/.test(line))
    .map((line) => line.trim());
}

/** The last lines of a quiet run's output, for the error message; nothing when Astro printed its own. */
export function outputTail(output: string, quiet?: boolean): string {
  return quiet ? output.trim().split('\n').slice(-8).join('\n') : '';
}

/**
 * Node keeps the compiled code of Astro's modules and of the build's own between builds, which saves a
 * few hundred milliseconds of start-up each time: on for this process from now on (the build's heavy
 * modules load after this call), and for every Astro it starts. Returns the cache folder.
 */
export function useCompileCache(astroCache: string): string {
  const compileCache = path.join(astroCache, 'node-compile-cache');
  module.enableCompileCache?.(compileCache);
  return compileCache;
}

export interface AstroOptions {
  root: string; // the project folder (astro.config.mjs)
  staging: string; // where the first run writes the new site
  contentDir: string; // the content folder the build hands over
  ready: string; // the ready file of the hand-over
  site: URL;
  cacheDir?: string; // Astro's cache folder, when the build has its own
  compileCache: string;
  quiet?: boolean; // hide Astro's own output
}

export interface AstroRuns {
  /** Starts `astro build` into `outDir`; resolves when it has finished. */
  run(outDir: string): Promise<Finished>;
  /** Kills the run in progress, if any, and removes the private working folder. */
  stop(): void;
}

/** Starts the first `astro build` into `staging` at once; later runs start when asked. */
export function startAstro(options: AstroOptions): AstroRuns & { first: Promise<Finished> } {
  const { root } = options;
  // Astro stages prerendered chunks in `<outDir>/.prerender` when outDir is inside the working folder,
  // and otherwise in `<cwd>/.astro/.prerender`: concurrent builds into temp folders (tests, benchmarks)
  // would share that one and clobber each other's chunks. A private working folder inside the project
  // (so the chunks still resolve node_modules) keeps each build's chunks its own.
  const inside = path.resolve(options.staging).startsWith(path.resolve(root) + path.sep);
  if (!inside) fs.mkdirSync(path.join(root, '.build'), { recursive: true });
  const cwd = inside ? root : fs.mkdtempSync(path.join(root, '.build', 'astro-'));
  const env = astroBuildEnv({
    contentDir: options.contentDir,
    contentReady: options.ready,
    siteUrl: options.site.href,
    cacheDir: options.cacheDir,
    compileCache: options.compileCache,
  });
  let current: Running | undefined;
  const run = (outDir: string) => {
    current = start(
      process.execPath,
      [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root, '--outDir', outDir],
      {
        cwd,
        quiet: options.quiet,
        env,
      },
    );
    return current.finished;
  };
  return {
    first: run(options.staging),
    run,
    stop: () => {
      current?.stop();
      if (!inside) fs.rmSync(cwd, { recursive: true, force: true });
    },
  };
}
