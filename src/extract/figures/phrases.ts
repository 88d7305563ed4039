// Matching the lexicon's phrases (lists of lower-case words) against tokens, and indexing phrase lists
// by one word so each token is checked against a handful. A phrase word matches a token's form or its
// lemma, so "receive treatment" also matches "were receiving treatment" and "underwent surgery"
// matches "undergo surgery".
import type { Token } from '../text/number-tokens.ts';
import type { Layer } from './layer.ts';
import type { Phrase } from './lexicon.ts';

/** Phrase lists indexed by their last (or first) word, so each token is checked against a handful. */
export function indexBy<T extends readonly [Phrase, ...unknown[]]>(list: readonly T[], pick: (p: Phrase) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of list) {
    const key = pick(entry[0]);
    const bucket = index.get(key) ?? [];
    bucket.push(entry); // the lists are sorted longest first, and buckets keep that order
    index.set(key, bucket);
  }
  return index;
}
export const lastWord = (p: Phrase): string => p[p.length - 1];

const same = (tokens: readonly Token[], k: number, word: string, layer: Layer | null): boolean =>
  tokens[k].lower === word || (layer !== null && tokens[k].kind === 'word' && layer.lemma(k) === word);

export const endsWithPhrase = (tokens: readonly Token[], at: number, phrase: Phrase, layer: Layer | null = null): boolean => {
  if (at - phrase.length + 1 < 0) return false;
  for (let p = 0; p < phrase.length; p++) if (!same(tokens, at - phrase.length + 1 + p, phrase[p], layer)) return false;
  return true;
};
export const startsWithPhrase = (tokens: readonly Token[], at: number, phrase: Phrase, layer: Layer | null = null): boolean => {
  if (at + phrase.length > tokens.length) return false;
  for (let p = 0; p < phrase.length; p++) if (!same(tokens, at + p, phrase[p], layer)) return false;
  return true;
};

/** The first entry of `index` keyed by token j's form, then by its lemma, that `accept` takes. */
export function findEntry<T>(
  index: ReadonlyMap<string, T[]>,
  tokens: readonly Token[],
  j: number,
  layer: Layer | null,
  accept: (entry: T) => boolean,
): T | undefined {
  const byForm = index.get(tokens[j].lower)?.find(accept);
  if (byForm || !layer || tokens[j].kind !== 'word') return byForm;
  const lemma = layer.lemma(j);
  return lemma !== tokens[j].lower ? index.get(lemma)?.find(accept) : undefined;
}

/**
 * The entry of `table` for token j, by its lemma, or by its form with a regular ending taken off when the
 * tagger has no lemma or a wrong one ("rescued" tagged as a noun after "be"): -s, -es, -ies, -ed, -d,
 * -ied, -ing, and a doubled consonant ("kidnapped").
 */
export function byLemma<V>(table: ReadonlyMap<string, V>, tokens: readonly Token[], j: number, layer: Layer | null): V | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  const found = table.get(t.lower) ?? (layer ? table.get(layer.lemma(j)) : undefined);
  return found !== undefined ? found : byStem(table, t.lower);
}

// Each table's answers by word form, remembered (news repeats its words); cleared when it grows large,
// so a hostile text of random words keeps memory bounded.
const stemmed = new WeakMap<ReadonlyMap<string, unknown>, Map<string, unknown>>();

function byStem<V>(table: ReadonlyMap<string, V>, w: string): V | undefined {
  if (w.length < 4 || !/(?:s|d|ing)$/.test(w)) return undefined;
  let memo = stemmed.get(table) as Map<string, V | null> | undefined;
  if (!memo) stemmed.set(table, (memo = new Map()));
  const known = memo.get(w);
  if (known !== undefined) return known ?? undefined;
  let value: V | undefined;
  if (/ie[sd]$/.test(w)) value = table.get(w.slice(0, -3) + 'y');
  for (const ending of ENDINGS) {
    if (value !== undefined) break;
    if (!w.endsWith(ending) || w.length - ending.length < 2) continue;
    const base = w.slice(0, -ending.length);
    value = table.get(base) ?? table.get(base + 'e');
    if (value === undefined && base.at(-1) === base.at(-2)) value = table.get(base.slice(0, -1)); // "kidnapped"
  }
  if (memo.size > 20_000) memo.clear();
  memo.set(w, value ?? null);
  return value;
}
const ENDINGS = ['ing', 'ed', 'es', 's', 'd'];
