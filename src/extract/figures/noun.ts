// The counted noun: "40,000 Palestinians", "53 of the passengers", "1,320 houses"
import type { Token } from '../text/number-tokens.ts';
import type { NounClass } from './candidate.ts';
import { MONTHS, WEEKDAYS } from '../text/lexicon.ts';
import {
  HUMAN_VERBS,
  INSTITUTION_PLURALS,
  NP_BREAKS,
  NP_LEADERS,
  PERSON_NOUNS,
  PROPERTY_NOUNS,
  SHORT_TIME_UNITS,
  SKIP_NOUNS,
} from './lexicon.ts';

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
