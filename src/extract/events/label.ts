// A short description for a dated event, made from the clause around its date expression:
// "Blinken told Gallant on Friday that…" becomes "Blinken told Gallant that…" (date words removed).
import { codePointTest, codePointWidth, isAsciiLetter } from '../text/code-points.ts';
import { SAYING_FORMS } from '../quotes/verbs.ts';
import { alternation } from '../text/patterns.ts';
import { DANGLING_WORDS, SIDE_CLAUSE_OPENERS } from './lexicon.ts';
import { sentenceSpan, type Span } from './sentence.ts';

export const LABEL_MAX = 80;
// How far the label reads around the date: labels stay cheap however long the sentence is.
const READ = 240;

// Boundaries between clauses. Commas only count before words that open a side clause, so that
// "On Thursday, Egypt urged…" stays one clause.
const CLAUSE_BREAK = new RegExp(
  `;|\\s[—–]\\s|\\s-\\s|:\\s|,\\s(?=(?:${alternation(SIDE_CLAUSE_OPENERS).replaceAll(' ', '\\s+')})\\b)`,
  'giu',
);
const LEADING_JUNK = /^(?:[\s,;:.–—\-)]+|(?:and|but|or|so|that|which|who|where|when|while|as|then|also)\s+)+/iu;
const DANGLING = alternation(DANGLING_WORDS);
const TRAILING_JUNK = new RegExp(`(?:[\\s,;:.–—\\-(]+|\\s+(?:${DANGLING})\\b)+$`, 'iu');
// After a wire dateline: the agency in brackets and the dash ("(Reuters) -", "(EFE). –").
const DATELINE_TAIL = new RegExp(
  [
    '^[\\s\\u00A0]{0,3}(?:\\([^()]{0,60}\\))?', // "(Reuters)"
    '[\\s\\u00A0]{0,3}[.:]?[\\s\\u00A0]{0,3}\\)?', // ". " or ")"
    '[\\s\\u00A0]{0,3}(?:[-–—][\\s\\u00A0]{0,3})?', // the dash
  ].join(''),
  'u',
);

function clauseAround(text: string, from: number, to: number, start: number, end: number): Span {
  const window = text.slice(from, to);
  let clauseStart = 0;
  let clauseEnd = window.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(window); match; match = CLAUSE_BREAK.exec(window)) {
    const breakStart = from + match.index;
    const breakEnd = breakStart + match[0].length;
    if (breakEnd <= start) clauseStart = breakEnd - from;
    else if (breakStart >= end) {
      clauseEnd = breakStart - from;
      break;
    }
  }
  // A side clause opened by ", which" or ", who" closes at its next comma: "The rains, which began
  // in June, are…" gives "which began in June", not "which began in June, are…".
  if (/^(?:which|who|whom|whose|where)\s/iu.test(window.slice(clauseStart)) && /,\s$/u.test(window.slice(0, clauseStart))) {
    const closing = window.slice(clauseStart, start - from).lastIndexOf(', ');
    if (closing >= 0)
      clauseStart += closing + 2; // the date comes after the side clause
    else {
      const comma = window.indexOf(', ', end - from);
      if (comma >= 0 && comma < clauseEnd) clauseEnd = comma;
    }
  }
  return { start: from + clauseStart, end: from + clauseEnd };
}

const isLetter = codePointTest(isAsciiLetter, /\p{L}/u);

/** How many words of two or more letters `text` holds (the matches of /\p{L}{2,}/u), counted in one pass. */
function wordCount(text: string): number {
  let count = 0;
  let run = 0; // letters in the current run
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) as number;
    i += codePointWidth(code);
    if (isLetter(code)) run++;
    else {
      if (run >= 2) count++;
      run = 0;
    }
  }
  return run >= 2 ? count + 1 : count;
}

/** Removes quote marks, leftover brackets and dangling words, and shortens to about LABEL_MAX characters. */
// A phrase after a comma that can stand as a label: it opens with a name, a number or a linking word,
// not with a verb whose subject was cut off ("…, was the largest").
const PHRASE_OPENER = /^(?:[\p{Lu}\d]|(?:the|a|an|and|but|while|as|after|before|when|where|including|with|over|more|nearly|at)\s)/u;
// "A Taliban government spokesman said", "Two aid workers told reporters".
// A verb of saying, or "told" and its listener, ending an attribution.
const SAYING = `(?:${alternation(SAYING_FORMS)}|told\\s[\\p{L}\\s]{1,30})`;
const ATTRIBUTION_ONLY = new RegExp(`^(?:[\\p{L}\\p{N}'’.-]+\\s){0,10}${SAYING}$`, 'u');

// ", officials said." closing a label: who said it is not what happened.
const TRAILING_ATTRIBUTION = new RegExp(`,\\s(?:[\\p{L}\\p{N}'’.-]+\\s){0,10}${SAYING}[\\s.]*$`, 'u');

