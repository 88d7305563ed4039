// Reads one number in its sentence: rules out what is no count (exclusions.ts), reads its kind of
// quantity, hedge and the cues on either side, and decides its measure, subject and text span.
import type { NumberMention } from '../text/numbers.ts';
import type { Token } from '../text/number-tokens.ts';
import { CURRENCY_SYMBOLS, MONTHS, TEENS, TENS, UNITS, WEEKDAYS } from '../text/lexicon.ts';
import { wordKey } from '../text/word-key.ts';
import type { Candidate } from './candidate.ts';
import type { Layer } from './layer.ts';
import { isExcluded } from './exclusions.ts';
import { readHedge } from './hedge.ts';
import { readLeftCues } from './left-cues.ts';
import {
  CARE_CUES,
  CLAUSE_STOPS,
  COUNT_VERBS,
  DEPLOYED_WORDS,
  DONE_TO,
  FALL_VERBS,
  type ImpactMeasure,
  COUNTED_THINGS,
  IN_NOUN_PREPOSITIONS,
  JOINING_WORDS,
  MULTIPLE_NEXT,
  CHANGE_BASES,
  RISE_VERBS,
  OFFICE_HOLDERS,
  PEOPLE_PRONOUNS,
  PERSON_NOUNS,
  PROPERTY_NOUNS,
  SOURCE_NOUNS,
  RELIEF_PURPOSES,
  SEARCH_EFFORTS,
  SENT_WORDS,
  YEAR_BASES,
} from './lexicon.ts';
import { alternation } from '../text/patterns.ts';
import { classifyNoun, unitOf } from './noun.ts';
import { byLemma } from './phrases.ts';
import { readQuantity } from './quantity.ts';
import { scanRight } from './right-cues.ts';

// A share of a group before "of the": "the vast majority of the", "most of the", "half of those", "Two of the
// [12 miners were rescued]" (the predicate is the two's).
const PART_OF_WHOLE_BEFORE = new RegExp(
  `\\b(?:majority|most|many|some|half|rest|remainder|bulk|few|several|part|minority|\\d[\\d,]*|${alternation([
    ...Object.keys(UNITS),
    ...Object.keys(TEENS),
    ...Object.keys(TENS),
  ])})\\s+of\\s+(?:the|these|those|its|their)\\s+$`,
  'iu',
);
// People carried by a vehicle: "a boat carrying 53 people".
const CARRYING_BEFORE = /\b(?:carrying|transporting|ferrying)\s+$/iu;

// Endings of nouns for people: "campers", "operators", "tourists", "civilians", "trainees", "migrants".
const PEOPLE_ENDING = /(?:ers|ors|ists|ians|ees|ants|ents|men|folk|ren|ites|ics)$/u;

