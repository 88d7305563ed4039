// npm run bench [-- --sizes 100,1000,10000 --seed 42 --results bench/RESULTS.md]
// Measures, for N synthetic seeds: extraction speed on one core (parse + extract in process, no I/O),
// a clean build (buildSite into fresh temp folders), a rebuild after adding one seed (caches kept), and
// peak memory of the build processes; and the same for a bare Astro project publishing the same N
// documents as plain Markdown pages (the floor). Writes bench/RESULTS.md. A script, not a test: the
// numbers depend on the machine.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractDocument } from '../src/extract/index.ts';
import { extractorVersion } from '../src/ingest/cache.ts';
import { siteCodeVersion } from '../src/build/output-cache.ts';
import { parseSeed } from '../src/ingest/parse.ts';
import type { ChildBuild } from './bench-build.ts';
import { syntheticSeed } from './bench-seeds.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '42' },
    results: { type: 'string', default: path.join(root, 'bench', 'RESULTS.md') },
    keep: { type: 'boolean', default: false }, // keep the temp folders (to look at logs)
  },
});

const hasTime = fs.existsSync('/usr/bin/time');

interface Run {
  ms: number;
  maxRssMb: number | null; // the largest process of the run (ingest + Astro child), from getrusage
  extracted?: number;
  phases?: Record<string, number>; // buildSite's own phase timings
  reusedPages?: number;
  log: string;
}

