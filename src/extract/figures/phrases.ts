// Matching the lexicon's phrases (lists of lower-case words) against tokens, and indexing phrase lists
// by one word so each token is checked against a handful.
import type { Token } from '../text/number-tokens.ts';
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

export const endsWithPhrase = (tokens: readonly Token[], at: number, phrase: Phrase): boolean => {
  if (at - phrase.length + 1 < 0) return false;
  for (let p = 0; p < phrase.length; p++) if (tokens[at - phrase.length + 1 + p].lower !== phrase[p]) return false;
  return true;
};
export const startsWithPhrase = (tokens: readonly Token[], at: number, phrase: Phrase): boolean => {
  if (at + phrase.length > tokens.length) return false;
  for (let p = 0; p < phrase.length; p++) if (tokens[at + p].lower !== phrase[p]) return false;
  return true;
};
