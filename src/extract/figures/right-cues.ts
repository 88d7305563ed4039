// Right of the number: the noun phrase it counts, then the predicate that says what happened to it
// ("40,000 Palestinians have been killed", "12 dead", "four missing people", "Nine passengers were killed").
import type { Measure } from '../../schema/document.ts';
import type { Token } from '../text/number-tokens.ts';
import {
  ASIDE_OPENERS,
  AUXILIARIES,
  BEARING_VERBS,
  BELIEF_PARTICIPLES,
  CLAUSE_STOPS,
  COUNTED_THINGS,
  DAMAGE_WORDS,
  DONE_TO,
  IN_NOUN_PREPOSITIONS,
  NOT_PARTICIPLE_WORDS,
  NEGATIONS,
  NORM_WORDS,
  PERSON_NOUNS,
  PLACE_NOUNS,
  PREDICATE_FILLERS,
  PREDICATE_ONLY_CUES,
  SEVERITY_ADVERBS,
  RIGHT_CUES,
  SKIP_NOUNS,
  TIME_WORDS,
  UNDERGONE,
  WORDS_BEFORE_NUMBER,
  type Phrase,
} from './lexicon.ts';
import { isSayingVerb } from '../quotes/verbs.ts';
import type { Layer } from './layer.ts';
import { byLemma, findEntry, indexBy, startsWithPhrase } from './phrases.ts';

const BELIEF: ReadonlySet<string> = new Set(BELIEF_PARTICIPLES);
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(NOT_PARTICIPLE_WORDS);
const RIGHT_CUES_BY_FIRST = indexBy(RIGHT_CUES, (p) => p[0]);

export interface RightScan {
  measure: Measure | null;
  describesPlace: boolean; // an adjectival cue before a place: "the 12 affected counties"
  near: boolean; // the cue is in the noun phrase itself ("12 dead", "68 bodies", "four missing people")
  nounCue: boolean; // the cue is the counted noun itself ("46 deaths", "68 bodies")
  cueEnd: number;
  speech: boolean;
  damage: boolean;
  npFrom: number; // token range of the noun phrase, inclusive; npTo < npFrom when empty
  npTo: number;
  nounAfterCue: number; // token index of a person noun right after an adjectival cue, or -1
  cue: string; // the cue phrase found, words joined by spaces
  relative?: true; // the cue is read past "who": "three people … who later died", "who went out … are missing"
}

