// Whether a Markdown body is plain prose: no character or line start that CommonMark reads as syntax.
// Most seeds are, and for them the Markdown parser's blocks are exactly the text's lines, so the parser
// (the slowest step of reading a seed) can be skipped. Anything that might be syntax goes to the parser.

// Inline syntax: backslash escapes, entities (&amp;), code spans, emphasis, links and images, autolinks
// and inline HTML. Tabs (indentation) and form feeds or vertical tabs are left to the parser too.
const INLINE_SYNTAX = /[\\&`*_[\]<\t\f\v]/;
// A line that may open or underline a block: indented (code or a continuation), a heading, a block
// quote, a list item or thematic break (- + * _ and "1." or "1)"), a setext underline (= -), a code
// fence (` ~), HTML (<) or a link definition ([).
const BLOCK_START = /^(?:[ #>+*=_`~<[-]|\d{1,9}[.)](?: |$))/m;
// Trailing spaces before a line break make a hard break, which joins the two lines into one block.
const TRAILING_SPACE = / $/m;

/** True when `body` has no Markdown syntax: its blocks are its non-empty lines, as in a plain-text seed. */
export function isPlainProse(body: string): boolean {
  return !INLINE_SYNTAX.test(body) && !BLOCK_START.test(body) && !TRAILING_SPACE.test(body);
}
