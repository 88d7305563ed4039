// The tokens numbers and figures are read from: one linear pass over the text, digit runs (with their
// group separators and glued letters), words with inner apostrophes, and single marks.
import {
  codePointTest,
  codePointWidth,
  isApostropheCode,
  isAsciiLetter,
  isDigit,
  isWhiteSpace,
  joinedRunEnd,
  runEnd,
} from './code-points.ts';
import { GLUED_CURRENCY_CODES, ISO_CURRENCY_CODES } from './lexicon.ts';
import { alternation, longestFirst } from './patterns.ts';
import { wordKey } from './word-key.ts';

export type TokenKind = 'number' | 'word' | 'punct';

export interface Token {
  text: string;
  lower: string;
  start: number; // offset of the first character in the scanned text
  end: number; // exclusive
  kind: TokenKind;
  digits?: string; // number tokens: the digit part ("1,240", "1.2")
  suffix?: string; // number tokens: letters glued to the digits ("m" in "1.2m", "th" in "15th"), lower case
}

// A one-letter sign is a currency only before a sum written as one: grouped, scaled or in decimals
// ("N5,000", "N500, 000" as Nigerian copy often spaces it, "P820 million", "P0.041 a share"), not "N95
// masks", the "N1" road or a "P45" form.
const LETTER_SIGNS: ReadonlySet<string> = new Set(['N', 'P', 'K']);
const LETTER_SUM_TAIL = '\\d{1,3}(?:, ?\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?\\s?(?:billion|bn|million|m|trillion|tn)\\b|\\d+\\.\\d+(?![\\d.])';
const LETTER_SUM = new RegExp(`\\p{Lu}(?:${LETTER_SUM_TAIL})`, 'uy');

// One pass, no nested quantifiers over the same characters: a digit run with single separators
// between digit groups (so "1,1,1,…" is one token, read later as invalid), a word with inner
// apostrophes, or any other single non-space character.
// Currency codes glued to their sum ("Sh100,000", "Rs5,000", "Tk500", "R500": GLUED_CURRENCY_CODES; any
// ISO code, "FJD84.5") are split off, unlike other letters before digits ("COVID19", "F16").
// This is the definition of a token; tokenize finds its matches by hand, without a match object per
// token (that was most of its cost), and the tests hold the two to the same results.
export const TOKEN = new RegExp(
  [
    `(?:${alternation([...GLUED_CURRENCY_CODES.filter((c) => !LETTER_SIGNS.has(c)), ...ISO_CURRENCY_CODES])})(?=\\d)`, // a glued currency code
    `(?:${alternation([...LETTER_SIGNS])})(?=${LETTER_SUM_TAIL})`, // a one-letter sign before a sum
    '(\\d+(?:[.,\\u00A0\\u2009\\u202F]\\d+)*)(\\p{L}*)', // digits in groups, and the letters glued after them
    "[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*\\d*", // a word
    '\\S', // any other character
  ].join('|'),
  'gu',
);

// The glued currency codes by the code of their first letter, longest first: TOKEN's first alternative, in
// its order of preference. Keyed by number, so the look-up at each token costs no one-letter string.
const CURRENCY_CODES = new Map<number, string[]>();
for (const code of longestFirst(GLUED_CURRENCY_CODES)) {
  const first = code.charCodeAt(0);
  CURRENCY_CODES.set(first, [...(CURRENCY_CODES.get(first) ?? []), code]);
}

/** A one-letter sign at `start` stands before a sum written as one. */
function letterSumAt(text: string, start: number): boolean {
  LETTER_SUM.lastIndex = start;
  return LETTER_SUM.test(text);
}

/** The glued currency code at `start`, right before a digit ("FJD" of "FJD84.5"); undefined when there is none. */
export function gluedCurrencyAt(text: string, start: number): string | undefined {
  const code = text.charCodeAt(start);
  const codes = CURRENCY_CODES.get(code);
  if (codes !== undefined)
    for (const c of codes)
      if (text.startsWith(c, start) && isDigit(text.charCodeAt(start + c.length)) && (!LETTER_SIGNS.has(c) || letterSumAt(text, start)))
        return c;
  // Three capitals and a digit: an ISO code ("USD5", "FJD84.5")? Checked only then, so words cost nothing.
  if (
    isCapital(code) &&
    isCapital(text.charCodeAt(start + 1)) &&
    isCapital(text.charCodeAt(start + 2)) &&
    isDigit(text.charCodeAt(start + 3))
  ) {
    const iso = text.slice(start, start + 3);
    if (ISO_CURRENCY_CODES.has(iso)) return iso;
  }
  return undefined;
}
const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const isLetter = codePointTest(isAsciiLetter, /\p{L}/u);
const isLetterOrMark = codePointTest(isAsciiLetter, /[\p{L}\p{M}]/u);
const isGroupSeparator = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0xa0 || c === 0x2009 || c === 0x202f;

function digitsEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let start = 0; start < text.length;) {
    const code = text.charCodeAt(start);
    if (code === 0x20) {
      start++;
      continue;
    }
    // A currency code glued to digits.
    const currency = gluedCurrencyAt(text, start);
    if (currency) {
      const end = start + currency.length;
      tokens.push({ text: currency, lower: currency.toLowerCase(), start, end, kind: 'word' });
      start = end;
      continue;
    }
    // Digits in groups, and the letters glued after them.
    if (isDigit(code)) {
      let digitsTo = digitsEnd(text, start);
      while (isGroupSeparator(text.charCodeAt(digitsTo)) && isDigit(text.charCodeAt(digitsTo + 1)))
        digitsTo = digitsEnd(text, digitsTo + 1);
      const end = runEnd(text, digitsTo, isLetter);
      const raw = text.slice(start, end);
      tokens.push({
        text: raw,
        lower: raw.toLowerCase(),
        start,
        end,
        kind: 'number',
        digits: text.slice(start, digitsTo),
        suffix: text.slice(digitsTo, end).toLowerCase(),
      });
      start = end;
      continue;
    }
    const codePoint = text.codePointAt(start) as number;
    // A word: letters and marks, inner apostrophes, and digits glued at its end.
    if (isLetterOrMark(codePoint)) {
      const end = digitsEnd(text, joinedRunEnd(text, start, isLetterOrMark, isApostropheCode));
      const raw = text.slice(start, end);
      tokens.push({ text: raw, lower: wordKey(raw), start, end, kind: 'word' });
      start = end;
      continue;
    }
    // Any other character but white space.
    const end = start + codePointWidth(codePoint);
    if (!isWhiteSpace(codePoint)) {
      const raw = text.slice(start, end);
      tokens.push({ text: raw, lower: raw, start, end, kind: 'punct' });
    }
    start = end;
  }
  return tokens;
}
