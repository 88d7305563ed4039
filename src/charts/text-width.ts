// A text-width estimate for laying out SVG labels at build time, where no browser can measure text.
// Widths are in ems for a typical sans-serif (system-ui, Arial, Roboto) and err on the wide side, so
// labels placed with them never collide in a real font.

const NARROW = new Set([...`il.,:;'’!|ıjf()[]`]);
const SEMI = new Set([...'rt -–"“”/']);
const WIDE = new Set([...'mwMW@%']);

function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.3;
  if (SEMI.has(ch)) return 0.4;
  if (WIDE.has(ch)) return 0.9;
  if (ch >= '0' && ch <= '9') return 0.58;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  return 0.58;
}

/** Estimated width in px (viewBox units) of `text` set at `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
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
  const words = text.split(/\s+/).filter(Boolean);
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
