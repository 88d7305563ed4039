// A text-width estimate for laying out SVG labels at build time, where no browser can measure text.
// Widths are in ems for a typical sans-serif (system-ui, Arial, Roboto) and err on the wide side, so
// labels placed with them never collide in a real font.

const NARROW = [...`il.,:;'’!|ıjf()[]`];
const SEMI = [...'rt -–"“”/'];
const WIDE = [...'mwMW@%'];

// The width of every UTF-16 unit, in ems: charts measure every label of every page at build time, so
// this is a table lookup. A character outside the basic plane counts once, by its high surrogate.
const WIDTH = new Float64Array(0x10000).fill(0.58);
for (let c = 0x41; c <= 0x5a; c++) WIDTH[c] = 0.7; // A-Z
for (const [chars, ems] of [
  [NARROW, 0.3],
  [SEMI, 0.4],
  [WIDE, 0.9],
] as const)
  for (const ch of chars) WIDTH[ch.charCodeAt(0)] = ems;
WIDTH.fill(0, 0xdc00, 0xe000); // low surrogates

/** Estimated width in px (viewBox units) of `text` set at `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (let i = 0; i < text.length; i++) ems += WIDTH[text.charCodeAt(i)];
  return ems * fontSize * (bold ? 1.08 : 1);
}

/** Cut `text` at a word boundary so it fits `maxWidth`, ending with "…" when anything was cut. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const words = text.split(/\s+/);
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (estimateTextWidth(`${next}…`, fontSize) > maxWidth) break;
    out = next;
  }
  if (!out) {
    // One long word: cut by characters.
    for (const ch of text) {
      if (estimateTextWidth(`${out}${ch}…`, fontSize) > maxWidth) break;
      out += ch;
    }
  }
  return `${out.replace(/[\s,;:–-]+$/, '')}…`;
}

/** Break `text` into lines no wider than `maxWidth`; at most `maxLines`, the last one truncated. */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  return wrapWords(text.split(/\s+/).filter(Boolean), maxWidth, fontSize, maxLines);
}

/**
 * Lines of `words` (each kept whole, so "at least 104" can be one) no wider than `maxWidth`; at most
 * `maxLines`, the last one truncated with "…" only when the words need more.
 */
export function wrapWords(words: readonly string[], maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (line && estimateTextWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = words[i];
      if (lines.length === maxLines - 1) {
        line = words.slice(i).join(' ');
        break;
      }
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  // A single word longer than the line (a URL, a long name) is cut rather than allowed to overflow.
  return lines.map((l) => truncateToWidth(l, maxWidth, fontSize));
}
