// The shape of the clause around a quote, read from the linguistic layer's parts of speech
// (text/language.ts): whether a speaker phrase is a noun phrase or a clause fragment ("decided to",
// "Hours later"), whether a word is used as a verb ("in comments" is a noun), and the subject of the
// clause a quote sits in ("In an August speech, Trump attacked “…”", "Cruz called them on it:").
import type { Paragraph } from '../../schema/document.ts';
import { analyse, type Analysis, type Word } from '../text/language.ts';
import { wordKey } from '../text/word-key.ts';
import { WEEKDAYS } from '../text/lexicon.ts';
import { isRoleHead } from '../entities/lexicon.ts';
import { CLAUSE_SUBJECT_VERBS, HUMAN_NOUNS, ORG_NOUNS, TIME_WORDS } from './lexicon.ts';
import { isReportingVerb } from './verbs.ts';

// Beyond this a paragraph is no news text (a megabyte line is hostile or broken): it is read by word
// forms alone, without the layer, so extraction stays fast on it (figures and events do the same).
const MAX_TAGGED = 20_000;

/** The paragraph's analysis, or null for a paragraph too long to be news. */
function layer(paragraph: Paragraph): Analysis | null {
  return paragraph.text.length <= MAX_TAGGED ? analyse(paragraph) : null;
}

export interface Range {
  start: number;
  end: number;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
// Words that open a clause or a complement, never a speaker: "in", "decided", "Not", "and".
const NOT_OPENING = new Set(['ADP', 'SCONJ', 'CCONJ', 'PART', 'AUX', 'VERB', 'ADV', 'INTJ']);
// Words that may stand inside a noun phrase before its head: "the", "former", "two", "Trump's".
const INSIDE_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART', 'X', 'SYM']);
// A day or a time of day closing a phrase: "Trump said Tuesday".
const TIMES = new Set([...WEEKDAYS.map(([name]) => name.toLowerCase()), ...TIME_WORDS]);
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')', '“', '”', '"']);

/** "the 71-year-old": an age used as a noun names a person. */
export const isAgeNoun = (word: string): boolean => /^\d{1,3}-year-old$/.test(word);
const isHeadNoun = (word: string): boolean => {
  const key = wordKey(word);
  return HUMAN_NOUNS.has(key) || ORG_NOUNS.has(key) || isRoleHead(key) || isAgeNoun(key);
};
const capitalised = (w: Word): boolean => /^\p{Lu}/u.test(w.text);
const FUNCTION_TAGS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PRON', 'NUM', 'ADV', 'PUNCT', 'INTJ']);
// Names are nouns whatever the tagger says ("Bush", "Rand" as verbs): a capitalised content word is a name.
const nominal = (w: Word): boolean => NOMINAL.has(w.tag) || (capitalised(w) && !FUNCTION_TAGS.has(w.tag));

/** Indices of the words of `analysis` that lie inside [start, end). */
function indicesIn(analysis: Analysis, start: number, end: number): { from: number; to: number } {
  let from = analysis.wordAt(start);
  while (from < analysis.words.length && analysis.words[from].start < start) from++;
  let to = from;
  while (to < analysis.words.length && analysis.words[to].end <= end) to++;
  return { from, to };
}

/** The part of speech of the word that starts at `offset` (null when no word starts there). */
export function tagAt(paragraph: Paragraph, offset: number): Word['tag'] | null {
  const analysis = layer(paragraph);
  if (!analysis) return null;
  const word = analysis.words[analysis.wordAt(offset)];
  return word && word.start === offset ? word.tag : null;
}

/** The lemma of the word that starts at `offset`, lower case ("admitted" -> "admit"). */
export function lemmaAt(paragraph: Paragraph, offset: number): string {
  const analysis = layer(paragraph);
  if (!analysis) return '';
  const i = analysis.wordAt(offset);
  const word = analysis.words[i];
  return word && word.start === offset ? analysis.lemma(i) : '';
}

/**
 * Whether [start, end) reads as a noun phrase that can name a speaker: a noun, name or pronoun at its
 * end, no clause word at its start, and no finite verb inside ("the Fed's latest rate decision defied",
 * "decided to", "in", "Hours later" are not speakers). Participles that modify a noun are allowed
 * ("an unnamed official", "a spokesman based in Kabul").
 */
