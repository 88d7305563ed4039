// A quote's speaker: the attribution after it, before it, between its parts or in the sentence that
// introduces it with a colon; else the speaker it continues.
import type { ParsedSeed } from '../../schema/document.ts';
import type { MarkedSpan } from './marks.ts';
import type { ResolveState, Speaker } from './speaker.ts';
import { isReportingVerb } from './verbs.ts';
import {
  lastSentenceBreak,
  nextSpanOpen,
  previousSpanEnd,
  type QuoteGroup,
  sentenceEnd,
  sentenceStartAt,
  wordsWithOffsets,
} from './quote-spans.ts';
import { attributionAt, reportsAt } from './speech-verbs.ts';

export function findSpeaker(doc: ParsedSeed, group: QuoteGroup, spans: MarkedSpan[][], state: ResolveState): Speaker | null {
  const first = group.parts[0];
  const p = first.paragraph;
  const text = doc.paragraphs[p].text;
  const reference = first.open;

  // 1. Between the parts of a split quote.
  for (const gap of group.gaps) {
    const found = attributionIn(doc, gap.paragraph, gap.start, gap.end, 'after', reference, state);
    if (found) return found;
  }
  // 2. Right after the quote, in the same sentence: "…,” said Miller." / "…,” the ministry said.
  const lastInParagraph = group.parts.filter((s) => s.paragraph === p).at(-1) ?? first;
  // A quote that ends with a full stop ends its sentence: what follows belongs to the next one.
  const endsSentence = /\.\s*$/.test(text.slice(lastInParagraph.innerStart, lastInParagraph.innerEnd));
  if (lastInParagraph.closed && !endsSentence) {
    const nextOpen = nextSpanOpen(spans[p], lastInParagraph.end, text.length);
    const end = sentenceEnd(text, lastInParagraph.end, nextOpen);
    const found = attributionIn(doc, p, lastInParagraph.end, end, 'after', reference, state);
    if (found) return found;
  }
  // 2b. A quote run over paragraphs may be attributed after its last part: "…,” she said.
  const lastPart = group.parts[group.parts.length - 1];
  if (lastPart.paragraph !== p && lastPart.closed) {
    const lastText = doc.paragraphs[lastPart.paragraph].text;
    const nextOpen = nextSpanOpen(spans[lastPart.paragraph], lastPart.end, lastText.length);
    const found = attributionIn(
      doc,
      lastPart.paragraph,
      lastPart.end,
      sentenceEnd(lastText, lastPart.end, nextOpen),
      'after',
      lastPart.open,
      state,
    );
    if (found) return found;
  }
  // 3. Before the quote, in the same sentence: "Smith told Reuters: “…”", "According to Smith, “…”".
  const sentenceStart = sentenceStartAt(doc.paragraphs[p], first.open);
  const previousEnd = previousSpanEnd(spans[p], first.open);
  const clauseStart = Math.max(sentenceStart, previousEnd, lastSentenceBreak(text, first.open));
  const leading = text.slice(clauseStart, first.open);
  if (/[\p{L}\p{N}]/u.test(leading)) {
    const found = attributionIn(doc, p, clauseStart, first.open, 'before', reference, state);
    if (found) return found;
  }
  // 4. A quote that opens its sentence or follows a colon continues the last speaker; one embedded in
  //    a sentence that names nobody ("The victim was described as “…”") has no speaker.
  const opensSentence = !/[\p{L}\p{N}]/u.test(leading) || /:\s*$/.test(leading);
  if (!opensSentence) {
    // "X said it was “…” and that its “…”": a second quote in the sentence of an attributed one shares its speaker.
    const previous = state.events.at(-1);
    if (
      previous &&
      previous.paragraph === p &&
      previousEnd > sentenceStart &&
      previous.offset >= sentenceStart &&
      previous.offset < first.open
    )
      return { ...previous.speaker };
    return null;
  }
  if (!/[\p{L}\p{N}]/u.test(leading)) {
    // "He said:" closing the previous sentence or paragraph introduces this quote.
    const colon = colonIntroduction(doc, p, clauseStart, spans);
    if (colon) {
      const found = attributionIn(doc, colon.paragraph, colon.start, colon.end, 'before', reference, state);
      if (found) return found;
    }
  }
  const last = state.events.at(-1);
  return last ? { ...last.speaker } : null;
}

export function colonIntroduction(
  doc: ParsedSeed,
  p: number,
  clauseStart: number,
  spans: MarkedSpan[][],
): { paragraph: number; start: number; end: number } | null {
  const text = doc.paragraphs[p].text;
  // Only the characters just before the quote matter; a bounded window keeps long paragraphs linear.
  const windowStart = Math.max(0, clauseStart - 400);
  const before = text.slice(windowStart, clauseStart).trimEnd();
  if (before.endsWith(':')) {
    const colon = windowStart + before.length - 1;
    const start = Math.max(lastSentenceBreak(text, colon), previousSpanEnd(spans[p], colon));
    return { paragraph: p, start, end: colon };
  }
  if (!before && windowStart === 0 && p > 0) {
    const prev = doc.paragraphs[p - 1].text.trimEnd();
    if (prev.endsWith(':')) {
      const start = Math.max(lastSentenceBreak(prev, prev.length - 1), previousSpanEnd(spans[p - 1], prev.length - 1));
      return { paragraph: p - 1, start, end: prev.length - 1 };
    }
  }
  return null;
}

/** Looks for a reporting verb in [start, end) and returns the speaker it names. */
export function attributionIn(
  doc: ParsedSeed,
  p: number,
  start: number,
  end: number,
  where: 'before' | 'after',
  reference: number,
  state: ResolveState,
): Speaker | null {
  const text = doc.paragraphs[p].text;
  const words = wordsWithOffsets(text, start, end);
  if (!words.length) return null;
  if (where === 'after') {
    // The attribution must follow at once: "…,” he said", not "…” and said aid was needed".
    if (/^(?:and|but|or|which|that|because|so|if|when|while)$/i.test(words[0].word)) return null;
    for (let i = 0; i < Math.min(words.length, 14); i++) {
      const w = words[i];
      if (w.word.toLowerCase() === 'according' && words[i + 1]?.word.toLowerCase() === 'to') {
        return attributionAt(doc, p, start, w.start, words[i + 1].end, end, true, reference, state);
      }
      if (!isReportingVerb(w.word)) continue;
      return attributionAt(doc, p, start, w.start, w.end, end, false, reference, state);
    }
    return null;
  }
  // Before the quote: the last reporting verb of the clause ("Smith said in a tweet:").
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w.word.toLowerCase() === 'according' && words[i + 1]?.word.toLowerCase() === 'to') {
      return attributionAt(doc, p, start, w.start, words[i + 1].end, end, true, reference, state);
    }
    if (!reportsAt(words, i) || /^according$/i.test(w.word)) continue;
    const found = attributionAt(doc, p, start, w.start, w.end, end, false, reference, state);
    if (found) return found;
  }
  return null;
}