/** The reading of number `m` in its sentence, or null when it is no figure (a date, an age, a vote share…). */
export function analyse(
  text: string,
  tokens: readonly Token[],
  layer: Layer | null,
  read: NumberMention,
  sentence: { start: number; end: number },
  mentionAtToken: ReadonlyMap<number, number>,
  numbers: ParagraphNumbers, // how the paragraph writes its numbers: see paragraphNumbers
): Candidate | null {
  if (read.value <= 0) return null;
  // "85.000 refugees": a count is whole, so a point before three digits groups thousands (continental style).
  const m = pointGrouped(read, tokens) && (numbers.continental || countsNext(tokens, read.last + 1)) ? regrouped(read) : read;
  const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
  const after = text.slice(m.end, Math.min(text.length, m.end + 60));
  // Bounded: a comparative ("the deadliest in 30 years") is written close to its number.
  const sentenceBefore = text.slice(Math.max(sentence.start, m.start - 300), m.start);
  if (isExcluded(m, before, after)) return null;

  const quantity = readQuantity(tokens, m, before, after, sentenceBefore);
  if (!quantity) return null;
  if (layer && ranks(tokens, layer, m)) return null;
  const { kind, unit, afterIndex } = quantity;
  let { spanEnd } = quantity;
  const hedge = readHedge(tokens, m, sentence, quantity, after);
  const { qualifier, leftIndex } = hedge;
  let { spanStart } = hedge;
  const left = readLeftCues(text, tokens, layer, leftIndex, sentence, spanStart, mentionAtToken);
  const { leftCueStart, leftCueWord, population } = left;
  let { measure, source, leftStrength, damage } = left;

  // --- Noun and predicate after the number ---------------------------------------------------
  const scan = scanRight(tokens, layer, afterIndex, sentence.end, mentionAtToken);
  if (scan.damage) damage = true;
  let nounInfo = classifyNoun(text, tokens, layer, scan.npFrom, scan.npTo);
  // "above the 190,000 economists had expected": the number is what they expected, not a count of them.
  if (nounInfo.head && expectedOf(tokens, scan.npTo + 1))
    nounInfo = { noun: 'none', head: null, subject: null, subjectEnd: 0, tagged: false };
  // "1,500 tonnes of rice": a thing counted in its unit, whatever noun follows.
  if (quantity.weighed) nounInfo = { noun: 'thing', head: null, subject: nounInfo.subject, subjectEnd: nounInfo.subjectEnd, tagged: false };
  // "surged more than 15 times from a year earlier", "a fine five times the sum": a multiple, a figure of its own.
  const multiple =
    tokens[afterIndex]?.lower === 'times' &&
    isMultiple(text, tokens[afterIndex].end, text.slice(Math.max(sentence.start, spanStart - 30), spanStart));
  if (multiple) nounInfo = { noun: 'thing', head: 'times', subject: 'times', subjectEnd: tokens[afterIndex].end, tagged: false };
  // "the final vote was six to one", "voted 6-1", "a 5-4 ruling": the two sides of a vote count votes.
  // ("one" there is a count, not the weak "one of …").
  const voteSide = (nounInfo.noun === 'none' || (nounInfo.noun === 'unknown' && !nounInfo.tagged)) && isVoteSide(text, m, sentence.start);
  if (voteSide) nounInfo = { noun: 'thing', head: 'votes', subject: 'votes', subjectEnd: 0, tagged: false };
  // "gunmen numbering about 20", "a crowd totalling 5,000": the noun before the verb of counting.
  if (
    (nounInfo.noun === 'none' || (nounInfo.noun === 'unknown' && !nounInfo.tagged)) &&
    leftIndex > 0 &&
    COUNT_VERBS.has(tokens[leftIndex].lower)
  ) {
    const before = classifyNoun(text, tokens, layer, leftIndex - 1, leftIndex - 1);
    if (before.noun === 'person' || before.noun === 'thing') nounInfo = { ...before, subjectEnd: 0 };
  }
  // "…families from two villages have been shifted": a number inside a prepositional phrase is not
  // the subject of the predicate after it.
  if (scan.measure && !scan.near && leftIndex >= 0 && IN_NOUN_PREPOSITIONS.has(tokens[leftIndex].lower)) {
    scan.measure = null;
    if (nounInfo.noun === 'unknown' || nounInfo.noun === 'none') return null;
  }
  if (scan.describesPlace) return null;
  // "Nine of them testified", "eleven of those spoke": a pronoun stands for people named before; the
  // verb after it is no counted noun ("spoke").
  const ofPeople = tokens[afterIndex]?.lower === 'of' && PEOPLE_PRONOUNS.has(tokens[afterIndex + 1]?.lower ?? '');
  if (ofPeople && !scan.measure && nounInfo.noun !== 'person')
    nounInfo = { noun: 'none', head: null, subject: null, subjectEnd: 0, tagged: false };
  // "19 ships and three aircraft are involved in the search": the responders' means, no figure of the event.
  // "rushed four units of the disaster force … along with 60 ambulances for relief work": means sent to help.
  if (
    !scan.damage &&
    (!scan.measure || scan.measure === 'other') &&
    !measure &&
    isMeans(nounInfo) &&
    (DEPLOYED.test(after) || (!damage && (SENT_BEFORE.test(sentenceBefore) || FOR_RELIEF.test(after))))
  )
    return null;
  // "the 400 Mawozo gang", "known as 400 Mawozo": a number before a name is part of the name.
  if (kind === 'count' && nounInfo.noun === 'unknown' && !nounInfo.tagged && namesNext(tokens, afterIndex)) return null;
  // "None of the 40 passengers were injured": the predicate is denied for the whole group.
  if (scan.measure && /\b(?:none|neither|not one|no one)\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$/i.test(before))
    scan.measure = 'other';
  // "killing the village head … and 17 other victims": a second object of the verb keeps its measure.
  let via: string | null = left.via;
  // ("12 other passengers": a noun that only says who they are.)
  const onlyWho = scan.measure === 'other' && PERSON_NOUNS.has(scan.cue);
  if (!measure && (!scan.measure || onlyWho) && leftIndex > 0 && tokens[leftIndex].lower === 'and') {
    const verb = objectListVerb(tokens, layer, leftIndex, sentence.start, mentionAtToken);
    if (verb && (nounInfo.noun === 'person' || nounInfo.noun === 'none' || (nounInfo.noun === 'unknown' && !nounInfo.tagged))) {
      measure = verb;
      source = 'inherited';
      via = 'figures.second-object';
      scan.measure = null;
    }
  }
  if (scan.measure) {
    // ("searching for 12 passengers": a noun that only says who they are leaves a weak verb its measure.)
    // ("tried to rescue three people who later died": a death the relative clause tells of outlasts what
    // the verb did to them; "arrested 12 men who were injured" stays the arrest, but "rescued 31 villagers
    // who were injured" are the injured, as a harm said of survivors wins.)
    const useRight =
      !measure ||
      (scan.near && leftStrength === 'weak' && !onlyWho) ||
      // ("save 19 people still trapped": a verb that counts no harm leaves the harm its noun says.)
      (scan.near && measure === 'other' && !onlyWho) ||
      (scan.near && (source === 'tally' || source === 'group')) ||
      (scan.relative === true && (scan.measure === 'killed' || (scan.measure === 'injured' && measure === 'evacuated')));
    if (useRight) {
      measure = scan.measure;
      source = scan.near ? 'near' : 'right';
      leftStrength = null;
    }
  }
  // "leaving the vast majority of the nearly 640 passengers still missing", "most of the 300 residents
  // fled": what the predicate says befell a part of the number, which counts the whole.
  // "a boat carrying 53 people was swept away": the predicate after the people carried is the carrier's.
  const lead = text.slice(Math.max(sentence.start, spanStart - 40), spanStart);
  if (source === 'right' && (PART_OF_WHOLE_BEFORE.test(lead) || CARRYING_BEFORE.test(lead))) {
    measure = null;
    source = null;
  }
  // "lost 300 homes", "affected 12 districts", "12 houses were swept away": harm said of things counts no
  // people ("power cuts affected 250,000 homes" stays: the homes stand for the households in them).
  if (
    (source === 'left' || source === 'right' || source === 'near') &&
    measure &&
    measure !== 'other' &&
    measure !== 'affected' &&
    (nounInfo.noun === 'property' || nounInfo.noun === 'thing' || nounInfo.noun === 'skip')
  ) {
    measure = null;
    source = null;
  }
  // "seized 40 rifles", "freed 2,000 cartons": a weak verb is read only before people, and a noun the lists
  // do not know counts people only when it is formed as a word for people ("lost 27 campers").
  if (
    source === 'left' &&
    leftStrength === 'weak' &&
    nounInfo.noun === 'unknown' &&
    nounInfo.head &&
    !PEOPLE_ENDING.test(wordKey(nounInfo.head))
  ) {
    measure = null;
    source = null;
  }
  // "Labour lost 26 MPs": a party loses office holders at the polls, not to death.
  if (source === 'left' && leftStrength === 'weak' && nounInfo.head && OFFICE_HOLDERS.has(wordKey(nounInfo.head))) {
    measure = null;
    source = null;
  }
  // "Only 2,000 were found alive in the town of 12,000": what befell the others is not said of the whole
  // town ("a camp of 40,000 displaced people" says it of its own noun).
  if (population && kind === 'count' && source !== 'near') {
    measure = 'other';
    source = null;
  }
  // A multiple is a thing counted ("15 times"), whatever verb stands near it.
  if (multiple) {
    measure = null;
    source = null;
  }
  if (kind === 'duration' || kind === 'money') {
    // A duration or a sum is never a head count, whatever verb stands near it.
    measure = 'other';
    source = null;
  }

  // --- Text span -------------------------------------------------------------------------------
  if (source === 'left' || source === 'tally') spanStart = Math.min(spanStart, leftCueStart);
  let subject = kind === 'count' ? nounInfo.subject : null;
  // "The number of workers killed … rose to 14": the tally says whom it counts.
  if (kind === 'count' && !subject && source === 'tally') subject = tallySubject(text.slice(sentence.start, leftCueStart));
  // ("Nine of them": the pronoun is what the number counts.)
  if (ofPeople && nounInfo.noun === 'none') spanEnd = Math.max(spanEnd, tokens[afterIndex + 1].end);
  if (kind === 'count' || kind === 'percent') {
    if (nounInfo.subjectEnd > spanEnd && nounInfo.subjectEnd - m.end < 80) spanEnd = nounInfo.subjectEnd;
    const cueCounts = source === 'near' || source === 'right' || scan.near || scan.damage;
    if (cueCounts && scan.cueEnd > spanEnd && scan.cueEnd - m.end < 90) spanEnd = scan.cueEnd;
    // "the four missing people": the noun after an adjectival cue.
    if (scan.nounAfterCue >= 0 && !subject) {
      subject = tokens[scan.nounAfterCue].text;
      spanEnd = Math.max(spanEnd, tokens[scan.nounAfterCue].end);
    }
  }

  // A bare year ("the 2021 coup", "in 2008") unless it plainly counts something ("2000 people") or is an entry
  // of a tally list ("Accord, 250; ACD, 1149; AD, 216").
  const yearLike = !m.grouped && !m.scaled && !m.decimal && m.form === 'digits' && m.value >= 1000 && m.value <= 2100;
  // ("over 1000 polling stations": a hedge and a plural noun after it count things; "around 1900" stays a year.)
  // ("below 2005 levels" compares with a year.)
  const hedgedCount =
    qualifier !== 'exact' &&
    nounInfo.head !== null &&
    /s$/u.test(nounInfo.head) &&
    !YEAR_BASES.has(wordKey(nounInfo.head)) &&
    (nounInfo.noun === 'thing' || nounInfo.tagged);
  if (
    kind === 'count' &&
    yearLike &&
    !hedgedCount &&
    !isTallyEntry(text, m, numbers) &&
    source !== 'near' &&
    source !== 'left' &&
    source !== 'tally' &&
    source !== 'group' &&
    nounInfo.noun !== 'person' &&
    nounInfo.noun !== 'property'
  )
    return null;
  // "plans since 2016 to relocate the dump": after "since" or "until" a year is a year, whatever cue follows.
  if (kind === 'count' && yearLike && /\b(?:since|until|till)\s+$/iu.test(before)) return null;
  // "the 2023 Games", "the 2027 Pacific Games", "2019 World Cup": a year before a name is the name's year.
  if (kind === 'count' && yearLike && m.value >= 1900 && source === null && /^\s\p{Lu}\p{Ll}/u.test(text.slice(m.end, m.end + 3)))
    return null;
  // A decimal counts no one ("6.3 people"), but may count things in their unit: "2.5 tonnes", "4.2 kilograms".
  if (kind === 'count' && m.decimal && nounInfo.noun !== 'thing') return null;

  let finalUnit = unit;
  const counted = nounInfo.noun === 'property' || nounInfo.noun === 'thing' || (nounInfo.noun === 'unknown' && nounInfo.tagged);
  if (kind === 'count' && counted && nounInfo.head && (!measure || measure === 'other')) finalUnit = unitOf(nounInfo.head);

  return {
    mention: voteSide ? { ...m, article: false } : m,
    sentence,
    kind,
    unit: finalUnit,
    spanStart,
    spanEnd,
    qualifier,
    measure,
    source,
    leftStrength,
    noun: nounInfo.noun,
    head: nounInfo.head,
    subject,
    tagged: nounInfo.tagged,
    damage,
    member:
      source === 'group' ||
      ((source === 'right' || source === 'near') && scan.cue.startsWith('among ')) ||
      (source === 'tally' && /\bamong\s+(?:the\s+|those\s+)?$/i.test(text.slice(Math.max(sentence.start, spanStart - 16), spanStart))) ||
      // "the toll reached 15 after the bodies of three workers were recovered": bodies found are among the dead counted.
      (measure === 'killed' &&
        /\b(?:bodies|remains)\s+of\s+(?:(?:the|another|a\s+further)\s+)?$/i.test(
          text.slice(Math.max(sentence.start, m.start - 30), m.start),
        )),
    ofPeople,
    partitive: tokens[afterIndex]?.lower === 'of' || (tokens[afterIndex]?.lower === 'out' && tokens[afterIndex + 1]?.lower === 'of'),
    speaker: scan.speech,
    population,
    sourceNoun: nounInfo.head !== null && SOURCE_NOUNS.has(nounInfo.head.toLowerCase()),
    leftWord: leftIndex >= 0 ? tokens[leftIndex].lower : '',
    fromRight: source === 'near' || source === 'right',
    nounCue: source === 'near' && scan.nounCue,
    distant: false,
    range: false,
    via,
    partOf: null,
    status: 'current',
    careCue: source === 'near' || source === 'right' ? CARE_CUES.has(scan.cue) : source === 'left' && /^treat/.test(leftCueWord),
  };
}

