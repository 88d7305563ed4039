// The arrows of the house point one way (README, "Layout"): each folder of src/ may import only the
// folders below it. A test is cheaper than a review: an import against the direction fails here, naming
// the file, the line and the arrow it breaks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname);
const root = path.dirname(src);

/**
 * What each home may import besides itself. `lib` and `schema` are leaves every folder may use;
 * data flows scripts → build → ingest → extract → schema, and pages → layouts → components → embed →
 * cross → charts → schema.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  schema: [],
  lib: ['schema'],
  extract: ['schema'],
  ingest: ['extract', 'schema', 'lib'],
  charts: ['schema', 'lib'],
  cross: ['charts', 'schema', 'lib'],
  embed: ['cross', 'charts', 'schema', 'lib'],
  build: ['ingest', 'extract', 'cross', 'embed', 'charts', 'schema', 'lib'],
  integrations: ['build', 'ingest', 'cross', 'embed', 'charts', 'schema', 'lib'],
  components: ['embed', 'cross', 'charts', 'schema', 'lib', 'styles'],
  layouts: ['components', 'embed', 'schema', 'lib', 'styles'],
  pages: ['layouts', 'components', 'embed', 'cross', 'charts', 'schema', 'lib'],
  perf: ['lib'],
  styles: [],
  'content.config.ts': ['schema', 'lib'],
  scripts: ['build', 'ingest', 'extract', 'perf', 'schema', 'lib'],
  'astro.config.mjs': ['integrations', 'lib'],
};

const SOURCE = /\.(?:ts|mjs|astro|mdx)$/;
const isTest = (file: string) => /\.test\.ts$/.test(file);

/** Every source file (not tests) under `dir`. */
function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !isTest(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// `from '…'`, `import '…'` and `import('…')`, relative specifiers only (packages are not homes).
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** The home of a file: its top folder under src/ (or its own name for a top-level file), or scripts/. */
function homeOf(file: string): string | null {
  const rel = path.relative(root, file).split(path.sep);
  if (rel[0] === 'scripts') return 'scripts';
  if (rel[0] === 'astro.config.mjs') return 'astro.config.mjs';
  if (rel[0] !== 'src') return null; // tests/ and node_modules: outside the house
  return rel[1];
}

interface Arrow {
  file: string;
  line: number;
  from: string;
  to: string;
}

function arrows(): Arrow[] {
  const files = [...sources(src), ...sources(path.join(root, 'scripts')), path.join(root, 'astro.config.mjs')];
  const found: Arrow[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const from = homeOf(file)!;
    for (const m of text.matchAll(IMPORT)) {
      const to = homeOf(path.resolve(path.dirname(file), m[2]));
      if (to === null || to === from) continue;
      found.push({ file: path.relative(root, file), line: text.slice(0, m.index).split('\n').length, from, to });
    }
  }
  return found;
}

describe('the direction of imports', () => {
  const all = arrows();

  it('finds the imports it checks', () => {
    // A sanity check that the scan sees the house: pages use components, build uses ingest.
    expect(all.some((a) => a.from === 'pages' && a.to === 'components')).toBe(true);
    expect(all.some((a) => a.from === 'build' && a.to === 'ingest')).toBe(true);
  });

  it('every home is known', () => {
    const homes = new Set(all.flatMap((a) => [a.from, a.to]));
    expect([...homes].filter((home) => !(home in MAY_IMPORT))).toEqual([]);
  });

  it('no import points against the direction', () => {
    const wrong = all.filter((a) => !MAY_IMPORT[a.from]?.includes(a.to)).map((a) => `${a.file}:${a.line}: ${a.from} → ${a.to}`);
    expect(wrong).toEqual([]);
  });

  it('source never imports test code', () => {
    for (const file of [...sources(src), ...sources(path.join(root, 'scripts'))]) {
      expect(fs.readFileSync(file, 'utf8'), path.relative(root, file)).not.toMatch(/from\s*['"][^'"]*(?:\/tests\/|\.test\.ts['"])/);
    }
  });
});