export function scanRight(
  tokens: readonly Token[],
  layer: Layer | null,
  from: number,
  sentenceEnd: number,
  mentionAtToken: ReadonlyMap<number, number>,
  nested = false,
): RightScan {
  const result: RightScan = {
    describesPlace: false,
    measure: null,
    near: false,
    nounCue: false,
    cueEnd: 0,
    speech: false,
    damage: false,
    npFrom: from,
    npTo: from - 1,
    nounAfterCue: -1,
    cue: '',
  };
  let phase: 'np' | 'pred' = 'np';
  let afterRelative = false; // the cue was reached past "who", in or after a relative clause
  let words = 0;
  let npWords = 0;
  let j = from;
  while (j < tokens.length && words < 16) {
    const t = tokens[j];
    if (t.start >= sentenceEnd) break;
    if (mentionAtToken.has(j)) {
      // "40 families from two villages have been shifted": a number inside the noun's prepositional
      // phrase belongs to the noun phrase; any other number starts a new count.
      const preposition = tokens[j - 1]?.lower ?? '';
      if (!IN_NOUN_PREPOSITIONS.has(preposition)) break;
      while (j < tokens.length && mentionAtToken.has(j)) j++;
      words++;
      if (phase === 'np') continue;
      // "are staying in 53 makeshift relief camps": in the predicate, a number after "in" is passed over
      // only on the way to a cue within its noun phrase.
      const cue = preposition === 'in' ? cueWithin(tokens, layer, j, 3, sentenceEnd) : -1;
      if (cue < 0) break;
      j = cue;
      continue;
    }
    if (t.kind !== 'word') {
      if (t.text === ',') {
        const n = tokens[j + 1];
        if (!n || n.kind !== 'word') break;
        if (ASIDE_OPENERS.has(n.lower) || (n.lower === 'as' && tokens[j + 2]?.lower === 'well')) {
          // The aside may hold its own number ("…people, or 85 percent of the population, have…").
          const close = findComma(tokens, j + 1, 12, sentenceEnd, null);
          if (close < 0) break;
          j = close + 1;
          phase = 'pred';
          continue;
        }
        if (AUXILIARIES.has(n.lower) || cueAt(tokens, layer, j + 1)) {
          phase = 'pred';
          j++;
          continue;
        }
        const close = findComma(tokens, j + 1, 5, sentenceEnd, mentionAtToken);
        if (close > 0 && (AUXILIARIES.has(tokens[close + 1]?.lower ?? '') || cueAt(tokens, layer, close + 1))) {
          j = close + 1;
          phase = 'pred';
          continue;
        }
        break;
      }
      // "Seven civilians (three women and four men) died", "— three women and four men — died": an aside
      // in brackets or dashes between the count and its predicate is passed over, its close too.
      const aside = ASIDE_CLOSES.get(t.text);
      if (aside) {
        // A dash may close the aside as well as open it.
        const predicateAfter = (k: number) =>
          k >= 0 && tokens[k + 1]?.kind === 'word' && (AUXILIARIES.has(tokens[k + 1].lower) || cueAt(tokens, layer, k + 1) !== undefined);
        const close = t.text === ')' || (t.text !== '(' && predicateAfter(j)) ? j : findAsideClose(tokens, j + 1, aside, sentenceEnd);
        if (predicateAfter(close)) {
          j = close + 1;
          phase = 'pred';
          continue;
        }
        if (t.text !== '(' && t.text !== ')') break;
      }
      // ("Kim's", "al-Shabaab", "the M/B Kim Nirvana": marks inside a word or a name.)
      if (t.text === "'" || t.text === '’' || ((t.text === '-' || t.text === '/') && tokens[j - 1]?.end === t.start)) {
        j++;
        continue;
      }
      if (t.text === '.' && t.end < sentenceEnd && tokens[j - 1]?.end === t.start) {
        j++; // an abbreviation inside the sentence: "U.S."
        continue;
      }
      break;
    }
    // "Three seriously injured victims": how badly belongs to the cue after it, not to the noun phrase.
    if (phase === 'np' && SEVERITY_ADVERBS.has(t.lower) && cueAt(tokens, layer, j + 1)) {
      j++;
      continue;
    }
    words++;
    const predicateCue =
      phase === 'pred' && !admittedElsewhere(tokens, j)
        ? (PREDICATE_ONLY_CUES.get(t.lower) ?? (takenToHospital(tokens, j, sentenceEnd) ? 'injured' : undefined))
        : undefined;
    const cue = cueAt(tokens, layer, j) ?? (predicateCue ? ([[t.lower], predicateCue] as [Phrase, Measure]) : undefined);
    if (cue) {
      const [phrase, measure] = cue;
      const afterCue = j + phrase.length;
      // "three gunmen killed 12 people": the verb governs the next number, not this one.
      // (Within the words read: "the number trapped | at 50" reads the tally's phrase only.)
      if (
        (byLemma(DONE_TO, tokens, j, layer) || byLemma(UNDERGONE, tokens, j, layer)) &&
        (tokens[afterCue]?.start ?? Infinity) < sentenceEnd &&
        nextIsNumber(tokens, afterCue, mentionAtToken)
      )
        break;
      if (NEGATIONS.has(tokens[j - 1]?.lower ?? '') || NEGATIONS.has(tokens[j - 2]?.lower ?? '')) break;
      // "three gunmen killed the governor": with no auxiliary, a verb done to someone that takes an object
      // makes the number its agent ("12 killed in the blast", "12 killed on Monday" are its victims).
      if (phase === 'np' && npWords > 0 && takesObject(tokens, layer, j, afterCue)) break;
      // "53 makeshift relief camps", "12 evacuation centres": a cue that names a place people are put up
      // in, right after the number, is the noun it counts: things, no measure.
      if (phase === 'np' && COUNTED_THINGS.has(phrase[phrase.length - 1]) && phrase[0] !== 'in') {
        result.npTo = afterCue - 1;
        return result;
      }
      // "the three affected regions": an adjectival cue before a place or thing counts no one.
      if (
        phase === 'np' &&
        tokens[afterCue]?.kind === 'word' &&
        (SKIP_NOUNS.has(tokens[afterCue].lower) || PLACE_NOUNS.has(tokens[afterCue].lower))
      ) {
        result.npTo = afterCue;
        result.describesPlace = true;
        return result;
      }
      // "three passengers survived with minor injuries": survivors the sentence says were hurt are the injured.
      result.measure = measure === 'evacuated' && phrase[0].startsWith('surviv') && survivedHurt(tokens, afterCue) ? 'injured' : measure;
      // (Not "12 men who had injured a guard": a verb with an object of its own is their deed.)
      if (afterRelative && !takesObject(tokens, layer, j, afterCue)) result.relative = true;
      result.cue = phrase.join(' ');
      result.near = phase === 'np' && npWords <= 3;
      result.nounCue = phase === 'np' && npWords === 0;
      result.cueEnd = tokens[afterCue - 1].end;
      if (phase === 'np' && PERSON_NOUNS.has(phrase[0])) {
        result.npTo = j; // "passengers", "contacts" are the noun itself
        // "Nine passengers were killed": the noun only says who; a predicate may still say what happened
        // ("Nine survivors were rushed to hospital").
        if ((measure === 'other' || measure === 'evacuated') && !nested) {
          const later = scanRight(tokens, layer, afterCoordinated(tokens, afterCue, sentenceEnd), sentenceEnd, mentionAtToken, true);
          if (later.measure && later.measure !== 'other') {
            return { ...later, near: false, npFrom: result.npFrom, npTo: j, nounAfterCue: -1 };
          }
        }
      }
      if (result.near && tokens[afterCue]?.kind === 'word' && PERSON_NOUNS.has(tokens[afterCue].lower)) result.nounAfterCue = afterCue;
      return result;
    }
    if (DAMAGE_WORDS.has(t.lower) && (phase === 'pred' || npWords > 0)) {
      result.damage = true;
      result.cueEnd = t.end;
      return result;
    }
    // "48,212 suspected and confirmed cases", "300 reported deaths": a participle before its noun.
    const nextWord = tokens[j + 1];
    // ("12 confirmed heat-related deaths": a hyphenated adjective may stand between them.)
    const adjectival =
      phase === 'np' &&
      nextWord?.kind === 'word' &&
      nextWord.start < sentenceEnd &&
      (cueAt(tokens, layer, j + 1) !== undefined || PERSON_NOUNS.has(nextWord.lower) || cueAfterCompound(tokens, layer, j + 1));
    // A relative clause after the noun, on to the main verb when one within reach says what happened to
    // them: "Eight fishermen who went out to sea on Friday are still missing", and reduced ones, of belief,
    // "Fifty people believed to have been in the hotel remained unaccounted for", or in "-ing".
    const relativeClause =
      phase === 'np' &&
      npWords >= 1 &&
      (t.lower === 'that' || t.lower === 'who'
        ? !cueAt(tokens, layer, j + 1) && predicateAfterRelative(tokens, layer, j, sentenceEnd, mentionAtToken) !== j + 1
        : (BELIEF.has(t.lower) && tokens[j + 1]?.lower === 'to' && vouchedCue(tokens, layer, j + 1, sentenceEnd) < 0) ||
          // "More than 68,000 people living in the affected region had been evacuated": a participle in "-ing".
          (/ing$/u.test(t.lower) && !NOT_PARTICIPLES.has(t.lower) && !cueAt(tokens, layer, j)));
    // So is the whole of a part, when it counts people: "Five of the 25 previously missing were found dead"
    // (a cue inside the whole's phrase describes the whole; the predicate after it is the five's).
    const partitive =
      t.lower === 'of' &&
      j === from &&
      /^(?:the|these|those)$/u.test(tokens[j + 1]?.lower ?? '') &&
      (mentionAtToken.has(j + 2) || PERSON_NOUNS.has(tokens[j + 2]?.lower ?? ''));
    if (relativeClause || partitive) {
      const mainVerb = predicateAfterRelative(tokens, layer, j + 1, sentenceEnd, mentionAtToken, partitive);
      if (mainVerb > 0) {
        j = mainVerb;
        phase = 'pred';
        afterRelative = relativeClause;
        continue;
      }
    }
    // A capitalised form inside the sentence is a name ("the United States"), no verb.
    if (isSayingVerb(t.lower) && !adjectival && t.text === t.lower) {
      // "have been confirmed killed", "were confirmed to have drowned", "12 reported missing": the verb of
      // saying vouches for the cue after it and is no clause of speech.
      const vouched = vouchedCue(tokens, layer, j + 1, sentenceEnd);
      if (vouched >= 0) {
        // On to the cue itself: the words between ("as", "to have") would read as a new clause.
        phase = 'pred';
        j = vouched;
        continue;
      }
      if (phase === 'np') result.speech = true;
      break;
    }
    // "620 more people than usual died": an excess over the norm, not a new clause.
    if (
      t.lower === 'than' &&
      phase === 'np' &&
      NORM_WORDS.has(tokens[j + 1]?.lower ?? '') &&
      tokens.slice(Math.max(from, j - 4), j).some((w) => /^(?:more|fewer|less)$/.test(w.lower))
    ) {
      j += 2;
      continue;
    }
    // "soldiers, one of whom was killed": the clause after "N of whom" says what happened to the N.
    if (t.lower === 'whom' && j === from + 1 && tokens[from].lower === 'of') {
      j++;
      continue;
    }
    if (CLAUSE_STOPS.has(t.lower) && !(t.lower === 'since' && phase === 'pred')) break;
    // ("One man was listed as missing": "as" after a verb of listing leads to what they are listed as.)
    const listedAs = phase === 'pred' && /^(?:listed|registered|classified|recorded|counted|declared)$/u.test(tokens[j - 1]?.lower ?? '');
    if (t.lower === 'as' && !(tokens[j + 1]?.lower === 'well') && !listedAs) break;
    // "sold 1.2 million vehicles last year and will cut 3,000 jobs": "and" before a verb opens a new predicate.
    if (phase === 'np' && npWords > 0 && (t.lower === 'and' || t.lower === 'but') && opensPredicate(tokens, layer, j + 1)) break;
    // "the 16 teenage boys and girls who died today", "the 40 workers that were injured": a relative clause
    // of harm says what happened to the people counted, however long their noun phrase; it is part of that
    // phrase, so it holds even inside a prepositional phrase ("down from the 1.7 million people who died").
    const relative =
      (t.lower === 'that' || t.lower === 'who') && phase === 'np' && npWords >= 1 ? relativeHarm(tokens, layer, j + 1, sentenceEnd) : null;
    if (relative) {
      const [at, [phrase, measure]] = relative;
      return {
        ...result,
        measure:
          measure === 'injured' &&
          !wholeOfPart(tokens, from, mentionAtToken) &&
          diedAfter(tokens, layer, at + phrase.length, sentenceEnd, mentionAtToken)
            ? 'killed'
            : measure,
        cue: phrase.join(' '),
        near: true,
        nounCue: false,
        cueEnd: tokens[at + phrase.length - 1].end,
        relative: true,
      };
    }
    if ((t.lower === 'that' || t.lower === 'who') && npWords >= 3) break;
    if (t.lower === 'who') afterRelative = true; // ("three people who later died")
    if (phase === 'np') {
      if (AUXILIARIES.has(t.lower) || BEARING_VERBS.has(t.lower)) {
        phase = 'pred';
      } else {
        npWords++;
        result.npTo = j;
        if (npWords > 7) break;
      }
    } else if (!PREDICATE_FILLERS.has(t.lower) && !/ly$/.test(t.lower)) {
      break;
    }
    j++;
  }
  return result;
}

