// The linguistic layer under the rules: each word of a paragraph with its part of speech and lemma, from
// wink-nlp and its English model (both MIT, the model inside its npm package, nothing fetched at run time).
// One rule can then cover "rescue, rescued, rescuing", and a noun phrase is found by its shape rather than
// by a word list. Why wink-nlp and not compromise: on our articles it tags about 1,200 documents per CPU
// second with lemmas, against about 100 for compromise, at a like accuracy (README, "Dependencies").
//
// Paragraphs are tagged once, when a rule first asks, and kept for the paragraph object's lifetime; lemmas
// are computed only for paragraphs where a rule reads one. Our own sentences and offsets stay the
// reference: wink's tokens are mapped onto the paragraph's text, and its sentence splitter is not used.
import { createRequire } from 'node:module';
import type { Paragraph } from '../../schema/document.ts';
import { wordKey } from './word-key.ts';

/** Universal Dependencies part-of-speech tags, as the model gives them. */
export type Tag =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SPACE'
  | 'SYM'
  | 'VERB'
  | 'X';

/** One word (or punctuation mark) of a paragraph, with its place in the paragraph's text. */
export interface Word {
  start: number; // offset of its first character in the paragraph's text
  end: number; // exclusive
  text: string; // as written
  /** wordKey(text), the spelling word lists are keyed by: rules read it many times per word. */
  key: string;
  tag: Tag;
}

export interface Analysis {
  words: readonly Word[];
  /** The lemma of word `i`, lower case: "rescued" -> "rescue", "were" -> "be", "n’t" -> "not". */
  lemma(i: number): string;
  /** The index of the first word that ends after `offset` (words.length when none does). */
  wordAt(offset: number): number;
}