export function isNounPhrase(paragraph: Paragraph, start: number, end: number): boolean {
  if (!layer(paragraph)) return true; // untagged: every phrase passes, as word forms alone cannot tell
  const words = phraseWords(paragraph, start, end);
  if (!words.length) return false;
  const first = words[0];
  const last = words[words.length - 1];
  if (!capitalised(first) && NOT_OPENING.has(first.tag)) return false;
  // "the WFP chief", "the Democratic nominee": a role noun the tagger read as an adjective still heads the phrase.
  if (!nominal(last) && !isHeadNoun(last.text)) return false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (capitalised(w) || (w.tag !== 'VERB' && w.tag !== 'AUX')) continue;
    if (w.tag === 'AUX') return false;
    // "a man named", "officials based in": a participle right after a noun; "the written statement".
    const participle = /(?:ed|en|ing)$/i.test(w.text);
    if (!participle || !(nominal(words[i - 1]) || words[i - 1].tag === 'DET' || words[i - 1].tag === 'ADJ')) return false;
  }
  return true;
}

/**
 * The words of [start, end) without punctuation; a hyphenated compound ("state-owned", "co-general")
 * is one modifier, whatever the tagger made of its parts.
 */
function phraseWords(paragraph: Paragraph, start: number, end: number): Word[] {
  const analysis = layer(paragraph);
  if (!analysis) return [];
  const { from, to } = indicesIn(analysis, start, end);
  const out: Word[] = [];
  for (let i = from; i < to; i++) {
    const w = analysis.words[i];
    // Every part of the compound: "71-year-old" and "father-of-two" are one word each.
    let j = i;
    while (
      j + 2 < to &&
      analysis.words[j + 1].text === '-' &&
      analysis.words[j + 1].start === analysis.words[j].end &&
      analysis.words[j + 2].start === analysis.words[j].end + 1
    )
      j += 2;
    if (j > i) {
      const last = analysis.words[j];
      const text = paragraph.text.slice(w.start, last.end);
      out.push({ start: w.start, end: last.end, text, key: wordKey(text), tag: capitalised(w) ? 'PROPN' : 'ADJ' });
      i = j;
      continue;
    }
    if (w.tag !== 'PUNCT') out.push(w);
  }
  return out;
}

/**
 * Where a speaker phrase read after an inverted verb ends, before a participle that starts a modifier:
 * "said [the report] released on Monday by the WHO", "said [a man] wounded in the attack".
 */
export function beforeParticiple(paragraph: Paragraph, start: number, end: number): number {
  const words = phraseWords(paragraph, start, end);
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.tag === 'VERB' && !capitalised(w) && /(?:ed|en|wn|ing)$/i.test(w.text) && nominal(words[i - 1])) return words[i - 1].end;
  }
  return end;
}

/**
 * The subject of the clause that runs over [start, end), usually up to a quote or a colon, with the
 * offset of its verb. Read from the last comma chunk back: "When Trump suggested …, Rubio fired back:"
 * gives Rubio; a chunk that opens with its verb ("calling the protester “…”", "is labeling …") takes
 * the subject of an earlier chunk ("Trump defended the incident, calling …"; "Gov. Mike Huckabee, for
 * his part, is labeling …"); "with Trump reportedly yelling:" gives Trump.
 */