/**
 * "16 teenage boys and girls who died", "300 students and teachers were trapped": a second noun of people
 * joined by "and" or "or" (with at most two words before it) is the same group; the token after it, where
 * the group's predicate starts, else `j`.
 */
function afterCoordinated(tokens: readonly Token[], j: number, sentenceEnd: number): number {
  if (!/^(?:and|or)$/.test(tokens[j]?.lower ?? '')) return j;
  for (let k = j + 1; k < tokens.length && k - j <= 3 && tokens[k].start < sentenceEnd && tokens[k].kind === 'word'; k++)
    if (PERSON_NOUNS.has(tokens[k].lower)) return k + 1;
  return j;
}

/**
 * A relative clause that opens with a cue of harm, over auxiliaries ("died", "were killed", "have been
 * injured"), done to its subject: the cue's token and entry, or null ("who killed the villagers": its
 * subject is the agent).
 */
function relativeHarm(
  tokens: readonly Token[],
  layer: Layer | null,
  from: number,
  sentenceEnd: number,
): [number, [Phrase, Measure]] | null {
  let k = from;
  // (Over adverbs too: "who later died", "who were subsequently killed".)
  while (
    k < tokens.length &&
    k - from < 3 &&
    tokens[k].start < sentenceEnd &&
    (AUXILIARIES.has(tokens[k].lower) || /^(?:later|then|also|subsequently|eventually|\p{L}+ly)$/u.test(tokens[k].lower))
  )
    k++;
  const cue = tokens[k] && tokens[k].start < sentenceEnd ? cueAt(tokens, layer, k) : undefined;
  return cue && cue[1] !== 'other' && !takesObject(tokens, layer, k, k + cue[0].length) ? [k, cue] : null;
}