const DEPLOYED = new RegExp(
  `^[^.;:]{0,60}?\\b(?:(?:${alternation(DEPLOYED_WORDS)})|(?:${alternation(JOINING_WORDS)})\\s+(?:the\\s+|a\\s+)?(?:\\w+\\s+)?(?:${alternation(SEARCH_EFFORTS)}))\\b`,
  'i',
);

// The sending verb governs the count: nothing but words, commas and brackets between them.
const SENT_BEFORE = new RegExp(`\\b(?:${alternation(SENT_WORDS)})\\s+[^.;:]{0,160}$`, 'i');
const FOR_RELIEF = new RegExp(`^[^.;:]{0,40}?\\bfor\\s+(?:the\\s+)?(?:${alternation(RELIEF_PURPOSES)})\\b`, 'i');

const MULTIPLE_AFTER = new RegExp(`^\\s+(?:${alternation(MULTIPLE_NEXT)})\\b`, 'i');
const CHANGE_AFTER = new RegExp(`^\\s+(?:${alternation(CHANGE_BASES)})\\b`, 'i');
const CHANGED_BEFORE = new RegExp(`\\b(?:${alternation([...RISE_VERBS, ...FALL_VERBS])})\\s+(?:by\\s+)?$`, 'i');

/** "N times" (the text after "times" from `at`, the words before the number's hedge) is a multiple. */
function isMultiple(text: string, at: number, before: string): boolean {
  const after = text.slice(at, at + 40);
  return MULTIPLE_AFTER.test(after) || (CHANGED_BEFORE.test(before) && CHANGE_AFTER.test(after));
}

