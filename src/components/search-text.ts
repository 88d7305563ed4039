// The pure parts of the site search UI (src/components/SiteSearch.astro): turning a Pagefind excerpt
// into safe text segments, and the words the status line announces. No DOM here, so it is unit-tested.

export interface ExcerptSegment {
  text: string;
  mark: boolean; // a matched word, shown in <mark>
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind excerpts are HTML: the page's text with matches wrapped in <mark>. The text comes from seed
 * articles, so it is never parsed as HTML: only <mark> is honoured, any other tag is dropped, entities
 * are decoded, and the caller inserts each segment as a text node.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const out: ExcerptSegment[] = [];
  const push = (raw: string, mark: boolean) => {
    const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
    if (!text) return;
    const last = out.at(-1);
    if (last && last.mark === mark) last.text += text;
    else out.push({ text, mark });
  };
  const re = /<mark>([\s\S]*?)<\/mark>/gi;
  let at = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    push(excerpt.slice(at, m.index), false);
    push(m[1], true);
    at = m.index + m[0].length;
  }
  push(excerpt.slice(at), false);
  return out;
}

/** What the status line says after a search. */
export function resultsMessage(query: string, total: number, shown: number): string {
  const q = `“${query.trim()}”`;
  if (total === 0) return `No explainers match ${q}.`;
  const found = total === 1 ? `One explainer matches ${q}.` : `${total} explainers match ${q}.`;
  return shown < total ? `${found} Showing the first ${shown}.` : found;
}

/** The query a page was opened with (/search/?q=…), trimmed; empty when none. */
export function queryFrom(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, 200);
}
