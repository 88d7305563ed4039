// The counted noun: "40,000 Palestinians", "53 of the passengers", "1,320 houses"
import type { Token } from '../text/number-tokens.ts';
import type { NounClass } from './candidate.ts';
import type { Layer } from './layer.ts';
import { MONTHS, WEEKDAYS } from '../text/lexicon.ts';
import {
  ATTACKER_NOUNS,
  COUNTED_THINGS,
  HUMAN_VERBS,
  INSTITUTION_PLURALS,
  NP_BREAKS,
  NP_LEADERS,
  PERSON_NOUNS,
  PROPERTY_NOUNS,
  SHORT_TIME_UNITS,
  SKIP_NOUNS,
  THINGS_AFTER,
  TIME_WORDS,
} from './lexicon.ts';

export interface NounReading {
  noun: NounClass;
  head: string | null; // the counted noun as written
  subject: string | null; // the noun phrase, from its first word to its head
  subjectEnd: number;
  tagged: boolean; // the linguistic layer reads the unlisted head as a noun: a count of things
}

const DAY_WORDS = new Set(['yesterday', 'today', 'tonight', 'tomorrow']);

export function classifyNoun(text: string, tokens: readonly Token[], layer: Layer | null, from: number, to: number): NounReading {
  const compound = compoundNoun(text, tokens, from, to);
  if (compound) return compound;
  let start = from;
  // ("30,000-plus fans": "plus" right after the number is its hedge, read by hedge.ts.)
  while (
    start <= to &&
    (NP_LEADERS.has(tokens[start].lower) || tokens[start].kind !== 'word' || (start - from <= 1 && tokens[start].lower === 'plus'))
  )
    start++;
  // "jumped from 20,000 yesterday": a day word after the number is when, not what it counts.
  if (start <= to && DAY_WORDS.has(tokens[start].lower)) return { noun: 'none', head: null, subject: null, subjectEnd: 0, tagged: false };
  let head = -1;
  let noun: NounClass = to < from ? 'none' : 'unknown';
  for (let j = start; j <= to; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') continue;
    if (NP_BREAKS.has(t.lower) && !joinsAdjectives(tokens, layer, j, start)) break;
    // "668 news stories": the word before says the noun's sense.
    const thingBySense = j > start && THINGS_AFTER.get(t.lower)?.has(tokens[j - 1].lower) === true;
    if (thingBySense) {
      head = j;
      noun = 'thing';
    } else if (SKIP_NOUNS.has(t.lower) || SHORT_TIME_UNITS.has(t.lower)) {
      head = j;
      noun = 'skip';
    } else if (
      PERSON_NOUNS.has(t.lower) ||
      // "one Navy medic", "one police officer": the singular of a plural the list knows.
      (!t.lower.endsWith('s') && PERSON_NOUNS.has(`${t.lower}s`)) ||
      ATTACKER_NOUNS.has(t.lower) ||
      isDemonym(t) ||
      (j === start && isInvariantDemonym(tokens, j))
    ) {
      head = j;
      noun = 'person';
    } else if (PROPERTY_NOUNS.has(t.lower)) {
      head = j;
      noun = 'property';
    } else if (COUNTED_THINGS.has(t.lower)) {
      head = j;
      noun = 'thing';
    }
  }
  const none = { noun, head: null, subject: null, subjectEnd: 0, tagged: false };
  if (start > to) return { ...none, noun: to < from ? 'none' : noun };
  if (head < 0) {
    // An unlisted noun ("276 schoolgirls", "3.47 million Macs", "four European Cup triumphs"): the layer
    // finds its head, the last noun of the run of adjectives and nouns after the number.
    const tagged = layer ? taggedHead(tokens, layer, start, to) : -1;
    if (tagged >= 0)
      return {
        noun,
        head: tokens[tagged].text,
        subject: text.slice(tokens[start].start, tokens[tagged].end),
        subjectEnd: tokens[tagged].end,
        tagged: true,
      };
    // Its first words, kept only if a cue says what happened to it; a capitalised word is a name or a day
    // ("24 Sunday"), no noun of the count.
    let last = start - 1;
    while (
      last + 1 <= to &&
      last + 1 - start < 3 &&
      tokens[last + 1].kind === 'word' &&
      !NP_BREAKS.has(tokens[last + 1].lower) &&
      !TIME_WORDS.has(tokens[last + 1].lower) &&
      tokens[last + 1].text === tokens[last + 1].lower
    )
      last++;
    // (A verb or preposition opens no noun phrase: "about 20 stormed the community".)
    const opener = layer?.tag(start);
    if (last < start || (opener && opener !== 'NOUN' && opener !== 'ADJ' && opener !== 'PROPN')) return none;
    return { ...none, subject: text.slice(tokens[start].start, tokens[last].end), subjectEnd: tokens[last].end };
  }
  return {
    noun,
    head: tokens[head].text,
    subject: text.slice(tokens[start].start, tokens[head].end),
    subjectEnd: tokens[head].end,
    tagged: false,
  };
}