/** A count of things (vehicles, vessels, equipment), not of people. */
function isMeans(noun: { noun: string; tagged: boolean }): boolean {
  return noun.noun === 'property' || noun.noun === 'thing' || (noun.noun === 'unknown' && noun.tagged);
}

/** "the ten best goalkeepers", "the three largest parties", "the top 10": a rank, which counts nothing. */
function ranks(tokens: readonly Token[], layer: Layer, m: NumberMention): boolean {
  if (tokens[m.first - 1]?.lower === 'top' && tokens[m.first - 2]?.lower === 'the') return true;
  const next = tokens[m.last + 1];
  if (!next || next.kind !== 'word' || !/^(?:best|worst|most|least|\p{Ll}{2,}est)$/u.test(next.lower)) return false;
  return layer.tag(m.last + 1) === 'ADJ';
}

/** A people or thing noun follows: "85.000 refugees" is a count, "1.5 points" is not looked at, nor a rate ("13.851 shares per note"). */
function countsNext(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return (
    t !== undefined &&
    t.kind === 'word' &&
    (PERSON_NOUNS.has(t.lower) || PROPERTY_NOUNS.has(t.lower) || COUNTED_THINGS.has(t.lower)) &&
    !/^(?:per|a|an|each)$/u.test(tokens[j + 1]?.lower ?? '')
  );
}

