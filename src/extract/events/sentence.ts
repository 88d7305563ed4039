// The sentence around a date, found locally. The paragraph's sentence split can break after "p.m."
// ("At 6 p.m. | Monday, police said…") or miss a break, so tense and labels read the text themselves,
// never more than `read` characters either side.

import { MONTHS, WEEKDAYS } from '../text/lexicon.ts';
import { SENTENCE_ABBREVIATIONS } from './lexicon.ts';

export interface Span {
  start: number;
  end: number;
}

// A full stop after these is an abbreviation, not the end of a sentence: titles and the like, and the
// calendar's abbreviations ("Oct.", "Tues.").
const ABBREVIATIONS = new Set([
  ...SENTENCE_ABBREVIATIONS,
  ...[...MONTHS, ...WEEKDAYS].flatMap(([, ...abbreviations]) => abbreviations.map((a) => a.toLowerCase())),
]);
const TERMINATOR = /[.!?]["”’)]?[\s\u00A0]+(?=["“‘(]?[\p{Lu}\d])/gu;

function endsSentence(text: string, terminator: number): boolean {
  if (text[terminator] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, terminator - 12), terminator))?.[1] ?? '';
  // "U.S.", "p.m.", "a.m.": a single letter before the stop.
  if (/(?:^|\.)\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence holding text[start, end): from the last sentence end before it to the first after it. */
export function sentenceSpan(text: string, start: number, end: number, read = 240): Span {
  const from = Math.max(0, start - read);
  const to = Math.min(text.length, end + read);
  let sentenceStart = from;
  let sentenceEnd = to;
  const window = text.slice(from, to);
  TERMINATOR.lastIndex = 0;
  for (let match = TERMINATOR.exec(window); match; match = TERMINATOR.exec(window)) {
    const stop = from + match.index;
    if (!endsSentence(text, stop)) continue;
    const after = stop + match[0].length;
    if (after <= start) sentenceStart = after;
    else if (stop >= end) {
      sentenceEnd = stop + 1;
      break;
    }
  }
  // A window that starts mid-text begins at a word boundary, not inside a word.
  if (sentenceStart === from && from > 0) {
    const space = text.slice(from, start).search(/[\s\u00A0]/u);
    if (space >= 0) sentenceStart = from + space + 1;
  }
  if (sentenceEnd === to && to < text.length) {
    const space = text.slice(end, to).lastIndexOf(' ');
    if (space >= 0) sentenceEnd = end + space;
  }
  return { start: sentenceStart, end: sentenceEnd };
}
