// What the words before a number say it counts: a verb ("killing 12"), a tally ("the death toll rose
// to 375"), the group named at the head of the sentence ("Of the dead, six…"), damage done, or a
// population ("a town of 50,000").
import type { Measure } from '../../schema/document.ts';
import type { Token } from '../text/number-tokens.ts';
import type { CueSource } from './candidate.ts';
import { MONTHS } from '../text/lexicon.ts';
import { alternation } from '../text/patterns.ts';
import {
  BESIDE_TO,
  FATE_WORDS,
  UNKNOWN_WORDS,
  CLAUSE_STOPS,
  DAMAGE_WORDS,
  DONE_TO,
  GROUP_MEASURES,
  LEFT_CUES,
  POPULATION_LEADS,
  POPULATION_WORDS,
  RISE_VERBS,
  SEARCH_WORDS,
  TALLY_CUES,
  TALLY_LINKS,
} from './lexicon.ts';
import type { Layer } from './layer.ts';
import { byLemma, endsWithPhrase, findEntry, indexBy, lastWord } from './phrases.ts';
import { scanRight } from './right-cues.ts';

const LEFT_CUES_BY_LAST = indexBy(LEFT_CUES, lastWord);
const TALLY_CUES_BY_LAST = indexBy(TALLY_CUES, lastWord);

export interface LeftCues {
  measure: Measure | null;
  source: CueSource | null; // 'left' for a verb, 'tally' for a tally, 'group' for a group named first
  leftStrength: 'strong' | 'weak' | null;
  leftCueStart: number; // where the cue starts, to widen the figure's text over it
  leftCueWord: string; // the verb phrase found, words joined by spaces
  via: string | null; // a tally read from the clause after "the number of": "figures.number-of"
  damage: boolean;
  population: boolean;
}