const SMALL = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const VOTE_WORDS = '(?:vote|votes|voted|voting|ruled|ruling|decision|margin|majority|split)';
const FIRST_SIDE = new RegExp(`\\b${VOTE_WORDS}\\b[^.;:!?]{0,24}$`, 'iu');
const SECOND_SIDE = new RegExp(`\\b${VOTE_WORDS}\\b[^.;:!?]{0,24}?\\b${SMALL}\\s?(?:-|–|to)\\s?$`, 'iu');
const SIDE_AFTER = new RegExp(`^\\s?(?:-|–|to)\\s?${SMALL}\\b`, 'iu');
/** One side of a vote's count: "voted [6]-1", "the final vote was six to [one]". */
function isVoteSide(text: string, m: NumberMention, sentenceStart: number): boolean {
  if (m.value > 99 || m.decimal) return false;
  const before = text.slice(Math.max(sentenceStart, m.start - 40), m.start);
  return (FIRST_SIDE.test(before) && SIDE_AFTER.test(text.slice(m.end, m.end + 10))) || SECOND_SIDE.test(before);
}

// An entry of a list of names and their tallies: "…; ACD, 1149; AD, 216; …", "…, and APDA, 464.", in a list
// with at least two entries no year could be ("Accord, 250; Action Alliance, 41"), so that citations
// ("Smith, 2004; Jones, 2010") stay years.
const TALLY_ENTRY_BEFORE = /[;:]\s*(?:and\s+)?\p{Lu}[\p{L}.'’ -]{0,40},\s*$/u;
const TALLY_ENTRY_AFTER = /^\s*(?:;|\.?$|\.\s)/u;
const TALLY_ENTRIES = /[;:]\s*(?:and\s+)?\p{Lu}[\p{L}.'’ -]{0,40},\s*(\d[\d,]*)(?=\s*(?:;|\.|$))/gu;
function isTallyEntry(text: string, m: NumberMention, numbers: ParagraphNumbers): boolean {
  return (
    TALLY_ENTRY_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start)) &&
    TALLY_ENTRY_AFTER.test(text.slice(m.end, m.end + 3)) &&
    numbers.tallyList()
  );
}

