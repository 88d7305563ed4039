// Word tokens with offsets, the unit both the entity and the quote extractors reason about.
import { codePointTest, codePointWidth, isApostropheCode, isAsciiLetter, isDigit, joinedRunEnd } from '../text/code-points.ts';
import { DOTTED } from './lexicon.ts';
import { CAPITALISED_TITLES } from '../text/lexicon.ts';

export interface Token {
  text: string; // as written, possessive included: "Gaza’s"
  base: string; // without a possessive ending: "Gaza"
  start: number; // offsets in the paragraph text, end exclusive
  end: number;
  capitalised: boolean; // first letter upper case
  possessive: boolean; // "Gaza’s", "Hamas’"
  gap: string; // the characters between the previous token and this one
}

// Dotted acronyms ("U.S.", "U.N.") first, then words with inner apostrophes or hyphens ("al-Habash", "O’Brien").
// Each alternative consumes at least one character per step and the groups cannot overlap, so matching is linear.
// This is the definition of a word; wordEndAt finds its matches by hand, without a match object per word,
// and the tests hold the two to the same results.
export const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*['’]?/gu;

const isLetterMarkNumber = codePointTest((c) => isDigit(c) || isAsciiLetter(c), /[\p{L}\p{M}\p{N}]/u);
const isUpper = codePointTest((c) => c >= 0x41 && c <= 0x5a, /\p{Lu}/u);
const isJoiner = (c: number): boolean => isApostropheCode(c) || c === 0x2d;

/** The end of the TOKEN match starting at `i`, or -1 when none starts there. */
export function wordEndAt(text: string, i: number): number {
  // Two or more capital-and-full-stop pairs.
  let j = i;
  let pairs = 0;
  for (
    let cp = text.codePointAt(j);
    cp !== undefined && isUpper(cp) && text.charCodeAt(j + codePointWidth(cp)) === 0x2e;
    cp = text.codePointAt(j)
  ) {
    j += codePointWidth(cp) + 1;
    pairs++;
  }
  if (pairs >= 2) return j;
  // A run, then more runs each after one apostrophe or hyphen, then perhaps a closing apostrophe.
  j = joinedRunEnd(text, i, isLetterMarkNumber, isJoiner);
  if (j === i) return -1;
  return isApostropheCode(text.charCodeAt(j)) ? j + 1 : j;
}

const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’';
const isS = (ch: string | undefined): boolean => ch === 's' || ch === 'S';
// Character tests instead of one regular expression per test: this runs for every word of every paragraph.
/** "Israelis’", "Hamas'": an s, then an apostrophe. */
const endsInSApostrophe = (w: string): boolean => isApostrophe(w[w.length - 1]) && isS(w[w.length - 2]);
/** "Gaza’s", "Blinken's": an apostrophe, then an s. */
const endsInApostropheS = (w: string): boolean => isS(w[w.length - 1]) && isApostrophe(w[w.length - 2]);
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const CAPITALISED = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let at = 0; // where the search for the next word goes on
  while (at < text.length) {
    const start = at;
    const matchEnd = wordEndAt(text, start);
    if (matchEnd < 0) {
      at += codePointWidth(text.codePointAt(start) as number);
      continue;
    }
    at = matchEnd;
    let raw = text.slice(start, matchEnd);
    let end = matchEnd;
    // A trailing apostrophe is a plural possessive ("Israelis’") only after an s; otherwise it is a closing quote.
    if (isApostrophe(raw[raw.length - 1]) && !endsInSApostrophe(raw)) {
      raw = raw.slice(0, -1);
      end -= 1;
    }
    if (!raw) continue;
    if (
      text[end] === '.' &&
      (DOTTED.has(raw.toLowerCase()) || CAPITALISED_TITLES.includes(`${raw}.`) || (raw.length <= 2 && SINGLE_CAPITAL.test(raw)))
    ) {
      raw += '.';
      end += 1;
    }
    const apostropheS = endsInApostropheS(raw);
    const sApostrophe = endsInSApostrophe(raw);
    tokens.push({
      text: raw,
      base: apostropheS ? raw.slice(0, -2) : sApostrophe ? raw.slice(0, -1) : raw,
      start,
      end,
      capitalised: CAPITALISED.test(raw),
      possessive: apostropheS || sApostrophe,
      gap: text.slice(previousEnd, start),
    });
    previousEnd = end;
  }
  return tokens;
}

/** True when only spaces separate the two tokens, so they may belong to one name. */
export function joined(token: Token): boolean {
  return token.gap === ' ' || token.gap === '\u00A0';
}
