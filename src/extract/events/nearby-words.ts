// The words around a date match, read character by character: what decides whether it is a date at all
// ("the March 23 Movement", "about 2000 homes") is a word or two on either side.
import { isAsciiLetter, isDigit } from '../text/code-points.ts';

/** Month and weekday names are proper nouns: "may", "march" and "august" in lower case are other words. */
export function capitalised(word: string | undefined): boolean {
  return !!word && /^\p{Lu}/u.test(word);
}

const WORD_CHAR = /[\p{L}\p{N}'’.-]/u;
const WORD_CHAR_AFTER = /[\p{L}\p{N}'’-]/u;
const SPACE = /[\s\u00A0]/u;
// The scans below test one character at a time: ASCII, nearly all of it, is told without a regular expression.
const spaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE.test(text[i]);
};
/** WORD_CHAR, or WORD_CHAR_AFTER (no full stop) when `dot` is false. */
const wordCharAt = (text: string, i: number, dot: boolean): boolean => {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isDigit(c) || isAsciiLetter(c) || c === 0x27 || c === 0x2d || (dot && c === 0x2e);
  return (dot ? WORD_CHAR : WORD_CHAR_AFTER).test(text[i]);
};

/**
 * The word just before `offset` (with its trailing stop or apostrophe); '' when there is none. Scans by
 * hand: an anchored-at-end regex would retry at every position.
 */
export function wordBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && offset - end < 8 && spaceAt(text, end - 1)) end--;
  let start = end;
  while (start > 0 && end - start < 40 && wordCharAt(text, start - 1, true)) start--;
  return text.slice(start, end);
}

/** The word just after `offset` (without a trailing stop); '' when there is none. */
export function wordAfter(text: string, offset: number): string {
  let start = offset;
  while (start < text.length && start - offset < 8 && spaceAt(text, start)) start++;
  let end = start;
  while (end < text.length && end - start < 40 && wordCharAt(text, end, false)) end++;
  return text.slice(start, end);
}

/** Whether `offset` opens a sentence or a clause after a stop, colon, quote or dash. */
export function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 6), offset);
  return offset === 0 || /(?:^|[.!?:;“"(–—-])[\s\u00A0]*$/u.test(before) || (/^[\s\u00A0]*$/u.test(before) && offset < 6);
}
