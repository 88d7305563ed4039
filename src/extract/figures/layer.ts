// The linguistic layer (text/language.ts) seen from the figures' own tokens: the part of speech and
// lemma of the word that starts where token j starts. The paragraph is tagged once, when a rule first
// asks, and shared with every other extractor; a token the tagger split otherwise has no tag.
import type { Paragraph } from '../../schema/document.ts';
import { analyse, type Analysis, type Tag } from '../text/language.ts';
import type { Token } from '../text/number-tokens.ts';

export interface Layer {
  /** The part of speech of token j, or null when the tagger did not see a word there. */
  tag(j: number): Tag | null;
  /** The lemma of token j, lower case; the token's lower-case form when the tagger has none. */
  lemma(j: number): string;
}

// Beyond this a paragraph is no news text (a megabyte line is hostile or broken): it is read without
// the layer, by word forms alone, so extraction stays fast on it.
const MAX_TAGGED = 20_000;

/** The layer over `tokens` (the paragraph's own tokens, offsets into its text). */
export function layerOf(paragraph: Paragraph, tokens: readonly Token[]): Layer {
  let analysis: Analysis | null | undefined;
  let wordIndex: number[] | undefined; // token -> the word starting where it starts, or -1
  const wordOf = (j: number): number => {
    if (wordIndex === undefined) {
      analysis = paragraph.text.length <= MAX_TAGGED ? analyse(paragraph) : null;
      wordIndex = alignment(tokens, analysis);
    }
    return j >= 0 && j < wordIndex.length ? wordIndex[j] : -1;
  };
  return {
    tag: (j) => {
      const w = wordOf(j);
      return w >= 0 && analysis ? analysis.words[w].tag : null;
    },
    lemma: (j) => {
      const w = wordOf(j);
      return w >= 0 && analysis ? analysis.lemma(w) : (tokens[j]?.lower ?? '');
    },
  };
}

/**
 * One merge walk over the two sorted lists: the word that starts where each token starts. (A plain array:
 * a typed one of a paragraph's length lives outside the heap and costs several times more to make.)
 */
function alignment(tokens: readonly Token[], analysis: Analysis | null): number[] {
  const index: number[] = new Array<number>(tokens.length).fill(-1);
  if (!analysis) return index;
  const { words } = analysis;
  let w = 0;
  for (let j = 0; j < tokens.length; j++) {
    while (w < words.length && words[w].start < tokens[j].start) w++;
    if (w < words.length && words[w].start === tokens[j].start) index[j] = w;
  }
  return index;
}
