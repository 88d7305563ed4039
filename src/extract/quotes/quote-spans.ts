// Quotation marks paired into quotes: a quote split around its attribution ("“A,” he said. “B”") is
// joined, and a newswire quote that runs over paragraphs (no closing mark until the last) is one quote;
// with the position helpers the speaker search reads them by.
import type { ParsedSeed } from '../../schema/document.ts';
import { type MarkedSpan, opensWithMark } from './marks.ts';
import { isReportingVerb } from './verbs.ts';
import { firstAtOrAbove, lastAtOrBelow } from '../text/sorted-search.ts';
import { MONTHS } from '../text/lexicon.ts';
import { alternation } from '../text/patterns.ts';
import { ATTRIBUTION_ABBREVIATIONS } from './lexicon.ts';

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
      if (previous && last && last.paragraph === p && last.closed && isSplitAttribution(paragraph.text, last, span)) {
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

// "“A,” he said. “B”": the text between two quotes is only an attribution, and the first part ends in a comma.
export function isSplitAttribution(text: string, a: MarkedSpan, b: MarkedSpan): boolean {
  const gap = text.slice(a.end, b.open);
  if (gap.length > 160) return false;
  const inner = text.slice(a.innerStart, a.innerEnd).trimEnd();
  if (!inner.endsWith(',') && !/^\s*,/.test(gap)) return false;
  const words = wordsWithOffsets(text, a.end, b.open);
  if (!words.length || words.length > 16) return false;
  // Only one sentence may sit between the parts: "…,” said X. The fire spread. “…" is two quotes.
  const end = sentenceEnd(text, a.end, b.open);
  if (/[\p{L}\p{N}]/u.test(text.slice(end + 1, b.open))) return false;
  return words.some((w) => isReportingVerb(w.word));
}

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
  return lastAtOrBelow(paragraph.sentences, offset, (s) => s.start)?.start ?? 0;
}

// A full stop after an initial, a title or an abbreviation ("Mr.", "Oct.", "Inc.") ends no sentence.
const ABBREVIATION_BEFORE = new RegExp(
  `(?:\\b\\p{Lu}|\\b(?:${alternation([...ATTRIBUTION_ABBREVIATIONS, ...MONTHS.flatMap(([, ...abbreviations]) => abbreviations)])}))$`,
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
  const slice = text.slice(Math.max(0, before - 400), before);
  const offset = Math.max(0, before - 400);
  let at = 0;
  for (const m of slice.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu)) {
    const prev = slice.slice(Math.max(0, m.index - 5), m.index);
    if (/(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No))$/u.test(prev)) continue;
    at = offset + m.index + m[0].length;
  }
  return at;
}