/** The cues before the number whose hedge ends after token `leftIndex` (-1: nothing before it in the sentence). */
export function readLeftCues(
  text: string,
  tokens: readonly Token[],
  layer: Layer | null,
  leftIndex: number,
  sentence: { start: number; end: number },
  spanStart: number,
  mentionAtToken: ReadonlyMap<number, number>,
): LeftCues {
  let measure: Measure | null = null;
  let source: CueSource | null = null;
  let leftStrength: 'strong' | 'weak' | null = null;
  let leftCueStart = spanStart;
  let leftCueWord = '';
  let damage = false;
  let population = false;
  let via: string | null = null;
  if (leftIndex >= 0) {
    // 'it had "neutralised" 20 assailants': a verb in scare quotes still governs the number.
    const cueIndex =
      /^['"’”]$/.test(tokens[leftIndex].text) &&
      leftIndex > 0 &&
      tokens[leftIndex - 1].kind === 'word' &&
      tokens[leftIndex - 1].start >= sentence.start
        ? leftIndex - 1
        : leftIndex;
    const cue = findEntry(LEFT_CUES_BY_LAST, tokens, cueIndex, layer, ([p]) => endsWithPhrase(tokens, cueIndex, p, layer));
    // Any form of a verb done to people: "rescue about 50", "lost 27 campers", "underwent…".
    const verb = cue ? undefined : byLemma(DONE_TO, tokens, cueIndex, layer);
    if (cue) {
      measure = cue[1];
      source = 'left';
      leftStrength = cue[2];
      leftCueStart = tokens[cueIndex - cue[0].length + 1].start;
      leftCueWord = cue[0].join(' ');
    } else if (verb && tokens[cueIndex].text === tokens[cueIndex].lower) {
      // (A capitalised word is a name's: "Rescue 1122 said".)
      measure = verb[0];
      source = 'left';
      leftStrength = verb[1];
      leftCueStart = tokens[cueIndex].start;
      leftCueWord = tokens[cueIndex].lower;
    } else {
      // "A search is underway for the remaining 12 passengers": people searched for are missing; weak, so a
      // counted noun that says more wins ("the search for 12 bodies").
      const search = searchFor(tokens, cueIndex, sentence.start);
      const fate = search >= 0 ? null : unknownFate(text, sentence, spanStart);
      if (search >= 0) {
        measure = 'missing';
        source = 'left';
        leftStrength = 'weak';
        leftCueStart = tokens[search].start;
        leftCueWord = tokens[search].lower;
      } else if (fate !== null) {
        measure = 'missing';
        source = 'left';
        leftStrength = 'strong';
        leftCueStart = fate;
        leftCueWord = 'fate';
      }
    }
    for (let d = leftIndex; d >= Math.max(0, leftIndex - 3) && tokens[d].start >= sentence.start; d--) {
      if (DAMAGE_WORDS.has(tokens[d].lower)) damage = true;
      if (mentionAtToken.has(d)) break;
    }
    const prevWord = tokens[leftIndex].lower;
    if ((prevWord === 'of' || prevWord === 'with') && leftIndex > 0 && POPULATION_WORDS.has(tokens[leftIndex - 1].lower)) population = true;
    if (leftIndex > 0 && POPULATION_LEADS.has(`${tokens[leftIndex - 1].lower} ${prevWord}`)) population = true;
    if (!measure) {
      // "Of the dead, six were children": a part of the group named at the head of the sentence.
      const head = text.slice(sentence.start, spanStart);
      const group = PART_OF_GROUP.exec(head) ?? GROUP_THEN_COPULA.exec(head);
      // ("Of the bodies recovered so far, 17 were of children": the group's head noun, before its modifiers.)
      const groupMeasure = group
        ? (GROUP_MEASURE.get(group[1].toLowerCase()) ?? GROUP_MEASURE.get(group[1].toLowerCase().split(/\s+/)[0]))
        : undefined;
      if (groupMeasure) {
        measure = groupMeasure;
        source = 'group';
      }
    }
    if (!measure) {
      const tally = tallyBefore(tokens, layer, leftIndex, sentence.start, mentionAtToken);
      if (tally) {
        measure = tally.measure;
        source = 'tally';
        leftCueStart = tally.start;
        via = tally.via;
      }
    }
  }
  return { measure, source, leftStrength, leftCueStart, leftCueWord, via, damage, population };
}

const FATE_OF = new RegExp(`\\b(?:${alternation(FATE_WORDS)})\\s+of\\s+(?:(?:the|another|a\\s+further|some|all)\\s+)?$`, 'i');
const IS_UNKNOWN = new RegExp(`^[^.;:]{0,100}?\\b(?:is|are|was|were|remains?|remained)\\s+(?:${alternation(UNKNOWN_WORDS)})\\b`, 'i');

/** Where "the fate of" starts when the sentence goes on to say it is unknown; null otherwise. */
function unknownFate(text: string, sentence: { start: number; end: number }, spanStart: number): number | null {
  const before = text.slice(Math.max(sentence.start, spanStart - 40), spanStart);
  const fate = FATE_OF.exec(before);
  if (!fate || !IS_UNKNOWN.test(text.slice(spanStart, Math.min(sentence.end, spanStart + 140)))) return null;
  return spanStart - before.length + fate.index;
}

/**
 * The token of "search" whose object the number is: "search for", "searching for the", "a search is underway
 * for the remaining" (at most four words between the search and "for"); -1 if none.
 */
function searchFor(tokens: readonly Token[], at: number, sentenceStart: number): number {
  let k = at;
  if (tokens[k]?.lower === 'remaining') k--;
  if (tokens[k]?.lower === 'the') k--;
  if (k < 1 || tokens[k].lower !== 'for') return -1;
  for (let j = k - 1; j >= 0 && k - j <= 5 && tokens[j].start >= sentenceStart && tokens[j].kind === 'word'; j--)
    if (SEARCH_WORDS.has(tokens[j].lower)) return j;
  return -1;
}

// "Of the dead,", "Among those injured,", "Of the victims,": the group a following number is part of.
const PART_OF_GROUP = /^\s*(?:of|among|amongst)\s+(?:the|those|all\s+the|all\s+those)\s+([\p{L}' -]{2,30}?)\s*,\s*$/iu;
// "Among the dead were", "Among those missing after the concert were": the group, then the copula that
// fronts the number (at most 60 characters of the group's modifiers between).
const GROUP_THEN_COPULA = /^\s*(?:among|amongst)\s+(?:the|those)\s+(\p{L}+)\b[^,.;:!?]{0,60}?\s(?:were|was|are|is)\s+$/iu;
const GROUP_MEASURE: ReadonlyMap<string, Measure> = new Map(GROUP_MEASURES);

const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'of', 'in', 'after', 'at', 'across', 'over']);

const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'two',
  'three',
  'several',
  'dozens',
]);

