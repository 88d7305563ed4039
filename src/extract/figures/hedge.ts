// The hedge of a number: written before it ("at least", "nearly", "some"), over fillers ("another",
// "a total of"), or after it ("or more", "or so").
import type { Qualifier } from '../../schema/document.ts';
import type { NumberMention } from '../text/numbers.ts';
import type { Token } from '../text/number-tokens.ts';
import { FILLERS, QUALIFIERS, type Phrase } from './lexicon.ts';
import { endsWithPhrase, indexBy, lastWord } from './phrases.ts';
import type { Quantity } from './quantity.ts';

const QUALIFIERS_BY_LAST = indexBy(QUALIFIERS, lastWord);
const FILLERS_BY_LAST = indexBy(
  FILLERS.map((f) => [f] as const),
  lastWord,
);

// Hedges that are prepositions of place or time as well.
const PLACING: ReadonlySet<string> = new Set(['under', 'over', 'below', 'above']);

export interface Hedge {
  qualifier: Qualifier;
  spanStart: number; // the quantity's span, widened over a hedge before it
  leftIndex: number; // the token before the number and its hedge, inside the sentence; -1 if none
}

export function readHedge(
  tokens: readonly Token[],
  m: NumberMention,
  sentence: { start: number; end: number },
  quantity: Quantity,
  after: string,
): Hedge {
  let spanStart = quantity.spanStart;
  let k = m.first - 1;
  const skipFillers = (): void => {
    for (let round = 0; round < 2; round++) {
      const filler =
        k >= 0
          ? FILLERS_BY_LAST.get(tokens[k].lower)?.find(
              ([f]) => endsWithPhrase(tokens, k, f) && tokens[k - f.length + 1].start >= sentence.start,
            )
          : undefined;
      if (!filler) return;
      k -= filler[0].length;
    }
  };
  if (quantity.currencyBefore) while (k >= 0 && tokens[k].start >= spanStart) k--;
  let qualifier: Qualifier = 'exact';
  const fillerFree = k;
  skipFillers();
  const hedgeAt = (at: number): [Phrase, Qualifier] | undefined =>
    at >= 0
      ? QUALIFIERS_BY_LAST.get(tokens[at].lower)?.find(
          ([p]) => endsWithPhrase(tokens, at, p) && tokens[at - p.length + 1].start >= sentence.start,
        )
      : undefined;
  let hedge = hedgeAt(k);
  // "under the 545 municipalities", "over the 10 days": a preposition before an article places the
  // number; it does not hedge it.
  if (hedge && k < fillerFree && hedge[0].length === 1 && PLACING.has(hedge[0][0]) && tokens[k + 1]?.lower === 'the') hedge = undefined;
  if (!hedge) {
    k = fillerFree;
    hedge = hedgeAt(k);
  }
  if (hedge) {
    qualifier = hedge[1];
    const first = k - hedge[0].length + 1;
    spanStart = Math.min(spanStart, tokens[first].start);
    k = first - 1;
    // "should not be more than 13": a denied lower bound is an upper one ("be" stays the tally's link).
    if (qualifier === 'more than' && tokens[k]?.lower === 'be' && tokens[k - 1]?.lower === 'not') qualifier = 'up to';
  }
  skipFillers();
  if (qualifier === 'exact') {
    if (/^\s*(?:or more|-?plus\b|\+)/i.test(after)) qualifier = 'at least';
    else if (/^\s*or so\b/i.test(after)) qualifier = 'about';
  }
  // The ends of a range ("between 10 and 20") are hedged by coordination.ts, which sees both.
  // Ages by comparison ("children under five") were excluded above; here "under" is a hedge.
  const leftIndex = k >= 0 && tokens[k].start >= sentence.start ? k : -1;
  return { qualifier, spanStart, leftIndex };
}
