// npm run build: seeds -> content collection -> static site in dist/.
// The site is built into a staging folder and only replaces dist/ once Astro has finished, so a failed
// build never destroys the last good site. Bad seeds are reported and left out; the rest is published,
// and the command then exits 1 so the failure is not missed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ingestSeeds } from '../src/ingest/ingest.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const staging = path.join(root, '.build', 'dist-next');
const previous = path.join(root, '.build', 'dist-previous');

const started = performance.now();
const result = ingestSeeds({
  seedsDir: path.join(root, 'seeds'),
  outDir: path.join(root, 'src', 'content', 'documents'),
  log: (line) => console.error(line),
});
console.log(`ingest: ${result.documents.length} documents published, ${result.errors.length} failed, ${result.warnings.length} warnings`);

fs.rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', staging], {
  cwd: root,
  stdio: 'inherit',
});
if (astro.status !== 0) {
  console.error(`build failed: Astro exited with ${astro.status ?? astro.signal}; dist/ still holds the last good site`);
  fs.rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}
// Two renames: dist/ is never missing or half-written for longer than a rename.
fs.rmSync(previous, { recursive: true, force: true });
if (fs.existsSync(dist)) fs.renameSync(dist, previous);
fs.renameSync(staging, dist);
fs.rmSync(previous, { recursive: true, force: true });

console.log(`build: site written to dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (result.errors.length) {
  console.error(`build: ${result.errors.length} seed(s) could not be published:`);
  for (const line of result.errors) console.error(`  ${line}`);
  process.exit(1);
}