/** Runs a command under /usr/bin/time; returns wall time and peak RSS of the largest process. */
function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): Run {
  const rssFile = `${logFile}.rss`;
  const started = performance.now();
  const run = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  const log = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  fs.writeFileSync(logFile, log);
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${run.status}); log: ${logFile}\n${log.slice(-3000)}`);
  const kb = hasTime ? Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : NaN;
  return { ms, maxRssMb: Number.isFinite(kb) ? kb / 1024 : null, log };
}

function siteBuild(dirs: ChildBuild, logFile: string): Run {
  const run = timed(process.execPath, [path.join(root, 'scripts', 'bench-build.ts'), JSON.stringify(dirs)], root, process.env, logFile);
  const line = run.log.split('\n').find((l) => l.startsWith('BENCH '));
  const info = line ? (JSON.parse(line.slice(6)) as Pick<Run, 'extracted' | 'phases' | 'reusedPages'>) : undefined;
  return { ...run, extracted: info?.extracted, phases: info?.phases, reusedPages: info?.reusedPages };
}

/** A bare Astro project: a Markdown collection, one page per entry and an index. Shares node_modules. */
function makeFloorProject(dir: string): void {
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src', 'content', 'docs'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules'));
  // Linked one by one so the floor's caches (.astro, .vite) stay in its own folder.
  for (const name of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (!name.startsWith('.') || name === '.bin')
      fs.symlinkSync(path.join(root, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "floor", "private": true, "type": "module" }\n');
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://floor.example.org' });\n",
  );
  fs.writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n" +
      "export const collections = { docs: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/docs' }), schema: z.object({ title: z.string(), published: z.string() }) }) };\n",
  );
  fs.writeFileSync(
    path.join(dir, 'src', 'pages', '[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n" +
      'const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>\n<body><main><h1>{entry.data.title}</h1><p>{entry.data.published}</p><Content /></main></body></html>\n',
  );
  fs.writeFileSync(
    path.join(dir, 'src', 'pages', 'index.astro'),
    "---\nimport { getCollection } from 'astro:content';\nconst docs = (await getCollection('docs')).sort((a, b) => b.data.published.localeCompare(a.data.published));\n---\n" +
      '<html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>\n<body><ol>{docs.map((d) => <li><a href={`/${d.id}/`}>{d.data.title}</a></li>)}</ol></body></html>\n',
  );
}

/** A seed as the floor's Markdown: its title, date and paragraphs as parsed. */
function floorMarkdown(name: string, text: string): string {
  const { document } = parseSeed(name, Buffer.from(text));
  const body = document.paragraphs.map((p) => p.text).join('\n\n');
  return `---\ntitle: ${JSON.stringify(document.title)}\npublished: "${document.published ?? ''}"\n---\n${body}\n`;
}

function floorBuild(dir: string, logFile: string): Run {
  return timed(process.execPath, [path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], dir, process.env, logFile);
}

/** Documents per second for parse + extract, in this process, no file I/O. */
function extractionRate(texts: Array<{ name: string; bytes: Uint8Array }>): { perSecond: number; wallPerSecond: number; count: number } {
  // Warmed up as a long ingest is, then timed over at least 1,000 extractions (a small set is repeated):
  // the rate of a hundred cold documents would measure the JIT, not the extractors.
  for (const t of texts.slice(0, 200)) extractDocument(parseSeed(t.name, t.bytes).document, 'warm-up');
  const passes = Math.max(1, Math.ceil(1000 / texts.length));
  // Per core is per second of this thread's CPU time: on a shared machine, time other jobs take from
  // the core would otherwise count against the extractors. The wall-clock rate is reported beside it.
  const cpu = process.threadCpuUsage();
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) for (const t of texts) extractDocument(parseSeed(t.name, t.bytes).document, 'bench');
  const wallSeconds = (performance.now() - started) / 1000;
  const used = process.threadCpuUsage(cpu);
  const count = passes * texts.length;
  return { perSecond: count / ((used.user + used.system) / 1e6), wallPerSecond: count / wallSeconds, count };
}

interface SizeResult {
  n: number;
  extraction: ReturnType<typeof extractionRate>;
  clean: Run;
  rebuild: Run;
  floorClean: Run;
  floorRebuild: Run;
  pages: number;
  floorPages: number;
}

const countFiles = (dir: string, ext: string) =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(ext)).length;

/** Rebuilds measured per size, each after adding one more document. */
const REBUILD_ROUNDS = 3;

/** The run of median time. */
const median = (runs: Run[]): Run => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];

function benchSize(n: number, seed: number): SizeResult {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `explainers-bench-${n}-`));
  console.error(`bench: N=${n} in ${work}`);
  try {
    const seeds = path.join(work, 'seeds');
    const floor = path.join(work, 'floor');
    fs.mkdirSync(seeds);
    makeFloorProject(floor);
    // The about page charts the sample report by slug, so it is one of the N documents.
    const sample = { name: 'sample.txt', text: fs.readFileSync(path.join(root, 'tests', 'fixtures', 'seeds', 'sample.txt'), 'utf8') };
    const docs = [sample, ...Array.from({ length: n + REBUILD_ROUNDS - 1 }, (_, i) => syntheticSeed(i, seed))];
    const extras = docs.splice(-REBUILD_ROUNDS); // added one at a time, one per measured rebuild
    for (const d of docs) {
      fs.writeFileSync(path.join(seeds, d.name), d.text);
      fs.writeFileSync(path.join(floor, 'src', 'content', 'docs', d.name.replace(/\.txt$/, '.md')), floorMarkdown(d.name, d.text));
    }

    const extraction = extractionRate(docs.slice(0, Math.min(n, 2000)).map((d) => ({ name: d.name, bytes: Buffer.from(d.text) })));
    console.error(
      `bench: N=${n} extraction ${extraction.perSecond.toFixed(0)} documents per CPU second (${extraction.wallPerSecond.toFixed(0)} per wall-clock second) over ${extraction.count}`,
    );

    // The extractor and site code versions are pinned for the run: other work on src/ during a long
    // benchmark must not turn the measured rebuild into a clean one.
    const dirs: ChildBuild = {
      ingestCacheVersion: extractorVersion(),
      codeVersion: siteCodeVersion(root),
      seedsDir: seeds,
      contentDir: path.join(work, 'content'),
      outDir: path.join(work, 'dist'),
      cacheDir: path.join(work, 'astro-cache'),
    };
    const clean = siteBuild(dirs, path.join(work, 'clean.log'));
    console.error(`bench: N=${n} clean build ${(clean.ms / 1000).toFixed(1)} s`);
    const pages = countFiles(dirs.outDir, '.html');
    const floorClean = floorBuild(floor, path.join(work, 'floor-clean.log'));
    console.error(`bench: N=${n} floor build ${(floorClean.ms / 1000).toFixed(1)} s`);
    const floorPages = countFiles(path.join(floor, 'dist'), '.html');

    // Each round adds one document to both and rebuilds both, back to back, so the two are timed under
    // the same load; the median round is reported.
    const rebuilds: Run[] = [];
    const floorRebuilds: Run[] = [];
    extras.forEach((extra, round) => {
      fs.writeFileSync(path.join(seeds, extra.name), extra.text);
      rebuilds.push(siteBuild(dirs, path.join(work, `rebuild-${round + 1}.log`)));
      fs.writeFileSync(
        path.join(floor, 'src', 'content', 'docs', extra.name.replace(/\.txt$/, '.md')),
        floorMarkdown(extra.name, extra.text),
      );
      floorRebuilds.push(floorBuild(floor, path.join(work, `floor-rebuild-${round + 1}.log`)));
      console.error(
        `bench: N=${n} rebuild ${round + 1}: ${(rebuilds[round].ms / 1000).toFixed(1)} s (${rebuilds[round].extracted} extracted), floor ${(floorRebuilds[round].ms / 1000).toFixed(1)} s`,
      );
    });
    const rebuild = median(rebuilds);
    const floorRebuild = median(floorRebuilds);
    return { n, extraction, clean, rebuild, floorClean, floorRebuild, pages, floorPages };
  } finally {
    if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
  }
}

function machine(): string[] {
  const cpu = fs.existsSync('/proc/cpuinfo')
    ? (/model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown')
    : os.cpus()[0]?.model;
  let nproc = String(os.availableParallelism());
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // os.availableParallelism() stands in
  }
  return [
    `- CPU: ${cpu}; nproc: ${nproc}`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
    `- Node ${process.version}, Astro ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version}, ${os.type()} ${os.release()}`,
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
  ];
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)} MB`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

