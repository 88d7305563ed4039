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

/** The entries of `index` keyed by token j's form, then by its lemma. */
export function entriesFor<T>(index: ReadonlyMap<string, T[]>, tokens: readonly Token[], j: number, layer: Layer | null): T[] {
  const byForm = index.get(tokens[j].lower);
  if (!layer || tokens[j].kind !== 'word') return byForm ?? [];
  const lemma = layer.lemma(j);
  const byLemma = lemma !== tokens[j].lower ? index.get(lemma) : undefined;
  if (!byLemma) return byForm ?? [];
  return byForm ? [...byForm, ...byLemma] : byLemma;
}

/**
 * The entry of `table` for token j, by its lemma, or by its form with a regular ending taken off when the
 * tagger has no lemma or a wrong one ("rescued" tagged as a noun after "be"): -s, -es, -ies, -ed, -d,
 * -ied, -ing, and a doubled consonant ("kidnapped").
 */
export function byLemma<V>(table: ReadonlyMap<string, V>, tokens: readonly Token[], j: number, layer: Layer | null): V | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  const lemma = layer?.lemma(j);
  const found = (lemma && table.get(lemma)) || table.get(t.lower);
  if (found !== undefined) return found;
  const w = t.lower;
  const stem = /(?:ied|ies)$/.test(w) ? [w.slice(0, -3) + 'y'] : /(?:ed|ing|es|s|d)$/.exec(w) ? stems(w) : [];
  for (const s of stem) {
    const v = table.get(s);
    if (v !== undefined) return v;
  }
  return undefined;
}

function stems(w: string): string[] {
  const out: string[] = [];
  for (const ending of ['ing', 'ed', 'es', 's', 'd']) {
    if (!w.endsWith(ending) || w.length - ending.length < 2) continue;
    const base = w.slice(0, -ending.length);
    out.push(base, base + 'e');
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.push(base.slice(0, -1)); // "kidnapped"
  }
  return out;
}