/**
 * A number glued to a noun by a hyphen modifies the next noun and counts its own: "a 40-unit complex"
 * counts units, "the 450-seat parliament" seats, "a 500-strong crowd" people; "a five-story building",
 * "a ten-team tournament" or "a 50-over match" count nothing a reader looks for.
 */
function compoundNoun(text: string, tokens: readonly Token[], from: number, to: number): NounReading | null {
  const dash = tokens[from];
  const word = tokens[from + 1];
  if (
    !dash ||
    dash.text !== '-' ||
    from + 1 > to ||
    word?.kind !== 'word' ||
    tokens[from - 1]?.end !== dash.start ||
    dash.end !== word.start ||
    word.lower === 'plus'
  )
    return null;
  const unit = unitOf(word.lower);
  const noun: NounClass =
    word.lower === 'strong' || PERSON_NOUNS.has(unit)
      ? 'person'
      : PROPERTY_NOUNS.has(unit)
        ? 'property'
        : COUNTED_THINGS.has(unit)
          ? 'thing'
          : 'skip';
  const head = noun === 'person' ? null : word.text;
  const subject = noun === 'skip' || word.lower === 'strong' ? null : text.slice(word.start, word.end);
  return { noun, head, subject, subjectEnd: 0, tagged: false };
}

/**
 * The head of the noun phrase that starts at `start`: the last common noun, or plural proper noun ("Macs",
 * "iPhones"), in a run of at most four adjectives and nouns; -1 when the run has none (a verb, a name).
 */
function taggedHead(tokens: readonly Token[], layer: Layer, start: number, to: number): number {
  let head = -1;
  for (let j = start; j <= to && j - start < 4; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || (NP_BREAKS.has(t.lower) && !joinsAdjectives(tokens, layer, j, start))) break;
    if (t.lower === 'and' || t.lower === 'or') continue;
    const tag = layer.tag(j);
    const plural = /\p{Ll}s$/u.test(t.text);
    // A singular noun counts only right after the number ("a 20,000 job cut"); after other words it is the
    // head of a name ("the 400 Mawozo gang").
    if ((tag === 'NOUN' && (plural || j === start)) || (tag === 'PROPN' && plural)) head = j;
    else if (tag !== 'ADJ' && tag !== 'PROPN' && tag !== 'NOUN') break;
  }
  return head;
}

/**
 * "25 domestic and international flights": "and" or "or" between two adjectives of the phrase joins them;
 * it does not end the phrase before its noun.
 */
function joinsAdjectives(tokens: readonly Token[], layer: Layer | null, j: number, start: number): boolean {
  const w = tokens[j].lower;
  return (
    layer !== null &&
    (w === 'and' || w === 'or') &&
    j > start &&
    tokens[j + 1]?.kind === 'word' &&
    layer.tag(j - 1) === 'ADJ' &&
    layer.tag(j + 1) === 'ADJ'
  );
}

// Capitalised plurals and names that are no people: months, weekdays, institutions.
const NOT_DEMONYMS: ReadonlySet<string> = new Set([
  ...MONTHS.map(([name]) => name),
  ...WEEKDAYS.map(([name]) => name),
  ...INSTITUTION_PLURALS,
]);

/** "Palestinians", "Israelis", "Nepalese", "Britons": a capitalised plural of people. */
function isDemonym(t: Token): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:ans|ians|is|ese|ons|ks|ds|os|ys|ts|es)$/u.test(t.text) && !NOT_DEMONYMS.has(t.text);
}

/** A people's name with no plural ending ("Rohingya", "Yazidi", "Maasai"), known by the verb that follows it. */
function isInvariantDemonym(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && !NOT_DEMONYMS.has(t.text) && next?.kind === 'word' && HUMAN_VERBS.has(next.lower);
}

/** The unit of a count of things: its head noun in the plural, lower case ("job cut" counts "jobs"). */
export function unitOf(head: string): string {
  const w = head.toLowerCase();
  if (/s$/.test(w)) return w;
  if (/(?:x|z|ch|sh)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}
