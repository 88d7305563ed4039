// Sentence boundaries as the sentence-splitter package (v5, English) draws them, in one pass over the
// text (reading a word's neighbours only for a possible abbreviation). That package builds a node per
// character run and rescans its abbreviation lists at every word; it was most of the extraction time.
// The rules are the same, so the sentences are the same (but for a street's "St.", below):
// - a sentence ends after a run of stops (. ! ? and their full-width forms), a full stop only when
//   white space or the end of the text follows it ("1.5" and "U.S.-led" go on);
// - no sentence ends inside an open pair ("…", (…), […], {…} and CJK brackets): a quotation of
//   several sentences stays whole, and an unclosed pair holds to the end of the text;
// - no sentence ends inside an abbreviation: a title before a name ("Mr.", "Gen."; and news titles the
//   package lacks, "Coun."), a numbered-list
//   index ("15."), initials ("U.S.A."), a name with "!" ("Yahoo!"), a known abbreviation ("Oct.")
//   unless the next word is capitalised, or a capital initial between capitalised words ("J. Smith").
// Quotation marks that are not the ASCII '"' (“ ” ‘ ’ « ») do not hold a sentence open, as in the package.
import { isWhiteSpace } from './code-points.ts';
import {
  ABBREVIATIONS,
  CAPITALISED_TITLES,
  DETERMINERS,
  EXCLAMATION_WORDS,
  PERSONAL_PRONOUNS,
  NEWS_TITLE_ABBREVIATIONS,
  PREPOSITIVE_ABBREVIATIONS,
} from './lexicon.ts';

/** [start, end) of one sentence: it starts at a non-space character and ends after its stops (or at the end). */
export type SentenceRange = [start: number, end: number];

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const ABBREVIATION = lower(ABBREVIATIONS);
const PREPOSITIVE = lower([...PREPOSITIVE_ABBREVIATIONS, ...NEWS_TITLE_ABBREVIATIONS]);
const CAPITALISED_TITLE = new Set(CAPITALISED_TITLES);
const EXCLAMATION = lower(EXCLAMATION_WORDS);
const OPENS_PHRASE = new Set([...PERSONAL_PRONOUNS, ...DETERMINERS]);
const INITIALS = /^(?:[a-zA-Z]\.){3,}$/;
const LIST_INDEX = /^\d+\.$/;
const CAPITAL_INITIAL = /^\p{Lu}\./u;
const CAPITALISED = /^\p{Lu}/u;
// Han, Hiragana, Katakana and Hangul letters separate words as spaces do (CJK text has no spaces).
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const STOPS = new Set(['.', '．', '。', '?', '!', '？', '！'].map((c) => c.charCodeAt(0)));
const FULL_STOP = 0x2e;
// Each pair is one bit of the open-pair mask; '"' both opens and closes its pair.
const PAIRS = ['""', '[]', '()', '{}', '「」', '（）', '『』', '｛｝', '［］', '〚〛', '【】', '《》'];
const OPENS = new Map<number, number>(PAIRS.map((pair, bit) => [pair.charCodeAt(0), 1 << bit]));
const CLOSES = new Map<number, number>(PAIRS.map((pair, bit) => [pair.charCodeAt(1), 1 << bit]));

// What each UTF-16 unit is, looked up once per character of every paragraph. Whether a unit is a CJK
// letter is learnt on first sight (one regular expression test per distinct character).
const STOP = 1;
const PAIR_MARK = 2;
const CJK_KNOWN = 4;
const CJK_LETTER = 8;
const KIND = new Uint8Array(0x10000);
for (const code of STOPS) KIND[code] |= STOP;
for (const code of [...OPENS.keys(), ...CLOSES.keys()]) KIND[code] |= PAIR_MARK;

/** A CJK letter, one UTF-16 unit at a time (none is below U+1100, so Latin text skips the test). */
function isCJK(code: number): boolean {
  if (code < 0x1100) return false;
  if (!(KIND[code] & CJK_KNOWN)) KIND[code] |= CJK_KNOWN | (CJK.test(String.fromCharCode(code)) ? CJK_LETTER : 0);
  return (KIND[code] & CJK_LETTER) !== 0;
}

const endsWord = (code: number) => isWhiteSpace(code) || isCJK(code);

/**
 * Whether the word starting at `from` (up to the next white space, CJK letter or the end) starts with
 * a capital; false for an empty word. Only its first letter is read, so no word is read twice.
 */