/** Whether `text` holds a list of tallies: two entries or more that no year could be. */
function listsTallies(text: string): boolean {
  let counts = 0;
  for (const entry of text.matchAll(TALLY_ENTRIES)) {
    const value = Number(entry[1].replace(/,/g, ''));
    if ((value < 1000 || value > 2100 || entry[1].includes(',')) && ++counts >= 2) return true;
  }
  return false;
}

/** How a paragraph writes its numbers, read once for all of them. */
export interface ParagraphNumbers {
  continental: boolean; // thousands grouped with points somewhere: see groupsWithPoints
  tallyList(): boolean; // a list of names and tallies ("Accord, 250; ACD, 1149"), read on first asking
}

export function paragraphNumbers(text: string, mentions: readonly NumberMention[], tokens: readonly Token[]): ParagraphNumbers {
  let tallies: boolean | undefined;
  return { continental: groupsWithPoints(text, mentions, tokens), tallyList: () => (tallies ??= listsTallies(text)) };
}

/** "59.693", "85.000": a point before exactly three digits, which may group thousands; never a sum ("$1.125"). */
function pointGrouped(m: NumberMention, tokens: readonly Token[]): boolean {
  return m.decimal && /^\d{1,3}\.\d{3}$/.test(m.text) && !Object.hasOwn(CURRENCY_SYMBOLS, tokens[m.first - 1]?.text ?? '');
}

