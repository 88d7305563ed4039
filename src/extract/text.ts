// Text helpers shared by the extractors: normalising seed text, splitting sentences, building positions.
import { split } from 'sentence-splitter';
import type { Paragraph, Position } from '../schema/document.ts';
import { countAtOrBelow } from './sorted-search.ts';

// Zero-width characters, soft hyphens and byte-order marks are invisible in print but break word
// matching ("kil\u00ADled"); they are removed. NBSP and thin spaces are kept: they are thousands separators.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** Sentence boundaries inside one paragraph, as offsets into it (abbreviations like "U.S." and "Oct." kept whole). */
export function splitSentences(text: string): Paragraph['sentences'] {
  const sentences: Paragraph['sentences'] = [];
  for (const node of split(text)) {
    if (node.type !== 'Sentence') continue;
    const [start, end] = node.range;
    if (text.slice(start, end).trim()) sentences.push({ start, end });
  }
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