function report(results: SizeResult[], seed: number): string {
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) with sizes ${results.map((r) => r.n).join(', ')} and PRNG seed ${seed}.`,
    '',
    '## Machine',
    '',
    ...machine(),
    '',
    'The machine is shared with other jobs while this runs, so timings are noisy (expect ±20 %); ratios to the floor, measured',
    'minutes apart on the same machine, are steadier than absolute times.',
    '',
    '## What is measured',
    '',
    '- **Extraction**: parse + every extractor over the synthetic seeds (up to 2,000 of them, a small set repeated to 1,000',
    "  extractions, after a warm-up) in one thread, no I/O: documents per second of that thread's CPU time (other jobs on",
    '  a shared machine take wall-clock time from it, not CPU time), with the wall-clock rate in brackets.',
    '- **Clean build**: `buildSite` (the code behind `npm run build`, started as `npm run build` starts it) into fresh temp',
    '  folders: ingest from an empty cache, every page rendered, every PNG drawn, the search index written.',
    "- **Rebuild**: the same folders after adding one seed: ingest re-extracts that one seed; Astro renders that document's pages,",
    '  the people and series it touches and the site-wide pages; the rest of the published site stays as it is. Three rounds,',
    '  each adding one more seed to both projects and rebuilding both back to back; the median round is reported.',
    '- **Floor**: a bare Astro project publishing the same documents as plain Markdown pages (a content collection, one page each',
    '  and an index), clean and after adding the same one document.',
    '- **Peak memory**: the largest resident set of any one process of the build (getrusage via `/usr/bin/time -f %M`): the',
    "  build's own (ingest, the PNG and search worker threads) or an Astro run's.",
    '',
    '## Results',
    '',
    '| N | extraction (docs/s, one core: CPU (wall clock)) | clean build | floor build | ratio | rebuild (+1 doc) | floor rebuild | ratio | ingest in rebuild | peak memory | floor peak | pages (site / floor) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.n} | ${r.extraction.perSecond.toFixed(0)} (${r.extraction.wallPerSecond.toFixed(0)}) | ${s(r.clean.ms)} | ${s(r.floorClean.ms)} | ${ratio(r.clean.ms, r.floorClean.ms)} | ${s(r.rebuild.ms)} | ${s(r.floorRebuild.ms)} | ${ratio(r.rebuild.ms, r.floorRebuild.ms)} | ${r.rebuild.phases?.ingest === undefined ? 'n/a' : s(r.rebuild.phases.ingest)} | ${mb(Math.max(r.clean.maxRssMb ?? 0, r.rebuild.maxRssMb ?? 0) || null)} | ${mb(r.floorClean.maxRssMb)} | ${r.pages} / ${r.floorPages} |`,
    );
  }
  lines.push(
    '',
    '### Where the build time goes',
    '',
    "buildSite's phases, in seconds: loading its modules (Astro has started); ingest; the views and the render plan, handed",
    "to Astro; then Astro, the PNGs and the search index, all three counted from Astro's start (they run side by side, so",
    "the build waits beyond Astro's end only for the difference); publishing the new files.",
    '',
    '| N | build | load | ingest | plan | Astro | PNGs | search | publish | pages reused |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  const phase = (run: Run, name: string) => (run.phases?.[name] === undefined ? 'n/a' : (run.phases[name] / 1000).toFixed(1));
  for (const r of results) {
    for (const [label, run] of [
      ['clean', r.clean],
      ['rebuild', r.rebuild],
    ] as const) {
      lines.push(
        `| ${r.n} | ${label} | ${['load', 'ingest', 'plan', 'astro', 'pngs', 'search', 'publish'].map((p) => phase(run, p)).join(' | ')} | ${run.reusedPages ?? 'n/a'} |`,
      );
    }
  }
  lines.push('', '## Targets', '');
  const at = (n: number) => results.find((r) => r.n === n);
  const r1k = at(1000);
  if (r1k) {
    lines.push(
      `- Full build of 1,000 documents within 1.5x the floor: ${ratio(r1k.clean.ms, r1k.floorClean.ms)}, ${verdict(r1k.clean.ms <= 1.5 * r1k.floorClean.ms)}.`,
    );
    lines.push(
      `- Rebuild after one added document within 1.1x the floor: ${ratio(r1k.rebuild.ms, r1k.floorRebuild.ms)}, ${verdict(r1k.rebuild.ms <= 1.1 * r1k.floorRebuild.ms)}.`,
    );
  } else lines.push('- Build ratios at 1,000 documents: not measured in this run.');
  const rates = results.map((r) => r.extraction.perSecond);
  lines.push(
    `- Extraction at least 500 documents per second per core: ${Math.min(...rates).toFixed(0)}-${Math.max(...rates).toFixed(0)} per second of CPU time, ${verdict(Math.min(...rates) >= 500)}.`,
  );
  const r10k = at(10000);
  if (r10k) {
    const peak = Math.max(r10k.clean.maxRssMb ?? 0, r10k.rebuild.maxRssMb ?? 0);
    lines.push(`- Peak memory under 2 GB at 10,000 documents: ${mb(peak)}, ${verdict(peak < 2048)}.`);
  } else lines.push('- Peak memory at 10,000 documents: not measured in this run (see the notes).');
  lines.push('');
  return lines.join('\n');
}

const sizes = values.sizes
  .split(',')
  .map((v) => Number(v.trim()))
  .filter((v) => Number.isInteger(v) && v > 0);
const seed = Number(values.seed);
if (!sizes.length || !Number.isFinite(seed)) {
  console.error('bench: --sizes takes positive integers (100,1000) and --seed a number');
  process.exit(2);
}
const results: SizeResult[] = [];
for (const n of sizes) {
  results.push(benchSize(n, seed));
  // Written after each size, so a long run that is stopped still leaves its numbers.
  const text = report(results, seed);
  const notes = fs.existsSync(values.results) ? fs.readFileSync(values.results, 'utf8').split('\n## Notes\n')[1] : undefined;
  fs.mkdirSync(path.dirname(values.results), { recursive: true });
  fs.writeFileSync(values.results, notes === undefined ? text : `${text}\n## Notes\n${notes}`);
}
console.log(fs.readFileSync(values.results, 'utf8'));