/**
 * "1.119.889 citizens voted", "won 108.371 votes": a paragraph that groups thousands with points somewhere
 * does so everywhere ("DPA - 59.693 (5.51%)"), while its percentages keep their decimals.
 */
function groupsWithPoints(text: string, mentions: readonly NumberMention[], tokens: readonly Token[]): boolean {
  return mentions.some(
    (m) =>
      (m.grouped && /\d\.\d{3}\.\d{3}/.test(text.slice(m.start, m.end))) || (pointGrouped(m, tokens) && countsNext(tokens, m.last + 1)),
  );
}

function regrouped(m: NumberMention): NumberMention {
  return { ...m, value: Math.round(m.value * 1000), decimal: false, grouped: true };
}

/** A capitalised word that is no day, month or people follows the number: a name ("400 Mawozo"). */
function namesNext(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !TIME_NAMES.has(t.text) && !DEMONYM.test(t.text);
}
// "12 Canadian and American missionaries", "300 Nepalese": a people's adjective, no name.
const DEMONYM = /(?:an|ese|ish|i)$/;
const TIME_NAMES: ReadonlySet<string> = new Set([...MONTHS.flat(), ...WEEKDAYS.flat()]);

/**
 * The verb done to people whose object list the number ends: "killing the village head identified as
 * Alhaji Maiyara and 17 other victims". Back from the "and" over words only (no number, no clause break,
 * at most 14 words), to a lower-case verb of DONE_TO with an object after it.
 */
function objectListVerb(
  tokens: readonly Token[],
  layer: Layer | null,
  and: number,
  sentenceStart: number,
  mentionAtToken: ReadonlyMap<number, number>,
): ImpactMeasure | null {
  for (let j = and - 1; j >= 0 && and - j <= 14 && tokens[j].start >= sentenceStart; j--) {
    const t = tokens[j];
    if (mentionAtToken.has(j) || (t.kind === 'punct' && t.text !== ',') || CLAUSE_STOPS.has(t.lower)) return null;
    if (t.kind !== 'word' || t.text !== t.lower || j + 1 >= and) continue;
    const verb = byLemma(DONE_TO, tokens, j, layer);
    if (verb?.[1] === 'strong' && /^(?:the|a|an|his|her|their|its|two|three)$|^\p{Lu}/u.test(tokens[j + 1].text)) return verb[0];
    if (verb) return null;
  }
  return null;
}

/** "had expected", "forecast", "predicted": a verb of expecting with no object, right after the noun. */
function expectedOf(tokens: readonly Token[], j: number): boolean {
  let k = j;
  if (/^(?:had|have|has)$/.test(tokens[k]?.lower ?? '')) k++;
  return (
    /^(?:expected|forecast|forecasted|predicted|anticipated|projected|estimated)$/.test(tokens[k]?.lower ?? '') &&
    !/^(?:to|that)$/.test(tokens[k + 1]?.lower ?? '') &&
    tokens[k + 1]?.kind !== 'word'
  );
}

const TALLY_OF = /\bnumber\s+of\s+(?:the\s+)?(\p{Ll}+(?:\s+\p{Ll}+)?)\s+$/u;

/** Whom a tally counts when it names them before its verb: "the number of workers [killed]". */
function tallySubject(before: string): string | null {
  const named = TALLY_OF.exec(before.slice(-60))?.[1];
  return named && named.endsWith('s') && !/\b(?:who|that|which|those)\b/.test(named) ? named : null;
}
