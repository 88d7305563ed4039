// The speaker phrase around a reporting verb, as written: the subject of the clause that ends at the verb
// ("[Mr Getachew Reda], the spokesman…, said") or the phrase right after an inverted verb ("said [Abdul
// Wahid Rayan], a spokesman…"). speaker.ts resolves the phrase to a person or body.
import { PERSONAL_PRONOUNS, WEEKDAYS } from '../text/lexicon.ts';
import { wordKey } from '../text/word-key.ts';
import {
  CLAUSE_WORDS,
  DETERMINERS,
  HUMAN_NOUNS,
  NOT_SPEAKER_OPENERS,
  RELATIVE_PREPOSITIONS,
  RELATIVE_TIME_NOUNS,
  SPEAKER_TITLES,
  LY_NOUNS,
  SPEECH_AUXILIARIES,
  TIME_WORDS,
} from './lexicon.ts';
import { isHonorific, isNotName, isRoleHead } from '../entities/lexicon.ts';
import { alternation } from '../text/patterns.ts';
import { isReportingVerb } from './verbs.ts';

const PRONOUNS = new Set(PERSONAL_PRONOUNS);
export const isPronoun = (word: string): boolean => PRONOUNS.has(wordKey(word));

const WEEKDAY_NAMES = new Set(WEEKDAYS.map(([name]) => name));

const WEEKDAY_KEYS = new Set(WEEKDAYS.map(([name]) => wordKey(name)));