interface WinkDoc {
  tokens(): { out(what: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; precedingSpaces: unknown; lemma: unknown };
}

let wink: Wink | undefined;

/** The tagger, loaded on first use (the model takes a quarter of a second to load). */
function tagger(): Wink {
  if (!wink) {
    // CommonJS packages without types: loaded through require, typed by the little we use.
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
    // Part of speech only: sentences are ours, and named entities come from src/extract/entities.
    wink = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  }
  return wink;
}

const analyses = new WeakMap<Paragraph, Analysis>();

/** The words of `paragraph` with their tags; computed once per paragraph object. */
export function analyse(paragraph: Paragraph): Analysis {
  let analysis = analyses.get(paragraph);
  if (!analysis) analyses.set(paragraph, (analysis = analyseText(paragraph.text)));
  return analysis;
}

/** The analysis of a text; `analyse` keeps it for a paragraph. */
export function analyseText(text: string): Analysis {
  const nlp = tagger();
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(nlp.its.value);
  const tags = tokens.out(nlp.its.pos) as Tag[];
  const words: Word[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    // Tokens come in order and their text is the paragraph's: find each from where the last one ended,
    // so a space the tokenizer collapsed or a character it dropped never shifts the offsets after it.
    const start = placeOf(text, values[i], at);
    if (start < 0) continue;
    at = start + values[i].length;
    words.push({ start, end: at, text: values[i], key: wordKey(values[i]), tag: tags[i] });
  }
  correctTags(words);
  let lemmas: string[] | undefined;
  return {
    words,
    lemma: (i) => (lemmas ??= lemmasOf(doc, words.length))[i] ?? words[i]?.text.toLowerCase() ?? '',
    wordAt: (offset) => firstEndingAfter(words, offset),
  };
}

function lemmasOf(doc: WinkDoc, count: number): string[] {
  const lemmas = doc.tokens().out(tagger().its.lemma);
  // A token the offsets could not place is rare (and then the lemmas shift): lower-cased text instead.
  return lemmas.length === count ? lemmas : [];
}

/**
 * `text.indexOf(value, from)`, without a search in the usual case: the token right after the white space
 * that follows the last one (a token never starts with white space, so none can start earlier).
 */
function placeOf(text: string, value: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  if (value.length > 0 && !isSpace(value.charCodeAt(0)) && text.startsWith(value, at)) return at;
  return text.indexOf(value, from);
}
const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;

/** Binary search: words are sorted and disjoint. */
function firstEndingAfter(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `/^\p{Lu}\p{Ll}/u`, with ASCII letters read from their codes. */
function isCapitalised(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && second >= 97 && second <= 122;
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  return CAPITALISED.test(text);
}
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

const SENTENCE_END = new Set(['.', '!', '?', '“', '"', '‘', '(', ':', ';']);
const ADJECTIVE_ENDING = /(?:ful|ous|ive|ed|al|ic|ish|less|able|ible)$/u;

/**
 * Known tagger errors, corrected in place (each with a test in language.test.ts):
 * - a capitalised word inside a sentence tagged VERB, or tagged NOUN or ADJ right after a name, is a name
 *   ("Red Cross", where "Cross" comes out as a verb; "Roe vs. Wade");
 * - a sentence's first word, capitalised, comes out as a name: a plural before a lowercase word is a
 *   noun ("Rescuers digging", "Hundreds of"), an adjective-looking word before a noun an adjective
 *   ("Powerful earthquakes", "Armed men");
 * - a word in "-ing" tagged NOUN after a noun and before an article or a name takes an object, so it
 *   is a verb ("civilians observing a festival");
 * - a verb between an article (and an adverb in "-ly") and a noun is an adjective ("the collapsed hospital
 *   wing", "a poorly defended town"), as is a word in
 *   "-ing" between a number and a noun ("1500 polling stations"); and one after
 *   an article and a noun, right before another verb, a noun ("a war monitor said");
 * - a noun after a plural noun, or one in "-s" after a relative word, and before an article or a possessive
 *   is a verb ("voters cast their ballots", "Uganda, which shares a border"),
 *   and so is a noun in "-s" between a name and "to" and a verb ("the League plans to hold");
 * - "shot" after an auxiliary or before "up", "dead", "at"… is the verb ("the toll shot up", "were shot dead");
 * - a plural tagged VERB right after a preposition (not "to") or a number is a noun ("triggered by
 *   breaches", "fired 9 aces");
 * - a verb right after a possessive "’s" (not in "-ing" or "-ed") is a noun ("Saturday's win");
 * - "power" after "to" with no object is the noun ("came to power in a coup", not "to power the city").
 */
function correctTags(words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const previous = words[i - 1];
    const next = words[i + 1];
    const capitalised = isCapitalised(w.text);
    const sentenceStart = !previous || SENTENCE_END.has(previous.text);
    if (capitalised && !sentenceStart && (w.tag === 'VERB' || (previous.tag === 'PROPN' && (w.tag === 'NOUN' || w.tag === 'ADJ')))) {
      w.tag = 'PROPN';
    } else if (capitalised && sentenceStart && w.tag === 'PROPN' && next && /^\p{Ll}/u.test(next.text)) {
      if (/[^s']s$/u.test(w.text)) w.tag = 'NOUN';
      else if (ADJECTIVE_ENDING.test(w.text) && next.tag === 'NOUN') w.tag = 'ADJ';
    } else if (w.tag === 'NOUN' && w.text.endsWith('ing') && previous?.tag === 'NOUN' && (next?.tag === 'DET' || next?.tag === 'PROPN')) {
      w.tag = 'VERB';
    } else if (
      w.tag === 'VERB' &&
      (previous?.tag === 'DET' ||
        (previous?.tag === 'NUM' && w.text.endsWith('ing')) ||
        // "a poorly defended town", "the newly elected president": an adverb in "-ly" between them too.
        (previous?.tag === 'ADV' && /ly$/u.test(previous.key) && /^(?:DET|ADJ|CCONJ)$/u.test(words[i - 2]?.tag ?? ''))) &&
      (next?.tag === 'NOUN' || next?.tag === 'ADJ')
    ) {
      w.tag = 'ADJ';
    } else if (
      w.tag === 'VERB' &&
      (previous?.tag === 'NOUN' || previous?.tag === 'ADJ') &&
      words[i - 2]?.tag === 'DET' &&
      (next?.tag === 'VERB' || next?.tag === 'AUX')
    ) {
      w.tag = 'NOUN';
    } else if (
      w.tag === 'NOUN' &&
      ((previous?.tag === 'NOUN' && /s$/u.test(previous.text)) ||
        (/[^s]s$/u.test(w.text) && /^(?:which|who|that)$/iu.test(previous?.text ?? ''))) &&
      /^(?:their|its|his|her|the|a|an)$/iu.test(next?.text ?? '')
    ) {
      w.tag = 'VERB';
    } else if (
      w.tag === 'NOUN' &&
      /s$/u.test(w.text) &&
      (previous?.tag === 'PROPN' || previous?.tag === 'NOUN') &&
      next?.text === 'to' &&
      words[i + 2]?.tag === 'VERB'
    ) {
      w.tag = 'VERB';
    } else if (w.tag === 'VERB' && previous?.tag === 'PART' && /^['’]s$/u.test(previous.text) && !/(?:ing|ed)$/u.test(w.key)) {
      // "Saturday's win", "the team's loss": a word right after a possessive is a noun.
      w.tag = 'NOUN';
    } else if (w.tag === 'VERB' && previous?.tag === 'NUM' && /[^s]s$/u.test(w.key)) {
      // "fired 9 aces", "12 runs": a plural right after a number is what it counts.
      w.tag = 'NOUN';
    } else if (w.tag === 'VERB' && previous?.tag === 'ADP' && previous.key !== 'to' && /[^s]s$/u.test(w.key) && !/ing$/u.test(w.key)) {
      // "triggered by breaches in embankments": a plural after a preposition is a noun, whatever the tagger read.
      w.tag = 'NOUN';
    } else if (w.tag === 'VERB' && w.key === 'power' && previous?.key === 'to' && !/^(?:DET|NOUN|PROPN|PRON|NUM)$/u.test(next?.tag ?? '')) {
      w.tag = 'NOUN';
    } else if (
      w.tag === 'NOUN' &&
      /^shot$/iu.test(w.text) &&
      (previous?.tag === 'AUX' || /^(?:up|down|dead|at|by|to|through)$/iu.test(next?.text ?? ''))
    ) {
      w.tag = 'VERB';
    }
  }
}