/** Token j is an auxiliary or a verb (by the layer), so a coordinated clause starts there. */
function opensPredicate(tokens: readonly Token[], layer: Layer | null, j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return false;
  if (AUXILIARIES.has(t.lower)) return true;
  const tag = layer?.tag(j);
  // ("suspected and confirmed cases": a participle before its noun is still the noun phrase.)
  const after = layer?.tag(j + 1);
  return (tag === 'VERB' || tag === 'AUX') && after !== 'NOUN' && after !== 'PROPN';
}

/** The first measure of harm a text names ("Deaths by day:", "Injured per region:"), or null. */
export function measureNamed(tokens: readonly Token[], layer: Layer | null): Measure | null {
  for (let j = 0; j < tokens.length && j < 40; j++) {
    const cue = cueAt(tokens, layer, j);
    if (cue && cue[1] !== 'other') return cue[1];
  }
  return null;
}

/** The auxiliary that opens the main predicate after a relative clause, when a cue follows it; -1 if none. */
function predicateAfterRelative(
  tokens: readonly Token[],
  layer: Layer | null,
  from: number,
  sentenceEnd: number,
  mentionAtToken: ReadonlyMap<number, number>,
  overNumbers = false, // ("of the 25 previously missing were found dead": over the whole's own number)
): number {
  for (let a = from + 1; a < tokens.length && a - from <= 14; a++) {
    const t = tokens[a];
    if (overNumbers && mentionAtToken.has(a)) continue;
    // ("villagers living near the landslide-hit area have been evacuated": a hyphen inside a word.)
    if (t.text === '-' && tokens[a - 1]?.end === t.start && tokens[a + 1]?.start === t.end) continue;
    if (t.start >= sentenceEnd || mentionAtToken.has(a) || t.kind !== 'word') return -1;
    if (!AUXILIARIES.has(t.lower)) continue;
    let b = a + 1;
    while (
      b < tokens.length &&
      b - a <= 3 &&
      tokens[b].kind === 'word' &&
      !cueAt(tokens, layer, b) &&
      PREDICATE_FILLERS.has(tokens[b].lower)
    )
      b++;
    if (cueAt(tokens, layer, b)) return a;
  }
  return -1;
}