/** Offsets of words in a range, skipping punctuation. */
export function wordsIn(text: string, start: number, end: number): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)) {
    out.push({ word: m[0], start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/**
 * The speaker phrase of a clause that ends at a reporting verb: "[Mr Getachew Reda], the spokesman…, said",
 * "a lawyer confirmed that [a Surfside official] had told". Returns offsets in the paragraph.
 */
// A subject and who goes with it: "The governor alongside his commissioner", "the minister, accompanied by".
const ACCOMPANIED = /^(.*?\p{L})[\s,]+(?:alongside|along\s+with|together\s+with|accompanied\s+by|flanked\s+by)\s/u;

export function subjectBefore(text: string, clauseStart: number, verbStart: number): { start: number; end: number } | null {
  // "Rep. Gwen Moore (D-Wis.) said", "Mitch McConnell, R-Ky., said": a party tag or an aside between the
  // subject and its verb is no clause boundary; the subject ends before it.
  const stop = clauseStart + withoutTrailingAside(text.slice(clauseStart, verbStart)).length;
  let end = stop;
  let words = wordsIn(text, clauseStart, end);
  // Drop auxiliaries, adverbs and times between subject and verb: "had told", "has also broadly called",
  // "could only quip", "later Thursday told", "on Monday said".
  while (words.length && betweenSubjectAndVerb(words[words.length - 1].word, words[words.length - 2]?.word)) {
    const dropped = words[words.length - 1].word;
    words = words.slice(0, -1);
    if (WEEKDAY_KEYS.has(wordKey(dropped)) && /^(?:on|since)$/i.test(words[words.length - 1]?.word ?? '')) words = words.slice(0, -1);
  }
  if (!words.length) return null;
  end = words[words.length - 1].end;
  const between = text.slice(end, stop);
  if (/[.!?;]/.test(between)) return null;
  // "Ana Ruiz, head of the Harbour Office (HO), told": a comma after the bracketed aside closes an appositive.
  const asideThenComma = /^\s*\([^()]*\)\s*,/.test(text.slice(stop, verbStart));
  // ("Martin Halliwell, SES chief technology officer, was quoted as saying": the comma closes the appositive
  // before the words dropped between the subject and its verb.)
  if (
    asideThenComma ||
    /^\s*,/.test(between) ||
    /,\s*$/.test(text.slice(clauseStart, stop).replace(/\s+(?:has|had|have|also|later)\s*$/i, ''))
  ) {
    // "Name, appositive, said": the subject is the first comma chunk that reads like a speaker.
    const chunks = splitChunks(text, clauseStart, end);
    for (const [k, chunk] of chunks.entries()) {
      // "As Senator John Cornyn, the No. 2, put it": a clause word before the name is no opener; trimClause drops it.
      const chunkWords = wordsIn(text, chunk.start, chunk.end);
      while (chunkWords.length > 1 && CLAUSE_WORDS.has(wordKey(chunkWords[0].word))) chunkWords.shift();
      if (!chunkWords.length) continue;
      const first = chunkWords[0].word;
      if (NOT_SPEAKER_OPENERS.has(wordKey(first)) || /^\p{Ll}+(?:ed|ing)$/u.test(first)) continue;
      if (/^\d/.test(first) || WEEKDAY_KEYS.has(wordKey(first)) || /^(?:yesterday|today)$/i.test(first)) continue;
      // ("Also, a local official …, said": a clause word alone is no chunk of the subject.)
      const phrase = trimClause(text, chunk.start, chunk.end);
      if (!phrase) continue;
      // "The governor alongside his Commissioner for Works, Reuben Izeze, … said": who goes with the subject is
      // no subject, and the name after him is his.
      const companion = ACCOMPANIED.exec(text.slice(phrase.start, phrase.end));
      if (companion) return trimClause(text, phrase.start, phrase.start + companion[1].length) ?? phrase;
      // "Police Public Relations Officer (PPRO), DSP Yakubu Sabo, who confirmed it, said": a title, then the
      // name it belongs to in apposition; the name speaks.
      const next = chunks[k + 1];
      const nameWords = next ? wordsIn(text, next.start, next.end) : [];
      if (
        chunkWords.some((w) => isRoleHead(w.word)) &&
        nameWords.length >= 2 &&
        nameWords.length <= 5 &&
        nameWords.every((w) => /^\p{Lu}/u.test(w.word) && !isRoleHead(w.word))
      )
        return trimClause(text, next.start, next.end) ?? phrase;
      // "A witness on the scene, teacher January Michael, told AFP": a description, then a name (perhaps
      // after its role) in apposition; the name speaks.
      const named = nameWords.findIndex((w) => /^\p{Lu}/u.test(w.word));
      if (
        DETERMINERS.has(wordKey(chunkWords[0].word)) &&
        named >= 1 &&
        named <= 2 &&
        nameWords.length - named >= 2 &&
        nameWords.length - named <= 4 &&
        nameWords.slice(0, named).every((w) => /^\p{Ll}/u.test(w.word)) &&
        nameWords.slice(named).every((w) => /^\p{Lu}/u.test(w.word) && !isRoleHead(w.word))
      )
        return { start: nameWords[named].start, end: nameWords[nameWords.length - 1].end };
      return phrase;
    }
    return null;
  }
  // Otherwise the subject runs back from the verb to the nearest clause boundary.
  let start = clauseStart;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const gapAfter = text.slice(w.end, i + 1 < words.length ? words[i + 1].start : end);
    if (i < words.length - 1 && /[,;:—–]/.test(gapAfter)) {
      start = words[i + 1].start;
      // "Murielle Guilbert, co-general delegate of Solidaires said": a name, then its role with no closing
      // comma; the name is the subject.
      // ("Sébastien Desabre, DR Congo Coach said": a role may open with a capital.)
      const named =
        /,/.test(gapAfter) &&
        (/^\p{Ll}/u.test(words[i + 1].word) || isRoleHead(words[words.length - 1].word)) &&
        words.slice(i + 1, i + 6).some((r) => isRoleHead(r.word) || HUMAN_NOUNS.has(wordKey(r.word))) &&
        nameEndingAt(text, clauseStart, i, words);
      if (named) return named;
      break;
    }
    // "…his co-worker who replies “…”", "a doctor, who answered:": the relative's antecedent speaks.
    if (i === words.length - 1 && i > 0 && (wordKey(w.word) === 'who' || wordKey(w.word) === 'that')) {
      const from = antecedentStart(words, i);
      return from === null ? null : trimClause(text, from, words[i - 1].end);
    }
    // "…, at which point Hopp said": the subject follows "which" (and its noun of time).
    if (wordKey(w.word) === 'which' && i > 0 && RELATIVE_PREPOSITIONS.has(wordKey(words[i - 1].word))) {
      const k = RELATIVE_TIME_NOUNS.has(wordKey(words[i + 1]?.word ?? '')) ? i + 2 : i + 1;
      start = k < words.length ? words[k].start : end;
      break;
    }
    // "A local official who spoke under anonymity said": a verb of a relative clause bounds nothing.
    const inRelative = i > 0 && RELATIVES.has(wordKey(words[i - 1].word)) && !CLAUSE_WORDS.has(wordKey(w.word));
    if (CLAUSE_WORDS.has(wordKey(w.word)) || (isReportingVerb(w.word) && i < words.length - 1 && !inRelative)) {
      // "Nate Silver, the polling guru who founded the site, tweeted": the relative clause describes the
      // subject before it, which speaks.
      if (
        RELATIVES.has(wordKey(w.word)) &&
        i > 0 &&
        !/[,;:]/.test(text.slice(words[i - 1].end, w.start)) &&
        /^\p{Ll}/u.test(words[i + 1]?.word ?? '')
      ) {
        const head = subjectBefore(text, clauseStart, w.start);
        if (head) return head;
      }
      start = i + 1 < words.length ? words[i + 1].start : end;
      break;
    }
  }
  if (start >= end) return null;
  const subjectWords = wordsIn(text, start, end);
  if (subjectWords.length > 12) {
    const tail = nameTail(subjectWords);
    return tail < 0 ? null : trimClause(text, tail, end);
  }
  return trimClause(text, start, end);
}

/**
 * Where the noun phrase that ends just before word `i` (a relative pronoun) starts: a run of capitalised
 * words ("Mayor Dana Voss who"), or the nearest determiner within four words ("his co-worker who"); null if none.
 */
function antecedentStart(words: readonly { word: string; start: number }[], i: number): number | null {
  let k = i - 1;
  if (/^\p{Lu}/u.test(words[k].word)) {
    while (k > 0 && /^\p{Lu}/u.test(words[k - 1].word)) k--;
    return words[k].start;
  }
  for (; k >= 0 && i - k <= 4; k--) if (DETERMINERS.has(wordKey(words[k].word))) return words[k].start;
  return null;
}

// A bracketed aside ("(D-Wis.)", "(pictured)", "(D-Newport News)") or a comma-set party tag (", R-Ky.,")
// closing the text before a reporting verb; the adverbs and auxiliaries after it stay ("(D-Mo.) also said").
const TRAILING_ASIDE = /(?:\s*\([^()]{1,40}\),?|,\s*[DRI]-\p{Lu}[\p{L}.]{0,12}(?:\s\p{Lu}[\p{L}.]{0,12})?,?)((?:\s+\p{Ll}+){0,2}\s*)$/u;

/** The text before a reporting verb without a closing aside: "Rep. Gwen Moore (D-Wis.) " -> "Rep. Gwen Moore". */
export function withoutTrailingAside(leading: string): string {
  const aside = TRAILING_ASIDE.exec(leading.slice(-80));
  if (!aside || !/[\p{L}\p{N}]/u.test(leading.slice(0, leading.length - aside[0].length))) return leading;
  const tail = aside[1];
  if (
    tail.trim() &&
    !tail
      .trim()
      .split(/\s+/)
      .every((w) => SPEECH_AUXILIARIES.has(w))
  )
    return leading;
  return leading.slice(0, leading.length - aside[0].length);
}

/** The capitalised name (two to four words) that ends with words[last], opening its clause or chunk. */
function nameEndingAt(text: string, clauseStart: number, last: number, words: readonly { word: string; start: number; end: number }[]) {
  let first = last;
  while (
    first > 0 &&
    last - first < 4 &&
    /^\p{Lu}/u.test(words[first - 1].word) &&
    !/[,;:—–(]/.test(text.slice(words[first - 1].end, words[first].start))
  )
    first--;
  const before = text.slice(first > 0 ? words[first - 1].end : clauseStart, words[first].start);
  // ("In a statement Stephen Johnston, site manager for Invista said": a fronted phrase, unpunctuated, before the name.)
  const fronted =
    /^(?:in|at|on|during|after|before|speaking)$/iu.test(words[0].word) && words.slice(1, first).every((w) => /^\p{Ll}/u.test(w.word));
  if (first > 0 && !/[,;:—–]\s*$/.test(before) && !CLAUSE_WORDS.has(wordKey(words[first - 1].word)) && !fronted) return null;
  // ("Mr Bege Katuka, the … chairman told": the honorific is no part of the name.)
  while (first < last && isHonorific(words[first].word)) first++;
  const name = words.slice(first, last + 1);
  // (One word may be a name alone, "Cucu, a 48-year-old resident told Reuters", when it opens the clause.)
  if (
    (last === first && first > 0) ||
    !name.every((w) => /^\p{Lu}/u.test(w.word) && !NOT_SPEAKER_OPENERS.has(wordKey(w.word)) && !isNotName(w.word))
  )
    return null;
  return { start: words[first].start, end: words[last].end };
}

const RELATIVES = new Set(['who', 'which', 'whose']);

/** A word between a speaker and its verb: an auxiliary, an adverb ("only", "broadly") or a time ("later Thursday"). */
function betweenSubjectAndVerb(word: string, before: string | undefined): boolean {
  const key = wordKey(word);
  if (SPEECH_AUXILIARIES.has(key) || TIME_WORDS.has(key) || /^(?:only|even|simply|merely|first|last)$/.test(key)) return true;
  if (/^\p{Ll}+ly$/u.test(word) && !LY_NOUNS.has(key)) return true;
  // A weekday only with a time word or preposition before it: "later Thursday", "on Monday", not a name.
  return WEEKDAY_KEYS.has(key) && before !== undefined && /^(?:later|earlier|on|late|early|this|last|since)$/i.test(before);
}

function splitChunks(text: string, start: number, end: number): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  let depth = 0;
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      chunks.push({ start: s, end: i });
      s = i + 1;
    }
  }
  chunks.push({ start: s, end });
  return chunks;
}