// What TRAILING_JUNK's last part ends with: one of its marks, or white space and one of its words (at
// most 8 characters). Tested on the end of the text only, it spares most labels the end-anchored
// pattern, which is tried at every space and mark of the label.
const JUNK_END = new RegExp(`(?:[\\s,;:.–—\\-(]|\\s(?:${DANGLING}))$`, 'iu');
const withoutTrailingJunk = (text: string): string => (JUNK_END.test(text.slice(-12)) ? text.replace(TRAILING_JUNK, '') : text);

export function tidyLabel(raw: string): string {
  // Passes that would change nothing are skipped when a quick test shows it (labels are made for every date).
  let label = raw.replace(/[“”"«»]/gu, '');
  if (/['‘’]/u.test(label)) label = label.replace(/(^|[\s(])['‘’]+|['‘’]+(?=[\s,.;:)]|$)/gu, '$1');
  if (label.includes('(')) label = label.replace(/\(\s*\)/gu, ' ');
  if (/[^\S ]| {2}/u.test(label)) label = label.replace(/[\s\u00A0]+/gu, ' ');
  if (/\s[,.;:)]/u.test(label)) label = label.replace(/\s+([,.;:)])/gu, '$1');
  if (label.includes('(')) label = label.replace(/([(])\s+/gu, '$1');
  label = withoutTrailingJunk(
    label
      .replace(/,(?=[,.])/gu, '')
      .replace(TRAILING_ATTRIBUTION, '')
      .replace(LEADING_JUNK, ''),
  ).trim();
  if (label.length > LABEL_MAX) {
    const cut = label.slice(0, LABEL_MAX);
    const lastSpace = cut.lastIndexOf(' ');
    label = `${withoutTrailingJunk(lastSpace > 20 ? cut.slice(0, lastSpace) : cut)}…`;
  }
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const DANGLING_PREPOSITION = /\s(?:on|in|at|since|until|till|by|from|during|before|after)\s*$/iu;

/** The clause's text with every date expression in it removed. */
function withoutDates(text: string, clause: Span, dates: readonly Span[]): string {
  // Binary search for the first date ending inside the clause: labels stay cheap with many dates.
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle].end <= clause.start) low = middle + 1;
    else high = middle;
  }
  let out = '';
  let at = clause.start;
  for (let i = low; i < dates.length && dates[i].start < clause.end; i++) {
    const date = dates[i];
    if (date.end <= at) continue;
    // "began on Aug. 29 and" loses its "on" with the date.
    out += `${text.slice(at, Math.max(at, date.start)).replace(DANGLING_PREPOSITION, '')} `;
    at = Math.max(at, date.end);
  }
  return out + text.slice(at, clause.end);
}

/**
 * The label for the date `date` (offsets in the paragraph `text`); `dates` are all the date
 * expressions of the paragraph in reading order, removed from the label. For a dateline
 * ("WASHINGTON, Aug 9 (Reuters) -") the label comes from the story's first clause after it.
 * `sentence` is the date's sentenceSpan, when the caller has it already.
 */
export function eventLabel(
  text: string,
  date: Span,
  dates: readonly Span[],
  dateline: boolean,
  sentence = sentenceSpan(text, date.start, date.end, READ),
): string {
  if (dateline) {
    const tail = DATELINE_TAIL.exec(text.slice(date.end, date.end + 80));
    const storyStart = date.end + (tail ? tail[0].length : 0);
    const story = sentenceSpan(text, storyStart, Math.min(text.length, storyStart + 1), READ);
    const clause = clauseAround(text, storyStart, Math.max(storyStart, story.end), storyStart, storyStart);
    const label = tidyLabel(withoutDates(text, clause, dates));
    if (label) return label;
  }
  let clause = clauseAround(text, sentence.start, sentence.end, date.start, date.end);
  // A clause that is little more than the date ("On Monday -") borrows the rest of the sentence.
  if (wordCount(withoutDates(text, clause, dates)) < 3) clause = sentence;
  // In a long clause with the date far from its start, the phrase after the last comma says more
  // about the date ("…, and 91 injured in an attack on Oct. 7") than the clause's opening words.
  if (date.start - clause.start > LABEL_MAX * 0.75) {
    const commaInClause = text.slice(clause.start, date.start).lastIndexOf(', ');
    const comma = commaInClause < 0 ? -1 : clause.start + commaInClause;
    const opensPhrase = PHRASE_OPENER.test(text.slice(comma + 2, comma + 40));
    if (comma > clause.start && opensPhrase && wordCount(text.slice(comma, date.start)) >= 4)
      clause = { start: comma + 2, end: clause.end };
  }
  let label = tidyLabel(withoutDates(text, clause, dates));
  // "…, a government spokesman said Sunday": the attribution alone says little; the reported news
  // before it is the event.
  if (ATTRIBUTION_ONLY.test(label) && clause.start > sentence.start) {
    const news = tidyLabel(withoutDates(text, { start: sentence.start, end: clause.start }, dates));
    if (wordCount(news) >= 3) label = news;
  }
  return label || tidyLabel(text.slice(date.start, date.end));
}