export function clauseSubject(
  paragraph: Paragraph,
  start: number,
  end: number,
  governs = true, // the clause ends at the quote, so its last verb governs it; else (before a verb of its own) its first
): (Range & { verb: number; passive: boolean; copula: boolean }) | null {
  const analysis = layer(paragraph);
  if (!analysis) return null;
  const { from, to } = indicesIn(analysis, start, end);
  const words = analysis.words;
  // Chunks between clause punctuation, as [first, last) word indices. An aside between dashes or brackets
  // ("The judge noted the support — more than 400 people wrote letters — and concluded") holds no subject
  // of the clause around it: it is left out.
  const chunks: { first: number; last: number }[] = [];
  let chunkStart = from;
  const isDash = (i: number) => i >= from && (words[i].text === '—' || words[i].text === '–');
  for (let i = from; i < to; i++) {
    if (words[i].tag === 'PUNCT' && CLAUSE_PUNCTUATION.has(words[i].text)) {
      const aside = (isDash(i) && isDash(chunkStart - 1)) || (words[i].text === ')' && words[chunkStart - 1]?.text === '(');
      if (i > chunkStart && !aside) chunks.push({ first: chunkStart, last: i });
      chunkStart = i + 1;
    }
  }
  if (to > chunkStart) chunks.push({ first: chunkStart, last: to });
  // The verb that governs the quote: the main verb of the last chunk that has one ("calling", "labeling").
  let governing: { main: number; passive: boolean; copula: boolean } | null = null;
  let pending = false; // a later chunk opened with its verb: its subject is in an earlier chunk
  let infinitive = false; // the chunk next to the quote is an infinitive alone: ", to be “…”"
  for (let c = chunks.length - 1; c >= 0 && c >= chunks.length - 6; c--) {
    const { first, last } = chunks[c];
    // "The committee, in a statement posted online, blamed …": an aside that opens with a preposition holds
    // no subject of the verb after it, whatever verb of its own it has.
    if (pending && words[first].tag === 'ADP') continue;
    // "called on President Reyes, who won the vote, to be “…”": the relative clause describes the object.
    if (infinitive && WH_WORDS.has(words[first].text.toLowerCase())) continue;
    // The chunk next to the quote is read from its last verb, the one that governs the quote ("what Newt
    // Gingrich called"); an earlier chunk from its first, the main clause ("Trump defended the incident").
    let verb = governing || !governs ? firstVerb(words, first, last) : lastVerbGroup(words, first, last);
    // "Santos called on President Reyes to be “…”": an infinitive after the object of a verb of saying or
    // judging is governed by that verb, whose subject speaks; alone in its chunk, by the verb of an earlier
    // chunk. After any other verb the object's words are quoted ("led the journalist Ivans to fear a “…”").
    if (!governing && governs && verb >= 0) {
      let before = verb;
      while (before >= 0 && isInfinitive(words[before])) before = lastVerbGroup(words, first, before);
      if (before !== verb && (before < 0 || isSpeechOf(analysis, before, last))) {
        if (before < 0) {
          infinitive = true;
          continue;
        }
        verb = before;
      }
    }
    if (verb < 0) {
      if (!pending || !governing) continue;
      const found = { verb: words[governing.main].start, passive: governing.passive, copula: governing.copula };
      // "in what Bay Buchanan, national treasurer for …, called “…”": the name after "what" or "who".
      const relative = relativeSubject(words, first, last);
      if (relative) return { ...relative, ...found };
      // "Former Arkansas Gov. Mike Huckabee, for his part, is labeling": a bare noun phrase before a verb-first chunk.
      if (!NOT_OPENING.has(words[first].tag) && isNounPhraseWords(words, first, last)) {
        // "…, in what Dana Kirk, treasurer of the campaign, called": a lowercase description is an appositive of
        // the name in the chunk before it.
        // So is one after a chunk that is a name alone: "Mohammed Siraj, the player of the series, was happy".
        const previous = chunks[c - 1];
        const nameAlone =
          previous && previous.first === from && words.slice(previous.first, previous.last).every((w) => w.tag === 'PROPN')
            ? { start: words[previous.first].start, end: words[previous.last - 1].end }
            : null;
        const named = !capitalised(words[first]) && previous ? (relativeSubject(words, previous.first, previous.last) ?? nameAlone) : null;
        return named ? { ...named, ...found } : { start: words[first].start, end: words[last - 1].end, ...found };
      }
      continue;
    }
    governing ??= mainVerb(analysis, verb, last);
    let subject = subjectBeforeVerb(words, first, verb);
    // "Rona Ambrose slammed the government … and blamed the deficit on “…”": a second verb joined by "and"
    // shares the subject of the first.
    if (!subject && verb > first && /^(?:and|but)$/iu.test(words[verb - 1].text)) {
      const earlier = firstVerb(words, first, verb - 1);
      if (earlier >= 0) subject = subjectBeforeVerb(words, first, earlier);
    }
    if (subject) return { ...subject, verb: words[governing.main].start, passive: governing.passive, copula: governing.copula };
    pending = true;
  }
  return null;
}

/**
 * The main verb of a verb group from its first verb: "was described" (passive), "has also called",
 * "is" alone (a copula: its subject is described, not speaking).
 */
function mainVerb(analysis: Analysis, verb: number, last: number): { main: number; passive: boolean; copula: boolean } {
  const words = analysis.words;
  let main = verb;
  let be = false;
  while (main < last && (words[main].tag === 'AUX' || words[main].tag === 'ADV' || words[main].tag === 'PART')) {
    if (words[main].tag === 'AUX' && /^(?:be|get)$/.test(analysis.lemma(main))) be = true;
    if (main + 1 >= last || !/^(?:AUX|ADV|PART|VERB)$/.test(words[main + 1].tag)) break;
    main++;
  }
  const isVerb = words[main].tag === 'VERB';
  return {
    main: isVerb ? main : verb,
    passive: isVerb && be && /(?:ed|en|wn|ght|ld|id)$/i.test(words[main].text),
    copula: !isVerb && be,
  };
}