// Nouns of a count that a relative clause can give the value of ("the figure …, which stands at 27").
const RELATIVE_TALLIES = new Set(['figure', 'figures', 'number', 'count', 'tally', 'total']);

const MONTH_WORDS = new Set(MONTHS.flat().map((name) => name.toLowerCase()));

// Tallies: "the death toll had climbed to 375", "the number of injured stood at 40"
function tallyBefore(
  tokens: readonly Token[],
  layer: Layer | null,
  leftIndex: number,
  sentenceStart: number,
  mentionAtToken: ReadonlyMap<number, number>,
): { measure: Measure; start: number; via: string | null } | null {
  // "The death toll was initially 25", "stood officially at 40": an adverb between the link and the number.
  while (
    leftIndex > 0 &&
    tokens[leftIndex].kind === 'word' &&
    /^(?:\p{L}+ly|now|already|still|then|also|first)$/u.test(tokens[leftIndex].lower)
  )
    leftIndex--;
  const link = tokens[leftIndex];
  // Any form of a verb of reaching: "could reach", "has topped", "will exceed".
  if (!TALLY_LINKS.has(link.lower) && !(link.kind === 'word' && layer && TALLY_LINKS.has(layer.lemma(leftIndex)))) return null;
  if (link.lower === 'of' && !(leftIndex > 0 && /^(?:toll|total|count|tally)$/.test(tokens[leftIndex - 1].lower))) return null;
  if (link.lower === 'to' && BESIDE_TO.has(tokens[leftIndex - 1]?.lower ?? '')) return null;
  // "gave the toll as 33", "recorded as 179", "as high as 40"; not a clause of its own ("the toll could
  // rise, as 33 others remain in serious condition").
  if (link.lower === 'as' && !/^(?:toll|tally|total|count|figure|number|high|many|\p{L}+ed)$/u.test(tokens[leftIndex - 1]?.lower ?? ''))
    return null;
  // "The death toll from the capsizing of a ferry off the central Philippines rose to 38": a toll's
  // subject may carry a long modifier, so "toll" is looked for further back than other tally words.
  // "The number of people who died after the dam burst … has risen to 27": after a verb of rising,
  // the tally may sit before a clause of its own, but only a toll or a "number of …" reaches that far.
  // "was increased from 23 to 24": the tally is read before the old value.
  let from = leftIndex;
  if (link.lower === 'to' && mentionAtToken.has(leftIndex - 1)) {
    let k = leftIndex - 1;
    while (k > 0 && mentionAtToken.has(k - 1)) k--;
    if (tokens[k - 1]?.lower === 'from') from = k - 1;
  }
  const rising = link.lower === 'to' && from > 0 && RISE_VERBS.has(tokens[from - 1].lower);
  let crossed = false;
  // (A toll's subject may run long before a verb of rising: "The death toll due to the collapse of a bridge over
  // the Machu river in Morbi district on Sunday evening has increased to 141".)
  for (let j = from - (link.lower === 'of' || from !== leftIndex ? 1 : 0); j >= 0 && leftIndex - j <= (rising ? 32 : 20); j--) {
    const t = tokens[j];
    if (t.start < sentenceStart) break;
    // "The death toll from two car bombs … has risen to 100": a number inside the toll's own phrase (after
    // a preposition) is passed over on the way back to it.
    if (mentionAtToken.has(j) && rising && PHRASE_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '')) continue;
    // ("The death toll from a five-story building collapsed in … has risen to 13": a number glued to a noun
    // by a hyphen modifies it, inside the toll's phrase.)
    if (mentionAtToken.has(j) && rising && tokens[j + 1]?.text === '-' && tokens[j + 1].start === t.end) continue;
    // ("The death toll in Israel from Iranian missile strikes since June 13 is 25": a day of a date too.)
    if (mentionAtToken.has(j) && MONTH_WORDS.has(tokens[j - 1]?.lower ?? '')) continue;
    if (mentionAtToken.has(j) || t.text === ';') break;
    // "the official figure on civilians killed, which currently stands at 27": the tally a relative
    // clause stands for, and what its phrase says happened.
    if (t.lower === 'which' && tokens[j - 1]?.text === ',') {
      for (let k = j - 2; k >= 0 && j - k <= 8 && tokens[k].start >= sentenceStart; k--) {
        if (!RELATIVE_TALLIES.has(tokens[k].lower)) continue;
        const said = scanRight(tokens, layer, k + 1, tokens[j - 1].start, mentionAtToken, true);
        if (said.measure && said.measure !== 'other') return { measure: said.measure, start: tokens[k].start, via: 'figures.number-of' };
        break;
      }
    }
    if (t.kind === 'word' && CLAUSE_STOPS.has(t.lower) && t.lower !== 'since') {
      if (!rising) break;
      crossed = true;
      continue;
    }
    const cue = findEntry(TALLY_CUES_BY_LAST, tokens, j, layer, ([p]) => endsWithPhrase(tokens, j, p, layer));
    // "The gunmen who injured the guard numbered 20": a verb with an object of its own is the agents' deed.
    if (cue && cue[0].length === 1 && OBJECT_OPENERS.has(tokens[j + 1]?.lower ?? '')) return null;
    const longReach = cue !== undefined && (t.lower === 'toll' || cue[0][0] === 'number');
    if (cue && (longReach || (!crossed && leftIndex - j <= 12)))
      return { measure: cue[1], start: tokens[j - cue[0].length + 1].start, via: null };
    // "The number of people believed to be trapped … was raised to 12", "the number of Syrians who have
    // fled … has risen to 4 million": what happened to them is said after "the number of".
    // ("putting the number trapped at 50": a participle right after "the number" says it too.)
    const ofAfter = tokens[j + 1]?.lower === 'of' ? 2 : 1;
    if (t.lower === 'number' && tokens[j - 1]?.lower === 'the' && j + ofAfter < from) {
      const said = scanRight(tokens, layer, j + ofAfter, tokens[from].start, mentionAtToken, true);
      if (said.measure && said.measure !== 'other') return { measure: said.measure, start: tokens[j - 1].start, via: 'figures.number-of' };
    }
    // "The office revised the death toll. It was initially put at 19": "it" stands for the tally of the
    // sentence before.
    if ((j === 0 || tokens[j - 1].start < sentenceStart) && /^(?:it|this|that)$/.test(t.lower)) {
      const named = tallyIn(tokens, layer, j - 1, mentionAtToken);
      return named ? { measure: named, start: tokens[leftIndex].start, via: null } : null;
    }
  }
  return null;
}

/** The tally named in the sentence that ends at token `last` (at most 40 words back), or null. */
function tallyIn(tokens: readonly Token[], layer: Layer | null, last: number, mentionAtToken: ReadonlyMap<number, number>): Measure | null {
  for (let j = last; j >= 0 && last - j < 40; j--) {
    if (tokens[j].text === '.' && j < last) return null;
    if (mentionAtToken.has(j)) continue;
    const cue = findEntry(TALLY_CUES_BY_LAST, tokens, j, layer, ([p]) => p.length > 1 && endsWithPhrase(tokens, j, p, layer));
    if (cue) return cue[1];
  }
  return null;
}
