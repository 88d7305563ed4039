// The output cache. Every page of a per-item route (an explainer and its embeds, a person, a series)
// and every chart file is keyed on what it is made from (render-plan.ts). The manifest of a build lists
// every file it published, with its size and modification time and, for those outputs, their key. The
// next build reuses an output whose key is unchanged, if its files are still exactly as that build left
// them: such files stay where they are, and Astro never renders them again (publish.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import type { FileStamp } from './publish.ts';
import { sourceVersion } from '../lib/source-version.ts';

/** What the build knows of one output file: its key, and for a chart PNG the cache entry it came from. */
export interface Output {
  key: string;
  png?: string;
}

/** A file of the published site as the manifest records it; outputs have a key, other files do not. */
export type Published = FileStamp & Partial<Output>;

interface Manifest {
  site: string; // the published folder this manifest describes
  codeVersion: string;
  files: Record<string, Published>;
}

/**
 * The site's own code: everything under src/ but the generated content and the page-weight tool (it
 * measures the built site and makes none of it), public/, config and locks. Test code lives under tests/
 * (and *.test.ts files are skipped), so editing a test never renders the site again.
 */
export function siteCodeVersion(root: string): string {
  return sourceVersion(root, {
    dirs: ['src', 'public'],
    skip: ['src/content', 'src/perf'],
    files: ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'],
  });
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

// A document keys its pages and each of its charts: its JSON is hashed once per object, unless the
// build already knows a hash that stands for it (rememberDigest).
const digests = new WeakMap<object, string>();

/** Takes `digest` as the hash of `data` from now on: one that changes whenever `data` would. */
export function rememberDigest(data: object, digest: string): void {
  digests.set(data, digest);
}
export function digestOf(data: unknown): string {
  if (typeof data !== 'object' || data === null) return sha256(JSON.stringify(data));
  let digest = digests.get(data);
  if (!digest) digests.set(data, (digest = sha256(JSON.stringify(data))));
  return digest;
}

/**
 * The key of an output: its files (the pages of one item, or a chart's downloads) and what they are
 * made from. It holds only because such outputs read nothing but `data`, the code and the site URL.
 */
export function outputKey(codeVersion: string, site: string, files: readonly string[], data: unknown): string {
  return sha256(`${codeVersion}\n${site}\n${files.join('\n')}\n${digestOf(data)}`);
}

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return undefined; // none yet, or unreadable: nothing is reused
  }
}

/** What the last build published in `outDir`, as its manifest says; undefined when no manifest describes that folder. */
export function readPublished(manifestFile: string, outDir: string): { codeVersion: string; files: Map<string, Published> } | undefined {
  const manifest = readManifest(manifestFile);
  if (!manifest?.files || manifest.site !== path.resolve(outDir)) return undefined;
  return { codeVersion: manifest.codeVersion, files: new Map(Object.entries(manifest.files)) };
}

/**
 * The outputs of the published site that can be reused: made by the same code, and still exactly as
 * written (same size and modification time; a file edited or deleted by hand is made again). The files
 * are checked on libuv's threads, so the build computes meanwhile.
 */
export async function reusableOutputs(
  published: ReturnType<typeof readPublished>,
  outDir: string,
  codeVersion: string,
): Promise<Map<string, Published>> {
  const reusable = new Map<string, Published>();
  if (!published || published.codeVersion !== codeVersion) return reusable;
  const outputs = [...published.files].filter(([, entry]) => entry.key);
  const stats = await Promise.all(outputs.map(([file]) => fs.promises.stat(path.join(outDir, file)).catch(() => undefined)));
  outputs.forEach(([file, entry], i) => {
    const stat = stats[i];
    if (stat?.isFile() && stat.size === entry.size && stat.mtimeMs === entry.mtimeMs) reusable.set(file, entry);
  });
  return reusable;
}

/** Whether every one of `files` is published with `key`: the output they make up stays as it is. */
export function reusableGroup(reusable: ReadonlyMap<string, Partial<Output>>, files: readonly string[], key: string): boolean {
  return files.every((file) => reusable.get(file)?.key === key);
}

/** The manifest of the site now published at `outDir`: every file, with its stamp and, for outputs, its key. */
export function writeManifest(manifestFile: string, outDir: string, codeVersion: string, files: ReadonlyMap<string, Published>): void {
  const manifest: Manifest = {
    site: path.resolve(outDir),
    codeVersion,
    files: Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
  writeFileAtomic(manifestFile, JSON.stringify(manifest));
}