const WH_WORDS = new Set(['what', 'who', 'whom', 'which', 'that']);

/** The noun phrase after the last "what" or "who" of a chunk with no verb: "in what [Bay Buchanan]". */
function relativeSubject(words: readonly Word[], first: number, last: number): Range | null {
  let k = last - 1;
  while (k >= first && !WH_WORDS.has(words[k].text.toLowerCase())) k--;
  if (k < first || k + 1 >= last || !isNounPhraseWords(words, k + 1, last)) return null;
  return { start: words[k + 1].start, end: words[last - 1].end };
}

const isInfinitive = (word: Word): boolean => word.tag === 'PART' && /^to$/iu.test(word.text);

/** The main verb of the group at `verb` says or judges: "called on", "urged", "asked". */
function isSpeechOf(analysis: Analysis, verb: number, last: number): boolean {
  const lemma = analysis.lemma(mainVerb(analysis, verb, last).main);
  return CLAUSE_SUBJECT_VERBS.has(lemma) || isReportingVerb(lemma);
}

/** The first word of the last verb group of a chunk: "[has] also broadly called", "what Gingrich [called]". */
function lastVerbGroup(words: readonly Word[], first: number, last: number): number {
  let k = last - 1;
  while (k >= first && !((words[k].tag === 'VERB' || words[k].tag === 'AUX') && !capitalised(words[k]))) k--;
  if (k < first) return -1;
  // Back over the rest of the group: auxiliaries, adverbs, "to" and catenative verbs ("decided to declare").
  while (k > first && /^(?:AUX|ADV|PART|VERB)$/.test(words[k - 1].tag) && !capitalised(words[k - 1])) k--;
  return k;
}

/** The first verb of a chunk (an auxiliary counts: "is labeling", "has also called"). */
function firstVerb(words: readonly Word[], first: number, last: number): number {
  for (let i = first; i < last; i++) {
    const w = words[i];
    if ((w.tag === 'VERB' || w.tag === 'AUX') && !capitalised(w)) return i;
  }
  return -1;
}

function isNounPhraseWords(words: readonly Word[], first: number, last: number): boolean {
  if (last <= first || !nominal(words[last - 1])) return false;
  for (let i = first; i < last; i++) {
    const w = words[i];
    if (capitalised(w) || INSIDE_PHRASE.has(w.tag) || w.tag === 'PUNCT') continue;
    if (w.tag === 'ADP' && /^of$/i.test(w.text)) continue;
    return false;
  }
  return true;
}

/** The noun phrase right before a verb, adverbs skipped: "[Trump] reportedly yelling", "[the NRA] was going". */
function subjectBeforeVerb(words: readonly Word[], first: number, verb: number): Range | null {
  let end = verb;
  for (;;) {
    while (end > first && (words[end - 1].tag === 'ADV' || words[end - 1].tag === 'PART') && !capitalised(words[end - 1])) end--;
    // "Beck on Wednesday called": a time between the subject and its verb.
    if (end > first && TIMES.has(words[end - 1].text.toLowerCase())) {
      end--;
      while (end > first && /^(?:ADP|DET|ADJ)$/.test(words[end - 1].tag) && !capitalised(words[end - 1])) end--;
      continue;
    }
    break;
  }
  if (end <= first || !nominal(words[end - 1]) || WH_WORDS.has(words[end - 1].text.toLowerCase())) return null;
  let start = end - 1;
  while (start > first) {
    const w = words[start - 1];
    if ((capitalised(w) || INSIDE_PHRASE.has(w.tag) || (w.tag === 'PUNCT' && w.text === '.')) && !WH_WORDS.has(w.text.toLowerCase())) {
      start--;
      continue;
    }
    // "the head of state", "Secretary of State John Kerry": "of" between two nouns stays inside.
    if (w.tag === 'ADP' && /^of$/i.test(w.text) && start - 2 >= first && nominal(words[start - 2])) {
      start--;
      continue;
    }
    break;
  }
  return { start: words[start].start, end: words[end - 1].end };
}
