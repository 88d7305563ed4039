// Regular expressions built from word lists, so a pattern and the lexicon it reads cannot drift apart.

/**
 * `text` with every syntax character of a regular expression escaped (only those: with the `u` flag
 * any other escape, "\\-" say, is an error), for use outside a character class.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The words without repeats, longest first (ties in code-point order): a word before its prefixes. */
export function longestFirst(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The words as one alternation ("KShs|KSh|Sh"), escaped, longest first: where two could match at one
 * place (a word and its prefix), the longer is tried first, whatever order the list is in.
 */
export function alternation(words: Iterable<string>): string {
  return longestFirst(words).map(escapeRegExp).join('|');
}
