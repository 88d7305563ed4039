// Quotation marks paired into quotes: a quote split around its attribution ("“A,” he said. “B”") is
// joined, and a newswire quote that runs over paragraphs (no closing mark until the last) is one quote;
// with the position helpers the speaker search reads them by.
import type { ParsedSeed } from '../../schema/document.ts';
import { type MarkedSpan, opensWithMark } from './marks.ts';
import { isReportingVerb } from './verbs.ts';
import { isPronoun } from './speaker-phrase.ts';
import { tagAt } from './clause.ts';
import { firstAtOrAbove, lastAtOrBelow } from '../text/sorted-search.ts';
import { MONTHS } from '../text/lexicon.ts';
import { alternation } from '../text/patterns.ts';
import { ATTRIBUTION_ABBREVIATIONS, SPEAKER_TITLES } from './lexicon.ts';

export interface QuoteGroup {
  parts: MarkedSpan[];
  gaps: { paragraph: number; start: number; end: number }[]; // attributions between joined parts
}

export const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export const wordCount = (s: string): number => (s.match(WORD) ?? []).length;

export function wordsWithOffsets(text: string, start: number, end: number): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.slice(start, end).matchAll(WORD))
    out.push({ word: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** Pairs spans into quotes: joins split quotes and run-on paragraphs. */
export function groupSpans(doc: ParsedSeed, spans: MarkedSpan[][]): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  let runOn: QuoteGroup | null = null;
  doc.paragraphs.forEach((paragraph, p) => {
    let list = spans[p];
    if (runOn) {
      const head = list[0];
      if (head && opensWithMark(paragraph) && head.open === paragraph.text.search(/\S/)) {
        runOn.parts.push(head);
        list = list.slice(1);
        if (head.closed) runOn = null;
        else if (!list.length) return;
      } else runOn = null;
    }
    let previous: QuoteGroup | null = null;
    for (const span of list) {
      const last = previous?.parts[previous.parts.length - 1];
      if (
        previous &&
        last &&
        last.paragraph === p &&
        last.closed &&
        (isSplitAttribution(paragraph, last, span) || isCoordinatedPiece(paragraph, last, span))
      ) {
        previous.parts.push(span);
        previous.gaps.push({ paragraph: p, start: last.end, end: span.open });
      } else {
        previous = { parts: [span], gaps: [] };
        groups.push(previous);
      }
      if (!span.closed) runOn = previous;
    }
  });
  return groups;
}

/**
 * "“This new flow will produce a curtain of ash” and will “principally disperse to the west,” the agency
 * said": two pieces of one sentence joined by a conjunction and at most two words, no verb of saying
 * between them; one quotation, attributed after its last piece.
 */
function isCoordinatedPiece(paragraph: ParsedSeed['paragraphs'][number], a: MarkedSpan, b: MarkedSpan): boolean {
  const text = paragraph.text;
  if (/[.!?]\s*$/.test(text.slice(a.innerStart, a.innerEnd))) return false;
  // (Pieces of four words or more: "for “one nation” and make “Great Britain greater”" stays two fragments.)
  if (wordCount(text.slice(a.innerStart, a.innerEnd)) < 4 || wordCount(text.slice(b.innerStart, b.innerEnd)) < 4) return false;
  const gap = /^\s*(?:and|but|or)((?:\s+[\p{Ll}’']+){0,2})\s*$/u.exec(text.slice(a.end, b.open));
  // (Not a new clause: "“…” and that its “engineers are on site”" are two pieces.)
  const between = gap ? gap[1].trim().split(/\s+/).filter(Boolean) : [];
  return gap !== null && !between.some((w) => isReportingVerb(w) || CLAUSE_OPENERS.has(w));
}
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'its', 'their', 'his', 'her']);

// "“A,” he said. “B”": the text between two quotes is only an attribution, and the first part ends in a comma
// (or a question mark or an exclamation mark).
export function isSplitAttribution(paragraph: ParsedSeed['paragraphs'][number], a: MarkedSpan, b: MarkedSpan): boolean {
  const text = paragraph.text;
  const gap = text.slice(a.end, b.open);
  if (gap.length > 160) return false;
  const inner = text.slice(a.innerStart, a.innerEnd).trimEnd();
  // (A question or an exclamation may end the first part too: "“… how can you breathe?” Mayor Reyes said. “But …”".)
  if (!/[,?!]$/u.test(inner) && !/^\s*,/.test(gap)) return false;
  // (After "?" or "!", only an attribution closed by its full stop: "Mills then writes back, “…”" leads
  // into a quote of its own.)
  if (/[?!]$/u.test(inner) && !/\.\s*$/u.test(gap)) return false;
  const words = wordsWithOffsets(text, a.end, b.open);
  // (One sentence of attribution: "she said in an hourlong video address from her office in the National
  // Congress, where she is also a senator." runs to 20 words.)
  if (!words.length || words.length > 24) return false;
  // Only one sentence may sit between the parts: "…,” said X. The fire spread. “…" is two quotes.
  const end = sentenceEnd(text, a.end, b.open);
  if (/[\p{L}\p{N}]/u.test(text.slice(end + 1, b.open))) return false;
  if (!words.some((w) => isReportingVerb(w.word))) return false;
  // "“A,” said Collins. “B,” added Rodgers.", "“A,” the official said. “B,” he said. “C,” the police said": a
  // second part with an attribution of its own is another quote, whose own attribution names its speaker.
  if (b.closed && /,\s*$/.test(text.slice(b.innerStart, b.innerEnd))) {
    const after = wordsWithOffsets(text, b.end, sentenceEnd(text, b.end, Math.min(text.length, b.end + 120))).slice(0, 8);
    if (after.some((w) => isReportingVerb(w.word))) return false;
  }
  // An attribution names its speaker ("he said", "said Smith"); "decided to declare" goes on with the sentence.
  return words.some((w) => /^\p{Lu}/u.test(w.word) || isPronoun(w.word) || NOMINAL.has(tagAt(paragraph, w.start) ?? ''));
}
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

// Spans of one paragraph never overlap and are sorted by their opening mark, so ends are sorted too.
export function inQuote(spans: MarkedSpan[], offset: number): boolean {
  const span = lastAtOrBelow(spans, offset, (s) => s.open);
  return span !== undefined && offset < span.end;
}

export function previousSpanEnd(spans: MarkedSpan[], offset: number): number {
  return lastAtOrBelow(spans, offset, (s) => s.end)?.end ?? 0;
}

export function nextSpanOpen(spans: MarkedSpan[], offset: number, fallback: number): number {
  return firstAtOrAbove(spans, offset, (s) => s.open)?.open ?? fallback;
}

export function sentenceStartAt(paragraph: ParsedSeed['paragraphs'][number], offset: number): number {
  let start = lastAtOrBelow(paragraph.sentences, offset, (s) => s.start)?.start ?? 0;
  // "before the U.N. General Assembly": the sentences of parsing end after an initialism before a
  // capital; a quote's sentence goes on (at most three steps back, so the search stays bounded).
  for (let step = 0; step < 3 && start > 0 && INITIALISM_BEFORE.test(paragraph.text.slice(Math.max(0, start - 12), start)); step++)
    start = lastAtOrBelow(paragraph.sentences, start - 1, (s) => s.start)?.start ?? 0;
  return start;
}
const INITIALISM_BEFORE = /\b(?:\p{Lu}\.){2,}\s+$/u;

// A full stop after an initial, a title or an abbreviation ("Mr.", "Oct.", "Inc.") ends no sentence.
const ABBREVIATION_BEFORE = new RegExp(
  `(?:\\b\\p{Lu}|\\b(?:${alternation([...ATTRIBUTION_ABBREVIATIONS, ...SPEAKER_TITLES, ...MONTHS.flatMap(([, ...abbreviations]) => abbreviations)])}))$`,
  'u',
);

/** Ends a search at the first sentence end that is not an abbreviation ("U.S.", "Mr.", "Jan."). */
export function sentenceEnd(text: string, from: number, limit: number): number {
  // Attributions are short: searching a bounded window keeps a paragraph without full stops linear.
  const windowEnd = Math.min(limit, from + 400);
  const window = text.slice(from, windowEnd);
  for (const m of window.matchAll(/[.!?](?=\s|$)/g)) {
    const at = from + m.index;
    if (at + 1 === windowEnd && windowEnd < text.length && !/\s/.test(text[windowEnd])) continue;
    const before = text.slice(Math.max(from, at - 6), at);
    if (ABBREVIATION_BEFORE.test(before)) continue;
    return at;
  }
  return windowEnd;
}

// The sentence splitter sometimes runs a sentence across a closing quote; a full stop then a capital is a break.
export function lastSentenceBreak(text: string, before: number): number {
  const offset = Math.max(0, before - 400);
  const slice = text.slice(offset, before);
  // From the end back: the last break is usually one sentence away, so most of the window is never read.
  for (let j = slice.length - 1; j >= 0; j--) {
    const ch = slice[j];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Matched on the whole text, so the capital after the break may be the quote's own mark and letter.
    BREAK.lastIndex = offset + j;
    const m = BREAK.exec(text);
    if (!m || offset + j + m[0].length > before || ABBREVIATION_BEFORE.test(slice.slice(Math.max(0, j - 6), j))) continue;
    return offset + j + m[0].length;
  }
  return 0;
}
const BREAK = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/uy;
