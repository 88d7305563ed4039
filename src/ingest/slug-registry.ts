// Published addresses: which slug each seed was published under, and the slugs it had before. The
// registry is a file in the repository (published-slugs.json) that `npm run build` updates and editors
// commit, like a lock file: a clean build on a fresh machine reads it, so a document's URL never moves
// when its title is corrected. Only an editor's `slug:` in front matter moves a document; its old slugs
// then redirect to the new one (src/build/redirects.ts).
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { SITE_EMBED_SLUG } from '../lib/paths.ts';
import { slugify } from '../lib/slug.ts';
import { uniqueSlug } from './slug.ts';

/** One seed's address: its slug, and the slugs it was published under before (oldest first). */
export interface SlugEntry {
  slug: string;
  previous: string[];
}

/** Seed file (relative to the seeds folder) -> its address. */
export type SlugRegistry = Map<string, SlugEntry>;

/** The registry's place in the project: beside package-lock.json, committed with the seeds. */
export const SLUG_REGISTRY_FILE = 'published-slugs.json';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The registry in `file`; empty when there is none yet. A damaged one is an error: guessing would move URLs. */
export function readSlugRegistry(file: string): SlugRegistry {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return new Map();
  }
  const registry: SlugRegistry = new Map();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${path.basename(file)} is not valid JSON (${error instanceof Error ? error.message : String(error)}): fix or restore it`,
      {
        cause: error,
      },
    );
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${path.basename(file)}: expected an object of seed files`);
  for (const [seed, entry] of Object.entries(value as Record<string, unknown>)) {
    const { slug, previous = [] } = (entry ?? {}) as { slug?: unknown; previous?: unknown };
    if (
      typeof slug !== 'string' ||
      !SLUG.test(slug) ||
      !Array.isArray(previous) ||
      !previous.every((p) => typeof p === 'string' && SLUG.test(p))
    )
      throw new Error(`${path.basename(file)}: the entry of "${seed}" needs a "slug" and a list of "previous" slugs`);
    registry.set(seed, { slug, previous: previous as string[] });
  }
  return registry;
}

/** The registry as its file holds it: sorted by seed, one entry a line, so commits show each change alone. */
export function formatSlugRegistry(registry: ReadonlyMap<string, SlugEntry>): string {
  const entries = [...registry].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = entries.map(
    ([seed, entry]) => `  ${JSON.stringify(seed)}: ${JSON.stringify({ slug: entry.slug, previous: entry.previous })}`,
  );
  return lines.length ? `{\n${lines.join(',\n')}\n}\n` : '{}\n';
}

/** Writes the registry when it changed; returns whether it did. */
export function writeSlugRegistry(file: string, registry: ReadonlyMap<string, SlugEntry>): boolean {
  const text = formatSlugRegistry(registry);
  try {
    if (fs.readFileSync(file, 'utf8') === text) return false;
  } catch {
    // no registry yet
  }
  writeFileAtomic(file, text);
  return true;
}

/** One seed's slug as assigned this run. */
export interface Assigned {
  slug: string;
  previous: string[]; // the slugs that now redirect to it
  warning?: string; // an editor's slug that could not be taken
}

/**
 * Assigns slugs over one run's seeds (`present`: every seed file in the folder, good or broken):
 * - a seed in the registry keeps its slug, whatever its title says now;
 * - an editor's `slug:` moves it, and the old slug joins `previous` (it then redirects), unless another
 *   seed holds that slug;
 * - a new seed takes its title's slug, numbered when taken. A slug of a seed no longer in the folder is
 *   taken over by a new seed that asks for it (by title or `slug:`): a seed renamed or moved to another
 *   folder keeps its address. Slugs of removed seeds are otherwise kept reserved, so an old link never
 *   leads to another story.
 */
export class SlugAssigner {
  readonly registry: SlugRegistry;
  private readonly owner = new Map<string, string>(); // slug -> the seed it belongs to
  private readonly present: ReadonlySet<string>;

  constructor(registry: ReadonlyMap<string, SlugEntry>, present: Iterable<string>) {
    this.registry = new Map([...registry].map(([seed, entry]) => [seed, { slug: entry.slug, previous: [...entry.previous] }]));
    this.present = new Set(present);
    this.owner.set(SITE_EMBED_SLUG, ''); // the site-wide timeline's embed (src/lib/paths.ts)
    for (const [seed, entry] of this.registry) for (const slug of [entry.slug, ...entry.previous]) this.owner.set(slug, seed);
  }

  assign(seed: string, title: string, wanted: string | null): Assigned {
    const entry = this.registry.get(seed);
    let warning: string | undefined;
    if (wanted && wanted !== entry?.slug) {
      if (this.free(wanted, seed)) return this.take(seed, wanted);
      const holder = this.owner.get(wanted);
      warning = `front matter slug "${wanted}" is ${holder ? `the address of ${holder}` : 'reserved'}: ${entry ? `kept "${entry.slug}"` : 'not used'}`;
    }
    if (entry && this.owner.get(entry.slug) === seed) return { ...this.take(seed, entry.slug), warning };
    const fromTitle = slugify(title) || slugify(path.basename(seed, path.extname(seed))) || 'document';
    if (this.free(fromTitle, seed)) return { ...this.take(seed, fromTitle), warning };
    return { ...this.take(seed, uniqueSlug(title, path.basename(seed, path.extname(seed)), this.taken())), warning };
  }

  /** Whether `seed` may have `slug`: nobody holds it, it holds it itself, or its holder left the folder. */
  private free(slug: string, seed: string): boolean {
    const holder = this.owner.get(slug);
    return holder === undefined || holder === seed || (holder !== '' && !this.present.has(holder));
  }

  private taken(): ReadonlySet<string> {
    return new Set(this.owner.keys());
  }

  /** Gives `seed` the address `slug`: its old slug and, when it takes over a departed seed's, that one's old slugs redirect. */
  private take(seed: string, slug: string): Assigned {
    const entry = this.registry.get(seed);
    const previous = entry ? [...entry.previous] : [];
    if (entry && entry.slug !== slug) previous.push(entry.slug);
    const holder = this.owner.get(slug);
    if (holder && holder !== seed) {
      // A seed renamed or moved: its entry comes along.
      const departed = this.registry.get(holder)!;
      previous.push(...departed.previous, ...(departed.slug !== slug ? [departed.slug] : []));
      this.registry.delete(holder);
    }
    const next = { slug, previous: [...new Set(previous)].filter((p) => p !== slug) };
    this.registry.set(seed, next);
    for (const s of [next.slug, ...next.previous]) this.owner.set(s, seed);
    return { slug, previous: next.previous };
  }
}
