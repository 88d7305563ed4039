// Paragraphs as the extractors see them: sentence boundaries inside each, and positions that point into them.
import type { Paragraph, Position } from '../../schema/document.ts';
import { sentenceRanges } from './sentences.ts';
import { countAtOrBelow } from './sorted-search.ts';

const NUMBER_STOP = /\d\.[ \u00A0]+(?=[“"‘(]?\p{Lu})/gu;
// What every NUMBER_STOP match starts with: most paragraphs have none, and skip the per-sentence scan.
const DIGIT_STOP = /\d\.[ \u00A0]/;

/** Sentence boundaries inside one paragraph, as offsets into it (abbreviations like "U.S." and "Oct." kept whole). */
export function splitSentences(text: string): Paragraph['sentences'] {
  if (text.length > LONG_PARAGRAPH) return roughSentences(text);
  const sentences: Paragraph['sentences'] = [];
  const digitStops = DIGIT_STOP.test(text);
  for (const [start, end] of sentenceRanges(text)) {
    let from = start;
    // The splitter reads "under 15. A total…" as one sentence (a numbered-list or German-date
    // reading of "15."); a number, a full stop and a capital after some words is a sentence end.
    const numberStops = digitStops ? text.slice(start, end).matchAll(NUMBER_STOP) : [];
    for (const m of numberStops) {
      const cut = start + m.index + m[0].length;
      if (!/\p{L}/u.test(text.slice(from, start + m.index))) continue;
      const stop = start + m.index + 2; // after the digit and its full stop
      if (text.slice(from, stop).trim()) sentences.push({ start: from, end: stop });
      from = cut;
    }
    // A sentence starts at a character that is not white space: only a cut one can be blank.
    if (from === start || text.slice(from, end).trim()) sentences.push({ start: from, end });
  }
  return sentences.length ? sentences : [{ start: 0, end: text.length }];
}

// No news paragraph is this long; a seed's one-megabyte line is hostile or broken and gets a one-pass
// split at ". A"-like stops (sentence-splitter, which sentences.ts replaced, took seconds per megabyte).
const LONG_PARAGRAPH = 20_000;
// One space after a stop (paragraph whitespace is collapsed); bounded look-arounds, so no backtracking.
const ROUGH_STOP = /(?<=[.!?]["”’»)]{0,3}) (?=["“‘«(]?\p{Lu})/gu;

function roughSentences(text: string): Paragraph['sentences'] {
  const sentences: Paragraph['sentences'] = [];
  let from = 0;
  for (const m of text.matchAll(ROUGH_STOP)) {
    if (m.index > from) sentences.push({ start: from, end: m.index });
    from = m.index + 1;
  }
  if (from < text.length) sentences.push({ start: from, end: text.length });
  return sentences.length ? sentences : [{ start: 0, end: text.length }];
}

export function toParagraph(text: string): Paragraph {
  return { text, sentences: splitSentences(text) };
}

/**
 * The position of [start, end) in paragraph `index`, with the sentence that holds `start` (or the last
 * one starting before it). Sentences are sorted and disjoint, so a binary search finds it: extractors
 * call this for every mention, thousands of times on long input.
 */
export function positionIn(paragraphs: readonly Paragraph[], index: number, start: number, end: number): Position {
  const sentence = Math.max(0, countAtOrBelow(paragraphs[index].sentences, start, (s) => s.start) - 1);
  return { paragraph: index, sentence, start, end };
}