function cueAt(tokens: readonly Token[], layer: Layer | null, j: number): [Phrase, Measure] | undefined {
  if (!tokens[j] || tokens[j].kind !== 'word') return undefined;
  const phrase = findEntry(RIGHT_CUES_BY_FIRST, tokens, j, layer, ([p]) => startsWithPhrase(tokens, j, p, layer));
  if (phrase) return phrase;
  if (toHospital(tokens, j)) return [['taken', 'to', 'hospital'], 'injured'];
  // One entry per lemma: "drowned", "fled", "are dying"; a verb done to someone only as a participle
  // ("61 were rescued"), since an active form after a number makes the number its agent.
  const undergone = byLemma(UNDERGONE, tokens, j, layer);
  if (undergone) return [[tokens[j].lower], undergone];
  const done = byLemma(DONE_TO, tokens, j, layer);
  if (done && isParticiple(tokens[j].lower) && (done[1] === 'strong' || ONLY_AFTER_CARE.has(done[0]))) return [[tokens[j].lower], done[0]];
  return undefined;
}

// Weak verbs read after a number: "three have been discharged", "were treated".
const ONLY_AFTER_CARE: ReadonlySet<Measure> = new Set(['injured']);

const TRIPS = new Set(['taken', 'rushed', 'admitted', 'airlifted', 'flown', 'transferred', 'brought', 'sent', 'moved']);
const HOSPITALS = new Set(['hospital', 'hospitals', 'clinic', 'infirmary', 'clinics']);