function trimClause(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:"“”‘’'—–-]/.test(text[s])) s++;
  while (e > s && /[\s,;:"“”‘’'—–-]/.test(text[e - 1])) e--;
  const words = wordsIn(text, s, e);
  // Leading clause words ("As one resident explains") are not part of the speaker.
  while (words.length && CLAUSE_WORDS.has(wordKey(words[0].word))) {
    words.shift();
    s = words.length ? words[0].start : e;
  }
  if (!words.length) return null;
  if (words.length > 14) {
    const tail = nameTail(words);
    if (tail < 0) return null;
    s = tail;
  }
  return { start: s, end: e };
}

/**
 * "Commanding Officer of the 18th Brigade of the 24th Infantry Division Lt Col Ariful Islam told": a phrase
 * too long for a speaker may be a long title ending in a name; where the name's capitalised run (at most six
 * words) starts, or -1 when the phrase does not end in one.
 */
function nameTail(words: readonly { word: string; start: number }[]): number {
  let k = words.length;
  while (k > words.length - 6 && /^\p{Lu}/u.test(words[k - 1].word)) k--;
  return k < words.length && k > 0 ? words[k].start : -1;
}

// The phrase after an inverted verb runs to punctuation; the full stop of a title or an initial is kept
// wherever it stands ("said Dr. Maria Alvarez", "said Army Capt. Jon Pardo", "said Sen. John F. Reed").
const TITLE_STOP = new RegExp(`(?:\\b(?:${alternation(SPEAKER_TITLES)})|\\b\\p{Lu}|\\b(?:Jr|Sr|No|St))$`, 'u');

/** The text after an inverted verb up to the punctuation that ends the speaker phrase. */
function phraseAfter(rest: string): string {
  const window = rest.slice(0, 140);
  for (const m of window.matchAll(/[,;:!?()“”"]|\.(?=\s|$)/g)) {
    if (m[0] === '.' && TITLE_STOP.test(window.slice(Math.max(0, m.index - 6), m.index))) continue;
    return window.slice(0, m.index);
  }
  return window;
}

/** The speaker phrase right after an inverted verb: "said [Abdul Wahid Rayan], a spokesman…", "added [the ministry]". */
export function subjectAfter(text: string, verbEnd: number, limit: number): { start: number; end: number } | null {
  const rest = text.slice(verbEnd, limit);
  const match = /^\s+([^\s].*)$/su.exec(phraseAfter(rest));
  if (!match) return null;
  let phrase = match[1].trimEnd();
  // The phrase ends before a following verb phrase or adverbial: "said Miller in a statement", "said the aid workers, who".
  phrase = phrase.split(
    /\s+(?:in|on|at|during|after|before|when|while|who|which|adding|citing|according|last|this|late|early|yesterday|today|to|as)\b/,
  )[0];
  const start = verbEnd + rest.indexOf(match[1]);
  const words = wordsIn(text, start, start + phrase.length);
  if (!words.length || words.length > 10) return null;
  const first = words[0].word;
  // A speaker after the verb is a name, a pronoun or a determiner phrase, never a bare lowercase noun ("said aid").
  // A lowercase start is a role before a name ("said nurse Amina Yusuf", "said harbour master Jonas Berg").
  const named = words.some((w) => /^\p{Lu}/u.test(w.word));
  if (!/^\p{Lu}/u.test(first) && !isPronoun(first) && !DETERMINERS.has(wordKey(first)) && !named) return null;
  if (/^(?:that|this|it)$/i.test(first) && words.length > 1) return null;
  if (WEEKDAY_NAMES.has(first)) return null;
  return { start, end: words[words.length - 1].end };
}
