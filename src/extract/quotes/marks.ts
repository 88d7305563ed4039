// Finds quotation marks and pairs them: straight and curly double marks, guillemets, and single curly
// marks used as quotes (British style). Apostrophes ("party’s", "’90s", "rock ’n’ roll") are never marks.
// One left-to-right pass per paragraph, so a megabyte of marks costs one scan.
import type { Paragraph } from '../../schema/document.ts';
import { isReportingVerb } from './verbs.ts';

export interface MarkedSpan {
  paragraph: number;
  open: number; // offset of the opening mark
  innerStart: number; // first character inside the marks
  innerEnd: number; // one past the last character inside the marks
  end: number; // one past the closing mark (the paragraph end when the quote runs on)
  closed: boolean; // false when the paragraph ends before a closing mark (newswire run-on quote)
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
// The scans jump from mark to mark: most characters of a paragraph are no mark.
// Two straight apostrophes close a double quote in copy typed for old wire systems ("broken''"), and two
// curly ones in copy converted from it ("“… do well,’’ Anyaene added": the News Agency of Nigeria's style).
// A double prime (″), as some archives print the straight mark, is read as one.
const DOUBLE_MARK = /["″“„«”»]|''|’’|‘‘|‘’|``/g;
// Straight apostrophes too, read as marks only where they open before a capital or close after a word and
// before punctuation ('Our response has come at a huge cost,' the Treasurer said).
const SINGLE_MARK = /[‘’']/g;

// A nickname inside a name: "Marcia “Cia” Price", "Dwayne "The Rock" Johnson". One to three capitalised
// words in marks, between a capitalised word and a capitalised word, quote nobody.
const NICKNAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u;
function isNickname(text: string, open: number, close: number): boolean {
  if (text[open - 1] !== ' ' || text[close + 1] !== ' ') return false;
  if (!/\p{Lu}[\p{L}.]*$/u.test(text.slice(Math.max(0, open - 20), open - 1))) return false;
  if (!/^\p{Lu}/u.test(text.slice(close + 2, close + 3))) return false;
  return NICKNAME.test(text.slice(open + 1, close));
}

/**
 * "Prima facie, the bridge held,” she said.": a paragraph whose first mark closes a quote after its
 * punctuation, with words before it, lost its opening mark; the quote runs from the paragraph's start. So
 * does one whose only mark closes it at its end ("… each month”.").
 */
function lostOpening(text: string, i: number): number {
  // (At the paragraph's end, the full stop may come after the mark: "… each month”.")
  const closesParagraph = /^[.,]?\s*$/u.test(text.slice(i + 1));
  if (!/[,.!?]/.test(text[i - 1] ?? '') && !(closesParagraph && /\p{L}/u.test(text[i - 1] ?? ''))) return -1;
  if (!isSpace(text[i + 1]) && !closesParagraph) return -1;
  const start = text.search(/\S/);
  return start >= 0 && (text.slice(start, i).match(/\s+/g) ?? []).length >= 3 ? start : -1;
}

/** Double-mark quotations in one paragraph, in order. */
function doubleMarks(text: string, paragraph: number): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let open = -1;
  let openInner = -1; // the first character inside the opening mark (two wide for "''")
  let first = true;
  for (const mark of text.matchAll(DOUBLE_MARK)) {
    const i = mark.index;
    const ch = mark[0] === '″' ? '"' : mark[0];
    const before = text[i - 1];
    const after = text[i + 1];
    if (first && (ch === '”' || ch === '"')) {
      // (Not after "said,": that mark opens the quote.)
      const start = saidBefore(text, i) ? -1 : lostOpening(text, i);
      first = false;
      if (start >= 0) {
        spans.push({ paragraph, open: start, innerStart: start, innerEnd: i, end: i + 1, closed: true });
        continue;
      }
    }
    first = false;
    // ``…'': two grave accents open a quote in copy typed for old wire systems (TeX style), and ‘‘ (or ‘’,
    // "‘’ We are searching every room,’’") in copy converted from it.
    if (ch === '``' || ch === '‘‘' || (ch === '‘’' && open < 0)) {
      if (open < 0) {
        open = i;
        openInner = i + 2;
      }
      continue;
    }
    if (ch === "''" || ch === '’’') {
      // ("''There were so many people", "on ''non-controllable fuel price inflation''": two apostrophes
      // before a word open a quote, at the paragraph's start or after a space; in copy typed with ``…''
      // they only close, as two curly ones always do.)
      if (open < 0 && ch === "''" && (i === text.search(/\S/) || (isSpace(before) && !text.includes('``'))) && isWordChar(text[i + 2])) {
        open = i;
        openInner = i + 2;
        continue;
      }
      if (open >= 0 && !isNickname(text, open, i))
        spans.push({ paragraph, open, innerStart: openInner, innerEnd: i, end: i + 2, closed: true });
      open = -1;
      continue;
    }
    if (open < 0) {
      // Outside a quote: a straight mark opens unless it hangs off a word ("5'10\"") or faces nothing.
      // A closing mark typed for an opening one: before a word ("said ”We"), or after a colon or at the
      // paragraph's start, even with a space after it ("He said : ” During the year").
      // ('He said," We are not counting': after a reporting verb and its comma, too.)
      const leads =
        (/(?:^|:)\s*$/u.test(text.slice(Math.max(0, i - 3), i)) || saidBefore(text, i)) && isWordChar(text[i + (after === ' ' ? 2 : 1)]);
      // ('he said.”Inflation is not': a closing mark typed for an opening one, the space after the full stop lost.)
      const opens =
        OPENERS.has(ch) ||
        (CLOSERS.has(ch) && /[.!?]/.test(before ?? '') && /\p{Lu}/u.test(after ?? '')) ||
        (ch === '"' && (!isSpace(after) || leads) && !/\d/.test(before ?? '')) ||
        (CLOSERS.has(ch) && isSpace(before) && (isWordChar(after) || leads));
      if (opens) {
        open = i;
        openInner = i + 1;
      }
      continue;
    }
    // Inside a quote: a closing or straight mark closes; a second opening mark right after a word is a mis-typed closer.
    const closes =
      CLOSERS.has(ch) || ch === '"' || (OPENERS.has(ch) && !isSpace(before) && (isSpace(after) || /[.,;:!?)]/.test(after ?? '')));
    if (!closes) continue;
    if (isNickname(text, open, i)) {
      open = -1;
      continue;
    }
    spans.push({ paragraph, open, innerStart: openInner, innerEnd: i, end: i + 1, closed: true });
    open = -1;
  }
  if (open >= 0) {
    // "“We have been able to control the flames,' Lt Col Ariful Islam told journalists": a single mark
    // typed for the closing one, right after the quote's punctuation and before its attribution.
    const close = singleCloser(text, open);
    // "“… our day but thank God we were luckier, Shehata said.": the closing mark lost before the attribution.
    const lost = close < 0 ? lostCloser(text, open) : -1;
    spans.push(
      close >= 0
        ? { paragraph, open, innerStart: openInner, innerEnd: close, end: close + 1, closed: true }
        : lost >= 0
          ? { paragraph, open, innerStart: openInner, innerEnd: lost, end: lost, closed: true }
          : { paragraph, open, innerStart: openInner, innerEnd: text.length, end: text.length, closed: false },
    );
  }
  return spans;
}

/** "said," right before offset `i`: a reporting verb and a comma, so a mark after them opens a quote. */
function saidBefore(text: string, i: number): boolean {
  const verb = /(\p{L}+),\s*$/u.exec(text.slice(Math.max(0, i - 16), i));
  return verb !== null && isReportingVerb(verb[1]);
}

// ", Shehata said.", ", he added." ending the paragraph: an attribution with no mark before it.
const LOST_CLOSER = /[,?!](?=\s+(?:(?:he|she|they)\s+|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(\p{Ll}+)\.?\s*$)/u;

/** Where a quote whose closing mark was lost ends: before a bare attribution that ends its paragraph. */
function lostCloser(text: string, open: number): number {
  const m = LOST_CLOSER.exec(text.slice(open));
  return m && isReportingVerb(m[1]) ? open + m.index + 1 : -1;
}

const SINGLE_CLOSER = /[,.!?](['’])\s/g;

/** Whether one of `words` (bare of marks and punctuation) is a verb of reporting. */
const anyReporting = (words: readonly string[]): boolean => words.some((w) => isReportingVerb(w.replace(/[^\p{L}]/gu, '')));

/** The first `count` words of the `chars` characters after `at`. */
const wordsAfter = (text: string, at: number, chars: number, count: number): string[] =>
  text
    .slice(at, at + chars)
    .trim()
    .split(/\s+/)
    .slice(0, count);

/**
 * A reporting verb within a few words after a quote (ending at `end`; more after a partial quote, whose
 * speaker may be a long description: "the parent of a St Andrew's Primary pupil claimed") or in the 12
 * words before it (at `open`).
 */
function reportedNear(text: string, open: number, end: number, after = 8): boolean {
  const before = text
    .slice(Math.max(0, open - 120), open)
    .trim()
    .split(/\s+/)
    .slice(-12);
  return anyReporting(wordsAfter(text, end, 120, after)) || anyReporting(before);
}

/** Where a single mark closes a double-mark quote left open: before a reporting verb within a few words. */
function singleCloser(text: string, open: number): number {
  SINGLE_CLOSER.lastIndex = open;
  for (let m = SINGLE_CLOSER.exec(text); m; m = SINGLE_CLOSER.exec(text)) {
    const mark = m.index + 1;
    if (anyReporting(wordsAfter(text, mark + 1, 159, 18))) return mark;
  }
  return -1;
}

/** ‘Single-mark’ quotations outside any double-mark quotation. */
function singleMarks(text: string, paragraph: number, taken: MarkedSpan[]): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let t = 0;
  let open = -1;
  let tentative = false; // a straight mark before a lower-case word: a quote only if it closes as one
  for (const mark of text.matchAll(SINGLE_MARK)) {
    const i = mark.index;
    // Marks inside a double-mark quotation are skipped.
    while (t < taken.length && taken[t].end <= i) t++;
    if (t < taken.length && taken[t].open <= i) continue;
    const ch = mark[0];
    const before = text[i - 1];
    const after = text[i + 1];
    const atStart = before === undefined || isSpace(before) || /[(\[—–:-]/.test(before);
    // A straight mark before a lower-case word ("an act of 'educational and social vandalism' the parent
    // claimed") opens only tentatively: "rock 'n' roll" and "'em" close as no quote, and a later opening
    // mark takes its place.
    const lowerOpening = ch === "'" && atStart && /\p{Ll}/u.test(after ?? '');
    // ‘ opens at a word start, but not in an elided year ("‘90s"); a straight one before a capital
    // ("'Our government is too big'").
    const opening =
      ((ch === '‘' && isWordChar(after)) || (ch === "'" && /\p{Lu}/u.test(after ?? '')) || lowerOpening) &&
      atStart &&
      !/^\d{2}s\b/.test(text.slice(i + 1, i + 5));
    if (open < 0 || (tentative && opening)) {
      if (opening) {
        open = i;
        tentative = lowerOpening;
      }
      continue;
    }
    // ’ closes after a word and before a non-letter; "’s" and "’n’" are apostrophes. A straight one closes
    // after the quote's own punctuation, or after a word right before punctuation ("workers' pay" does not).
    // (A tentative quote may close before a space too: "'educational and social vandalism' the parent claimed".)
    const closes =
      ch === '’'
        ? !isSpace(before) && !isWordChar(after)
        : ch === "'" &&
          !isWordChar(after) &&
          (/[.,!?]/.test(before ?? '') || (isWordChar(before) && (/^[,.;:!?]/.test(after ?? '') || (tentative && isSpace(after)))));
    // (Straight marks also quote titles, 'All Bets Are Off': only words a reporting verb near them
    // attributes are a quotation.)
    // (A tentative quote holds at least two words: "'n'" is none.)
    // (A whole paragraph in straight marks, "'We anticipate low single-digit growth …'", is a quotation whose
    // speaker the paragraphs around it name; a title alone on its line, "'All Bets Are Off.'", is short.)
    const wholeParagraph =
      ch === "'" &&
      !tentative &&
      open === text.search(/\S/u) &&
      /^[\s.]*$/u.test(text.slice(i + 1)) &&
      /[.!?]$/u.test(text.slice(0, i)) &&
      text
        .slice(open + 1, i)
        .trim()
        .split(/\s+/u).length >= 7;
    if (
      closes &&
      (ch !== "'" || wholeParagraph || reportedNear(text, open, i + 1, tentative ? 14 : 8)) &&
      (!tentative || /\s/u.test(text.slice(open + 1, i).trim()))
    ) {
      spans.push({ paragraph, open, innerStart: open + 1, innerEnd: i, end: i + 1, closed: true });
      open = -1;
      tentative = false;
    } else if (closes && tentative) {
      open = -1;
      tentative = false;
    }
  }
  return spans;
}

/** Every quotation span of one paragraph, in order of the opening mark. */
export function findMarkedSpans(paragraph: Paragraph, index: number): MarkedSpan[] {
  const doubles = doubleMarks(paragraph.text, index);
  const singles = singleMarks(paragraph.text, index, doubles);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

/** True when the paragraph opens with a quotation mark: the continuation of a run-on quote. */
export function opensWithMark(paragraph: Paragraph): boolean {
  // (A closing mark typed for an opening one, right before a word: "”I want to commend …", as doubleMarks reads it.)
  return /^\s*(?:["“„«‘]|``|[”»][\p{L}\p{N}])/u.test(paragraph.text);
}