/** "were taken to Raigmore Hospital", "rushed to St Mary's hospital": medical care at a named hospital. */
function toHospital(tokens: readonly Token[], j: number): boolean {
  if (!TRIPS.has(tokens[j].lower) || tokens[j + 1]?.lower !== 'to') return false;
  for (let k = j + 2; k < tokens.length && k - j <= 7; k++) {
    const t = tokens[k];
    if (HOSPITALS.has(t.lower)) return true;
    if (!(t.lower === 'the' || t.lower === 'a' || /^\p{Lu}/u.test(t.text) || t.text === "'" || t.text === '’' || t.lower === 's'))
      return false;
  }
  return false;
}

/** A past participle of a regular or common irregular verb: "rescued", "freed", "slain", not "rescuing" or "frees". */
function isParticiple(form: string): boolean {
  return /(?:ed|en|wn|ain)$/.test(form) || form === 'hurt' || form === 'lost';
}

/** Token j is an active verb done to someone, and an object follows it: a determiner, pronoun or noun. */
function takesObject(tokens: readonly Token[], layer: Layer | null, j: number, afterCue: number): boolean {
  const next = tokens[afterCue];
  if (!layer || !next || next.kind === 'punct' || TIME_WORDS.has(next.lower) || !byLemma(DONE_TO, tokens, j, layer)) return false;
  const tag = layer.tag(afterCue);
  return tag === 'DET' || tag === 'PRON' || tag === 'NOUN' || tag === 'PROPN';
}

/**
 * The index of a cue within four words after a verb of saying, over "to have", "as", "been" ("confirmed to
 * have drowned", "confirmed as injured", "reported to have been injured"); -1 if none.
 */
function vouchedCue(tokens: readonly Token[], layer: Layer | null, from: number, sentenceEnd: number): number {
  for (let k = from; k < tokens.length && k - from < 4 && tokens[k].start < sentenceEnd && tokens[k].kind === 'word'; k++) {
    if (cueAt(tokens, layer, k)) return k;
    if (!/^(?:to|have|as|been|being|be|now)$/.test(tokens[k].lower)) return -1;
  }
  return -1;
}

/** "One of the 32 people who were injured died": the count after "of the" is a whole, the verb its part's. */
function wholeOfPart(tokens: readonly Token[], from: number, mentionAtToken: ReadonlyMap<number, number>): boolean {
  let n = from - 1;
  while (n > 0 && mentionAtToken.has(n - 1)) n--;
  return tokens[n - 1]?.lower === 'the' && /^(?:of|among)$/u.test(tokens[n - 2]?.lower ?? '');
}

/**
 * "One man who was injured by falling debris later died": the sentence's own verb after a relative clause of
 * injury tells a death, which outlasts the injury (not a verb with a count of its own: "… that killed 12").
 */
function diedAfter(
  tokens: readonly Token[],
  layer: Layer | null,
  from: number,
  sentenceEnd: number,
  mentionAtToken: ReadonlyMap<number, number>,
): boolean {
  for (let k = from; k < tokens.length && k - from <= 12 && tokens[k].start < sentenceEnd; k++) {
    if (mentionAtToken.has(k) || tokens[k].text === ';' || tokens[k].text === ',') return false;
    const later = cueAt(tokens, layer, k);
    if (later) return later[1] === 'killed' && !mentionAtToken.has(k + later[0].length);
  }
  return false;
}

/** "heat-related deaths", "flood-hit residents": a cue right after a hyphenated adjective that starts at k. */
function cueAfterCompound(tokens: readonly Token[], layer: Layer | null, k: number): boolean {
  const dash = tokens[k + 1];
  const second = tokens[k + 2];
  if (dash?.text !== '-' || dash.start !== tokens[k].end || second?.kind !== 'word' || second.start !== dash.end) return false;
  return cueAt(tokens, layer, k + 3) !== undefined || PERSON_NOUNS.has(tokens[k + 3]?.lower ?? '');
}

