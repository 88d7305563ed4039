// Text helpers shared by the extractors: normalising seed text, splitting sentences, building positions.
import type { Paragraph, Position } from '../schema/document.ts';
import { sentenceRanges } from './sentences.ts';
import { countAtOrBelow } from './sorted-search.ts';

// Zero-width characters, soft hyphens and byte-order marks are invisible in print but break word
// matching ("kil\u00ADled"); they are removed. NBSP and thin spaces are kept: they are thousands separators.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Control characters (C0 but tab, line feed, vertical tab, form feed and carriage return; DEL; C1)
// and the non-characters U+FFFE/U+FFFF have no place in print: they are invalid in XML (one would
// break the RSS feed), can carry terminal escapes into build logs, and are removed. NEL (U+0085)
// ends a line in some encodings' conversions, so it becomes a line feed.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;

/** Text as published: Unicode NFC (not NFKC: "４０" and "ﬁ" stay as written), without invisible or control characters. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/\u0085/g, '\n');
}

/** A word as the extractors' word lists spell it: lower case, with straight apostrophes ("Gaza’s" -> "gaza's"). */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

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

// Digits of other scripts and full-width forms, with their separators: each is one UTF-16 unit, as its
// ASCII fold is, so offsets found in the folded text hold in the original.
const FOREIGN_DIGIT = /[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\uFF0C\uFF0E\u066B\u066C]/g;
const ZERO_OF = [0xff10, 0x0660, 0x06f0, 0x0966];

/**
 * The NFKC-style reading of numbers ("４０,０００", "٤٠") as ASCII digits, for matching only: published
 * text keeps them as written (NFC), and the fold keeps every offset.
 */
export function foldDigits(text: string): string {
  return text.replace(FOREIGN_DIGIT, (ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\uFF0C' || ch === '\u066C') return ',';
    if (ch === '\uFF0E' || ch === '\u066B') return '.';
    const zero = ZERO_OF.find((z) => code >= z && code <= z + 9) as number;
    return String(code - zero);
  });
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
