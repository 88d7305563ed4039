// The counted noun: "40,000 Palestinians", "53 of the passengers", "1,320 houses"
import type { Token } from '../text/numbers.ts';
import type { NounClass } from './candidate.ts';
import { PERSON_NOUNS, PROPERTY_NOUNS, SHORT_TIME_UNITS, SKIP_NOUNS } from './lexicon.ts';

const NP_LEADERS = new Set([
  'more',
  'other',
  'additional',
  'further',
  'of',
  'the',
  'our',
  'their',
  'its',
  'his',
  'her',
  'these',
  'those',
  'mostly',
  'mainly',
  'largely',
  'new',
  'extra',
]);
const NP_BREAKS = new Set([
  'in',
  'on',
  'at',
  'from',
  'near',
  'across',
  'throughout',
  'during',
  'after',
  'since',
  'by',
  'with',
  'for',
  'into',
  'under',
  'over',
  'and',
  'or',
  'of',
  'to',
  'who',
  'that',
  'including',
  'so',
  'as',
  'amid',
  'while',
]);

export function classifyNoun(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): { noun: NounClass; head: string | null; subject: string | null; subjectEnd: number } {
  let start = from;
  while (start <= to && (NP_LEADERS.has(tokens[start].lower) || tokens[start].kind !== 'word')) start++;
  let head = -1;
  let noun: NounClass = to < from ? 'none' : 'unknown';
  for (let j = start; j <= to; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') continue;
    if (NP_BREAKS.has(t.lower)) break;
    if (SKIP_NOUNS.has(t.lower) || SHORT_TIME_UNITS.has(t.lower)) {
      head = j;
      noun = 'skip';
    } else if (PERSON_NOUNS.has(t.lower) || isDemonym(t) || (j === start && isInvariantDemonym(tokens, j))) {
      head = j;
      noun = 'person';
    } else if (PROPERTY_NOUNS.has(t.lower)) {
      head = j;
      noun = 'property';
    }
  }
  if (start > to) return { noun: to < from ? 'none' : noun, head: null, subject: null, subjectEnd: 0 };
  if (head < 0) {
    // An unlisted noun ("276 schoolgirls"): its first words, kept only if a cue says what happened to it.
    let last = start - 1;
    while (last + 1 <= to && last + 1 - start < 3 && tokens[last + 1].kind === 'word' && !NP_BREAKS.has(tokens[last + 1].lower)) last++;
    if (last < start) return { noun, head: null, subject: null, subjectEnd: 0 };
    return { noun, head: null, subject: text.slice(tokens[start].start, tokens[last].end), subjectEnd: tokens[last].end };
  }
  return { noun, head: tokens[head].text, subject: text.slice(tokens[start].start, tokens[head].end), subjectEnd: tokens[head].end };
}

const NOT_DEMONYMS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|News|Times|Nations|States|Forces|Services|Affairs|Sciences|Industries|Airlines|Airways|Systems)$/;

/** "Palestinians", "Israelis", "Nepalese", "Britons": a capitalised plural of people. */
function isDemonym(t: Token): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:ans|ians|is|ese|ons|ks|ds|os|ys|ts|es)$/u.test(t.text) && !NOT_DEMONYMS.test(t.text);
}

// Verbs that only people do, after a capitalised noun: "3,000 Rohingya attempted…", "a million Uyghur live…".
const HUMAN_VERB =
  /^(?:live|lived|living|fled|flee|attempted|tried|crossed|arrived|remain|remained|returned|sought|waited|walked|marched|protested|voted|worked|died|survived)$/;

/** A people's name with no plural ending ("Rohingya", "Yazidi", "Maasai"), known by the verb that follows it. */
function isInvariantDemonym(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && !NOT_DEMONYMS.test(t.text) && next?.kind === 'word' && HUMAN_VERB.test(next.lower);
}