function capitalisedAt(text: string, from: number): boolean {
  if (from >= text.length || endsWord(text.charCodeAt(from))) return false;
  return CAPITALISED.test(String.fromCodePoint(text.codePointAt(from) as number));
}

/**
 * Whether `word`, starting at `at`, is an abbreviation whose stops end no sentence. The word before
 * it, for "Albert I. Jones", is read where the package reads it: from `previousAt`.
 */
function isAbbreviation(text: string, at: number, word: string, previousAt: number, sentenceStart: number): boolean {
  if (INITIALS.test(word) || CAPITALISED_TITLE.has(word)) return true;
  const key = word.toLowerCase();
  if (EXCLAMATION.has(key) || LIST_INDEX.test(word)) return true;
  if (PREPOSITIVE.has(key) && !isStreet(text, key, at, previousAt, sentenceStart)) return true;
  const known = ABBREVIATION.has(key) || PREPOSITIVE.has(key);
  if (!known && !CAPITAL_INITIAL.test(word)) return false;
  const nextCapitalised = capitalisedAt(text, at + word.length + 1);
  if (nextCapitalised && CAPITAL_INITIAL.test(word) && capitalisedAt(text, previousAt)) return true;
  return known && !nextCapitalised;
}

/**
 * "St." after a capitalised word inside a sentence, and before a capitalised pronoun or article, is a
 * street ending its sentence ("on Main St. The fire", "Elm St. He said"); a saint is followed by a name
 * ("in St. Louis", "Port St. Lucie", "Mount St. Helens").
 */
function isStreet(text: string, key: string, at: number, previousAt: number, sentenceStart: number): boolean {
  if (key !== 'st.' || sentenceStart < 0 || previousAt <= sentenceStart || !capitalisedAt(text, previousAt)) return false;
  const next = /^\p{Lu}\p{Ll}*/u.exec(text.slice(at + key.length + 1, at + key.length + 9));
  return next !== null && OPENS_PHRASE.has(next[0].toLowerCase());
}

/** The sentences of `text`, in order; white space between sentences belongs to none. */
export function sentenceRanges(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  const n = text.length;
  let start = -1; // of the open sentence, -1 when none is open
  let openPairs = 0; // bit mask of the pairs opened and not yet closed
  let abbreviationEnd = 0; // end of the last abbreviation seen: stops before it end nothing
  // Starts of the current chunk of text without white space and of the one before (0 when none):
  // the package reads the word before a word from the start of its chunk, or of the chunk before.
  let chunk = 0;
  let previousChunk = 0;

  const endsSentence = (at: number): boolean => {
    if (openPairs !== 0 || at < abbreviationEnd) return false;
    const code = text.charCodeAt(at);
    if (!(KIND[code] & STOP)) return false;
    return code !== FULL_STOP || at + 1 === n || isWhiteSpace(text.charCodeAt(at + 1));
  };

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) {
      i++;
      continue;
    }
    if (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) {
      previousChunk = chunk;
      chunk = i;
    }
    if (endsSentence(i)) {
      let end = i + 1;
      while (end < n && endsSentence(end)) end++;
      if (start >= 0) sentences.push([start, end]);
      start = -1;
      i = end;
      continue;
    }
    if (start < 0) start = i;
    // A word starts here (after white space, a CJK letter or at the start): is it an abbreviation?
    // Only words holding a stop matter, since only their stops could end a sentence.
    if (i === 0 || endsWord(text.charCodeAt(i - 1))) {
      let end = i;
      let stops = 0;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (endsWord(c)) break;
        stops |= KIND[c] & STOP;
        end++;
      }
      // After a CJK letter the word before is read from the start of this chunk, after white space from the chunk before.
      const previousAt = i === 0 ? 0 : isWhiteSpace(text.charCodeAt(i - 1)) ? previousChunk : chunk;
      if (stops && isAbbreviation(text, i, text.slice(i, end), previousAt, start)) abbreviationEnd = end;
    }
    // A mark opens its pair when the pair is closed, and closes it when it is open.
    if (KIND[code] & PAIR_MARK) {
      const bit = (OPENS.get(code) ?? CLOSES.get(code)) as number;
      if (!(openPairs & bit)) {
        if (OPENS.has(code)) openPairs |= bit;
      } else if (CLOSES.has(code)) {
        openPairs &= ~bit;
      }
    }
    i++;
  }
  if (start >= 0) sentences.push([start, n]);
  return sentences;
}
