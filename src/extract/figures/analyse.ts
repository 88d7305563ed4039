// Reads one number in its sentence: rules out what is no count (exclusions.ts), reads its kind of
// quantity, hedge and the cues on either side, and decides its measure, subject and text span.
import type { NumberMention } from '../text/numbers.ts';
import type { Token } from '../text/number-tokens.ts';
import type { Candidate } from './candidate.ts';
import type { Layer } from './layer.ts';
import { isExcluded } from './exclusions.ts';
import { readHedge } from './hedge.ts';
import { readLeftCues } from './left-cues.ts';
import { CARE_CUES, COUNT_VERBS, IN_NOUN_PREPOSITIONS, RESPONDER_NOUNS } from './lexicon.ts';
import { classifyNoun, unitOf } from './noun.ts';
import { readQuantity } from './quantity.ts';
import { scanRight } from './right-cues.ts';

/** The reading of number `m` in its sentence, or null when it is no figure (a date, an age, a vote share…). */
export function analyse(
  text: string,
  tokens: readonly Token[],
  layer: Layer | null,
  m: NumberMention,
  sentence: { start: number; end: number },
  mentionAtToken: ReadonlyMap<number, number>,
): Candidate | null {
  if (m.value <= 0) return null;
  const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
  const after = text.slice(m.end, Math.min(text.length, m.end + 60));
  // Bounded: a comparative ("the deadliest in 30 years") is written close to its number.
  const sentenceBefore = text.slice(Math.max(sentence.start, m.start - 300), m.start);
  if (isExcluded(m, before, after)) return null;

  const quantity = readQuantity(tokens, m, before, after, sentenceBefore);
  if (!quantity) return null;
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
  // "gunmen numbering about 20", "a crowd totalling 5,000": the noun before the verb of counting.
  if (nounInfo.noun === 'none' && leftIndex > 0 && COUNT_VERBS.has(tokens[leftIndex].lower)) {
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
  // "None of the 40 passengers were injured": the predicate is denied for the whole group.
  if (scan.measure && /\b(?:none|neither|not one|no one)\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$/i.test(before))
    scan.measure = 'other';
  if (scan.measure) {
    const useRight = !measure || (scan.near && leftStrength === 'weak') || (scan.near && (source === 'tally' || source === 'group'));
    if (useRight) {
      measure = scan.measure;
      source = scan.near ? 'near' : 'right';
      leftStrength = null;
    }
  }
  // "lost 300 homes", "affected 12 districts": a verb of harm before things counts no people.
  // ("power cuts affected 250,000 homes" stays: the homes stand for the households in them).
  if (
    source === 'left' &&
    measure &&
    measure !== 'other' &&
    measure !== 'affected' &&
    (nounInfo.noun === 'property' || nounInfo.noun === 'thing' || nounInfo.noun === 'skip')
  ) {
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

  // A bare year ("the 2021 coup", "in 2008") unless it plainly counts something ("2000 people").
  const yearLike = !m.grouped && !m.scaled && !m.decimal && m.form === 'digits' && m.value >= 1000 && m.value <= 2100;
  if (
    kind === 'count' &&
    yearLike &&
    qualifier === 'exact' &&
    source !== 'near' &&
    source !== 'left' &&
    source !== 'tally' &&
    source !== 'group' &&
    nounInfo.noun !== 'person' &&
    nounInfo.noun !== 'property'
  )
    return null;
  if (kind === 'count' && m.decimal) return null;

  let finalUnit = unit;
  const counted = nounInfo.noun === 'property' || nounInfo.noun === 'thing' || (nounInfo.noun === 'unknown' && nounInfo.tagged);
  if (kind === 'count' && counted && nounInfo.head && (!measure || measure === 'other')) finalUnit = unitOf(nounInfo.head);

  return {
    mention: m,
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
    partitive: tokens[afterIndex]?.lower === 'of',
    speaker: scan.speech,
    population,
    responder: nounInfo.head !== null && RESPONDER_NOUNS.has(nounInfo.head.toLowerCase()),
    leftWord: leftIndex >= 0 ? tokens[leftIndex].lower : '',
    fromRight: source === 'near' || source === 'right',
    via: null,
    partOf: null,
    status: 'current',
    careCue: source === 'near' || source === 'right' ? CARE_CUES.has(scan.cue) : source === 'left' && /^treat/.test(leftCueWord),
  };
}