/**
 * "were taken by bus to local hospitals", "were rushed in ambulances to two hospitals": a verb of carrying,
 * and a hospital within a few words after it (the fixed phrases, "taken to hospital", are cues of their own).
 */
function takenToHospital(tokens: readonly Token[], j: number, sentenceEnd: number): boolean {
  if (!/^(?:taken|rushed|sent|brought|ferried|airlifted|flown|moved|transported|evacuated)$/u.test(tokens[j].lower)) return false;
  for (let k = j + 1; k < tokens.length && k - j <= 7 && tokens[k].start < sentenceEnd; k++) {
    if (HOSPITALS.has(tokens[k].lower)) return true;
    if (tokens[k].kind !== 'word' || /^(?:and|but|while|after|before|where|who|which)$/u.test(tokens[k].lower)) return false;
  }
  return false;
}

/**
 * "to be admitted to universities", "admitted into the programme": admitted somewhere that gives no care,
 * so no patients (the hospital, a clinic, a ward or intensive care do).
 */
function admittedElsewhere(tokens: readonly Token[], j: number): boolean {
  if (tokens[j].lower !== 'admitted' || !/^(?:to|into|at)$/u.test(tokens[j + 1]?.lower ?? '')) return false;
  return !tokens
    .slice(j + 2, j + 6)
    .some((t) => /^(?:hospitals?|clinics?|wards?|icu|intensive|care|health|medical|infirmary)$/u.test(t.lower));
}

/** The first of the next `limit` words where a cue starts, or -1. */
function cueWithin(tokens: readonly Token[], layer: Layer | null, from: number, limit: number, sentenceEnd: number): number {
  for (let k = from; k < tokens.length && k - from < limit && tokens[k].start < sentenceEnd && tokens[k].kind === 'word'; k++)
    if (cueAt(tokens, layer, k)) return k;
  return -1;
}

function nextIsNumber(tokens: readonly Token[], j: number, mentionAtToken: ReadonlyMap<number, number>): boolean {
  for (let s = 0; s < 4 && j < tokens.length; s++, j++) {
    if (mentionAtToken.has(j)) return true;
    if (tokens[j].kind !== 'word' || !WORDS_BEFORE_NUMBER.has(tokens[j].lower)) return false;
  }
  return false;
}

/** The next comma within `limit` tokens, stopping at sentence ends and numbers; -1 if none. */
// The mark that closes an aside opened by each mark (a closing bracket closes what came before it).
const ASIDE_CLOSES = new Map([
  ['(', ')'],
  [')', ')'],
  ['—', '—'],
  ['–', '–'],
]);

/** The index of the mark closing an aside, within 12 tokens of the sentence; -1 when there is none. */
function findAsideClose(tokens: readonly Token[], from: number, close: string, sentenceEnd: number): number {
  for (let j = from; j < tokens.length && j - from <= 12; j++) {
    if (tokens[j].start >= sentenceEnd) return -1;
    if (tokens[j].text === close) return j;
    if (tokens[j].kind === 'punct' && /^[;:"“”]$/.test(tokens[j].text)) return -1;
  }
  return -1;
}

function findComma(
  tokens: readonly Token[],
  from: number,
  limit: number,
  sentenceEnd: number,
  mentionAtToken: ReadonlyMap<number, number> | null,
): number {
  for (let j = from; j < tokens.length && j - from <= limit; j++) {
    if (tokens[j].start >= sentenceEnd || mentionAtToken?.has(j)) return -1;
    if (tokens[j].text === ',') return j;
    if (tokens[j].kind === 'punct' && /^[;:()"“”]$/.test(tokens[j].text)) return -1;
  }
  return -1;
}

/** "survived with minor injuries", "survived with serious burns": a harm said of the survivors right after. */
function survivedHurt(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.lower !== 'with') return false;
  for (let k = from + 1; k <= from + 3 && tokens[k]?.kind === 'word'; k++) if (/^(?:injur|wound|burn)/.test(tokens[k].lower)) return true;
  return false;
}
