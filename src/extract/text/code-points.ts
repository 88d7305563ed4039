// Scanning text by code point, for the hand-written tokenizers (numbers.ts, entities/tokens.ts): they
// run over every word of every paragraph, so ASCII is tested by code and only other characters by a
// Unicode property pattern.

/** UTF-16 units of a code point: 2 outside the basic plane. */
export const codePointWidth = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

export const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** A straight or typographic apostrophe (’, U+2019). */
export const isApostropheCode = (code: number): boolean => code === 0x27 || code === 0x2019;
export const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** JavaScript's \s, one UTF-16 unit at a time. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A code point test: `ascii` below U+0080, `pattern` (one character, `u` flag) above. */
export function codePointTest(ascii: (code: number) => boolean, pattern: RegExp): (codePoint: number) => boolean {
  return (cp) => (cp < 0x80 ? ascii(cp) : pattern.test(String.fromCodePoint(cp)));
}

/** The end of the run of code points passing `test` from `i` (`i` when there is none). */
export function runEnd(text: string, i: number, test: (codePoint: number) => boolean): number {
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (!test(cp)) break;
    i += codePointWidth(cp);
  }
  return i;
}

/**
 * The end of a run of code points passing `test` from `i`, extended over each joiner (a UTF-16 unit
 * passing `joiner`) that another such run follows: "al-Habash", "O’Brien". `i` when no run starts there.
 */
export function joinedRunEnd(text: string, i: number, test: (codePoint: number) => boolean, joiner: (code: number) => boolean): number {
  let end = runEnd(text, i, test);
  if (end === i) return i;
  while (joiner(text.charCodeAt(end))) {
    const next = runEnd(text, end + 1, test);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}
