// A hash of the source files behind some output, read from disk at run time: editing any of them
// changes the hash, which is what invalidates the ingest cache (src/ingest/cache.ts) and the output
// cache (src/build/output-cache.ts). Test files are never hashed: *.test.ts is skipped here, and test
// helpers live under tests/.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface SourceInputs {
  dirs: string[]; // folders under root, read recursively (test files are skipped: they change no output)
  files?: string[]; // single files under root, when present
  skip?: string[]; // folders under root to leave out (generated content)
}

function inputFiles(root: string, { dirs, files = [], skip = [] }: SourceInputs): string[] {
  const skipped = skip.map((dir) => path.join(root, dir) + path.sep);
  const found: string[] = [];
  for (const dir of dirs) {
    const base = path.join(root, dir);
    if (!fs.existsSync(base)) continue;
    for (const entry of fs.readdirSync(base, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      if (!entry.isFile() || /\.test\.ts$/.test(entry.name) || skipped.some((s) => file.startsWith(s))) continue;
      found.push(file);
    }
  }
  for (const file of files) if (fs.existsSync(path.join(root, file))) found.push(path.join(root, file));
  return found.sort();
}

/** Node's version is included because Intl and Unicode tables (normalisation, segmentation) come with it. */
export function sourceVersion(root: string, inputs: SourceInputs): string {
  const hash = crypto.createHash('sha256').update(`node ${process.versions.node}\n`);
  for (const file of inputFiles(root, inputs)) {
    hash
      .update(`${path.relative(root, file)}\n`)
      .update(fs.readFileSync(file))
      .update('\n');
  }
  return hash.digest('hex').slice(0, 20);
}
