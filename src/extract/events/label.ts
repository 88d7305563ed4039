// The label of a dated event: who did what on that date, from the clause that grammatically holds the
// date (grammar.ts), in at most LABEL_MAX characters, readable alone, cut only between phrases.
//
// Rules, each named on the label's `rule` (events/index.ts keeps it beside the date's rule):
// - label.clause: the subject, verb group and object of the date's clause ("Whakaari/White Island
//   erupted"); a relative clause takes the noun it stands for ("the avalanche that hit the resort on
//   Wednesday" gives "Avalanche hit the resort"); a clause with no subject of its own ("and ended",
//   ", killing 18") borrows the subject of the clause it hangs on; "it" and "he" take their referent.
// - label.when-clause: "since October 7, when Hamas stormed across the border" labels the date by the
//   clause that says what happened on it.
// - label.speech: a date on a verb of saying ("the Taliban said Sunday") gives "Taliban said
//   earthquakes killed at least 2,000", the reported clause after or before the attribution.
// - label.quoted: a date inside quotation marks ("the operation started yesterday") is said by the
//   quote's speaker: "Red Cross worker said the operation started"; first persons become third.
// - label.modifier: a date that qualifies a noun ("Sunday's vote", "the 2018 report") labels that noun,
//   or its whole clause when the noun is the clause's subject ("Sunday's quake toppled buildings").
// - label.phrase: when no verb can be found, the words of the date's phrase, cut between phrases.
// Quoted words are never part of a label, date words are removed with the preposition that held them,
// and a label never ends with a dangling word or "…".
import nlp from 'compromise';
import type { Word } from '../text/language.ts';
import { wordKey } from '../text/word-key.ts';
import { TEENS, TENS, UNITS } from '../text/lexicon.ts';
import { isHardBreak, isVerb, type Clause, type SentenceGrammar, type VerbGroup, type WordSpan } from './grammar.ts';
import { QUALIFIERS } from '../figures/lexicon.ts';
import { SAYING_VERBS } from '../quotes/lexicon.ts';
import { isDemonym, PLACE_TAIL_NOUNS } from '../entities/lexicon.ts';
import {
  DANGLING_WORDS,
  ENDED_BEFORE_OVER,
  CLAIM_ADVERBS,
  COMPLEMENT_PREPOSITIONS,
  CONTENT_NOUNS,
  DEMONSTRATIVES,
  HEDGE_ADJECTIVES,
  HOLDING_VERBS,
  IN_PARTICLE_VERBS,
  LISTENER_WORDS,
  isEventNoun,
  INFINITIVE_VERBS,
  OBJECT_VERBS,
  PREPOSITION_LIKE,
  OCCURRENCE_VERBS,
  OPEN_ENDINGS,
  POINTING_BACK_WORDS,
  POSSESSIVE_PRONOUNS,
  REPORTING_ENDINGS,
  ROLE_QUALIFIERS,
  PREPOSITIONAL_VERBS,
  SUPERLATIVE_WORDS,
  TITLES,
  UNPLACED_HEADS,
  UNPLACED_PRONOUNS,
  VERDICT_VERBS,
  VOUCHING_ENDINGS,
} from './lexicon.ts';

export const LABEL_MAX = 60;

export type LabelRule =
  'label.clause' | 'label.when-clause' | 'label.gerund' | 'label.speech' | 'label.quoted' | 'label.modifier' | 'label.phrase';

export interface Label {
  text: string;
  rule: LabelRule;
  /**
   * Whether the label reads whole: a verb with what it needs (not "Parliament approved", "said they are
   * no longer"), a subject a reader can place (not "He", "Events"), more than a bare noun ("Coup"). An
   * event whose label is not whole stays off the charts until an editor writes one (events/index.ts).
   */
  whole: boolean;
}

export interface LabelInput {
  grammar: SentenceGrammar;
  clause: Clause;
  /** The date's words. */
  date: WordSpan;
  /** Whether word i belongs to any date expression of the paragraph. */
  isDate(i: number): boolean;
  /** Whether word i stands inside quotation marks. */
  isQuoted(i: number): boolean;
  /** Who speaks the quotation holding the date, when it is inside one. */
  speaker: string | null;
  /**
   * What a subject pronoun at word i stands for ("it" -> "the Sudan strain of Ebola"), or the name of what a
   * storm's common noun means ("the storm" -> "Super Typhoon Rai"), when known.
   */
  referent(i: number): string | null;
  /** The place the story's entities name at words from..to (inclusive), exactly: "Ganja", not "Pigs" of "Bay of Pigs". */
  isPlace(from: number, to: number): boolean;
}

const DANGLING = new Set(DANGLING_WORDS);
const ENDED = new Set(ENDED_BEFORE_OVER);
const LISTENERS = new Set(LISTENER_WORDS);
const FIRST_PERSON: Record<string, string> = { i: 'they', we: 'they', me: 'them', us: 'them', my: 'their', our: 'their', mine: 'theirs' };
const ROLE_NOUNS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'minister',
  'source',
  'sources',
  'leader',
  'chief',
  'commander',
]);
// Words of a title before a name: "Interior Minister Suleyman Soylu", "Secretary of State Antony Blinken".
const TITLE_WORDS = new Set(TITLES);
const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'di', 'dos']);
// Prepositions after which a noun phrase names an event the date dates: "after the eruption on Monday".
const EVENT_PREPOSITIONS = new Set(['after', 'before', 'since', 'following', 'ahead']);
// Verbs whose object does what the infinitive after it says: "urged Israel and Hamas to resume talks".
const TELLING_VERBS = new Set([
  'urge',
  'ask',
  'call',
  'order',
  'allow',
  'force',
  'tell',
  'invite',
  'persuade',
  'encourage',
  'want',
  'expect',
  'require',
  'press',
]);
// Words before "to" that put what follows on the calendar: "was expected to visit", "is due to land".
const FUTURE_WORDS = new Set([
  'expected',
  'scheduled',
  'due',
  'set',
  'slated',
  'planned',
  'poised',
  'going',
  'likely',
  'plans',
  'plan',
  'planning',
  'prepare', // "as they prepare to withdraw by the end of next year"
  'prepares',
  'preparing',
]);
// Participles of a period's own course: "the quarter ended June 26", "the session closed Friday".
const PERIOD_VERBS = new Set(['end', 'close', 'begin', 'start', 'expire', 'conclude', 'finish', 'open']);
const OBSERVANCES = new Set(['holiday', 'mourning', 'day', 'deadline', 'anniversary', 'festival', 'ceremony']);
const PERIOD_PARTS = new Set(['end', 'beginning', 'start', 'middle']);
const DATE_GLUE = new Set([
  'on',
  'in',
  'at',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'between',
  'of',
  'as',
  'before',
  'after',
  'to',
]);

/** A label made of words of the sentence, with optional cut points (word positions in `words`). */
interface Draft {
  words: number[];
  /** Positions in `words` where the label may end (after words[k - 1]). */
  cuts: number[];
  /**
   * Where it may end only when no other end fits: before an "of" ("ripped through the homes [of coal mine
   * workers and nearby villagers]"), which holds its noun to the one before.
   */
  lastResort: number[];
}

/** A label before it is judged whole; `open` when the rule that made it knows it tells less than the date's event. */
type Proposal = Omit<Label, 'whole'> & { open?: true };

// Nouns whose "that" clause says what may happen, not what will: "raised the possibility that the bank will raise".
const POSSIBILITY_NOUNS = new Set([
  'possibility',
  'prospect',
  'chance',
  'likelihood',
  'risk',
  'threat',
  'fear',
  'fears',
  'speculation',
  'rumours',
  'rumors',
]);

export function eventLabel(input: LabelInput): Label {
  const { text, rule, open } = draftLabel(input);
  // (A clause a noun of possibility opens is told as certain by its label alone: an editor words it.)
  const { grammar, clause } = input;
  const opener = grammar.key(clause.from - 1) === 'that' ? clause.from - 2 : clause.from - 1;
  if (POSSIBILITY_NOUNS.has(grammar.key(opener))) return { text, rule, whole: false };
  // A phrase is the last resort, when no verb could be found: it states nothing.
  // A quotation dated inside ("The operation started yesterday", a worker said) gives "X said the
  // operation started" on the day of the operation, not of the saying: half the label tells the wrong
  // day, so an editor words it.
  return { text, rule, whole: !open && rule !== 'label.phrase' && rule !== 'label.quoted' && readsWhole(input, { text, rule }) };
}

const isNumberWord = (w: string): boolean => Object.hasOwn(UNITS, w) || Object.hasOwn(TEENS, w) || Object.hasOwn(TENS, w);
const QUANTITY_NOUNS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'millions', 'tens']);
const OPEN = new Set(OPEN_ENDINGS);
const SAYING = new Set(SAYING_VERBS);
const PREPOSITIONAL = new Set(PREPOSITIONAL_VERBS);
const UNPLACED = new Set(UNPLACED_PRONOUNS);
const UNPLACED_HEAD = new Set(UNPLACED_HEADS);
const POINTING_BACK = new Set(POINTING_BACK_WORDS);
const CLAIM = new Set(CLAIM_ADVERBS);
// ("first", "most", "least" open other phrases: "the first plane landed in Kabul".)
const SUPERLATIVES = new Set(SUPERLATIVE_WORDS.filter((w) => /est$/u.test(w) || w === 'worst' || w === 'best'));
const IN_EVENT = new Set(['in', 'during', 'by']);
const OCCURRENCE = new Set(OCCURRENCE_VERBS);
const COMPLEMENT_PREPOSITION = new Map(Object.entries(COMPLEMENT_PREPOSITIONS));
const VERDICT = new Set(VERDICT_VERBS);
const NEEDS_OBJECT = new Set(OBJECT_VERBS);
const CONTENT = new Set(CONTENT_NOUNS);
const DEMONSTRATIVE = new Set(DEMONSTRATIVES);
const POSSESSIVE = new Set(POSSESSIVE_PRONOUNS);
const REPORTING_END = new Set(REPORTING_ENDINGS);
const VOUCHING_END = new Set(VOUCHING_ENDINGS);
const LEADING_PREPOSITIONS = new Set(['up', 'on', 'in', 'at', 'for', 'with', 'from', 'by', 'along', 'during', 'under', 'into', 'across']);
const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ', 'SCONJ']);

/**
 * Whether a label reads whole (Label.whole). Read from the label's words and, for its end, from what the
 * sentence says after its last word: an active verb whose object follows in the sentence was cut before
 * it ("Parliament approved [a bill]"), a verb group before its verb ("are no longer [forecasting]"), a
 * verb before its preposition ("resulted [in]"), a word before its hyphen ("Pont[-Sonde]").
 */
function readsWhole(input: LabelInput, label: Proposal): boolean {
  const { grammar } = input;
  const words = label.text.split(/\s+/u);
  const key = (w: string) => wordKey(w.replace(/[^\p{L}\p{N}'’-]+/gu, ''));
  // Each word's key is read by several tests below: computed once per label.
  const keys = words.map(key);
  const keyAt = (k: number): string => keys[k] ?? '';
  // "Coup", "Devastating storm", "Elections": a bare noun says nothing happened; "Girls died": two words
  // leave out who (the 16 students) or what (a clause after "when" may be that short: "Fighting erupted").
  if (words.length <= 2 && label.rule !== 'label.when-clause') return false;
  const first = keys[0];
  if (UNPLACED.has(first)) return false;
  // "Hundreds exploded" (of "hundreds of handheld pagers exploded"): a quantity cut from what it counts.
  if (QUANTITY_NOUNS.has(first) && keyAt(1) !== 'of') {
    const at = wordsAt(grammar, words.slice(0, 1), input.date)?.[0];
    if (at !== undefined && grammar.key(at + 1) === 'of') return false;
  }
  // "The death toll due has increased" (of "due to the collapse … on Sunday"): a word cut from its preposition.
  if (
    /\b(?:due|owing|according|prior|thanks)\s+(?!to\b)\S/iu.test(label.text) ||
    /\b(?:due|owing|according|prior|thanks)$/iu.test(label.text)
  )
    return false;
  // "To maintain the policy rate held": an infinitive with no subject is a clause's tail, not a statement.
  if (first === 'to') return false;
  // "64 has ruled Zambia" (from "Lungu, 64, who has ruled"), "50 had been on duty": a number with a
  // singular verb is an age, not who.
  if (/^\d+$/u.test(first) && first !== '1' && /^(?:has|is|was|does|had)$/u.test(keyAt(1))) return false;
  // "Its main markets to remain…", "His term finishes": whose it is was named in a sentence not shown.
  if (POSSESSIVE.has(first)) return false;
  // "Hours after the event discarded clothing …": a time counted from another event, then the statement.
  if (/^(?:hours|minutes|days|weeks|moments)$/u.test(first) && /^(?:after|before|later|earlier)$/u.test(keyAt(1))) return false;
  // "Zelenskiy abandoned by Russian forces": a participle with its agent and no auxiliary describes a noun
  // of the sentence, not the name the label put before it.
  if (/^\p{Lu}[\p{L}'’.-]*\s+\p{Ll}+(?:ed|en)\s+by\b/u.test(label.text)) return false;
  // "Official data showed", "Police said", "eight people were confirmed": a verb of saying or vouching
  // with what it says cut off.
  const last = keys[keys.length - 1];
  const passive = /^(?:was|were|been|be|is|are)$/u.test(keyAt(keys.length - 2));
  if ((REPORTING_END.has(last) && !passive) || (VOUCHING_END.has(last) && passive)) return false;
  // "That outbreak was declared over", "At least another 16 people", "there is also opposition", "said
  // they reached": words that lean on a sentence the reader of a timeline has not seen.
  if (keys.some((k) => POINTING_BACK.has(k)) || DEMONSTRATIVE.has(first)) return false;
  // "Church service published at 19:04 GMT": a live page's time stamp; "Election said was mostly
  // peaceful": a report with no subject.
  if (/\b(?:published|updated|posted)\s+at\b|\bGreenwich Mean Time\b/iu.test(label.text)) return false;
  if (/\b(?:said|says|told|added)\s+(?:was|were|is|are|has|have|had|will|would)\b/iu.test(label.text)) return false;
  // Quotation marks left in a label ("One has passed.' MORE"): a quotation's fragment, not a statement.
  if (/(?:^|\s)['‘"“]|[^s\s]['’"”](?:\s|$)/u.test(label.text)) return false;
  // "No survivors had been found", "Police did not release names": what did not happen is no event.
  if (first === 'no' || words.some((w, n) => /^(?:not|never|n['’]t)$/u.test(keys[n]) || /n['’]t$/u.test(w))) return false;
  // "The explosion occurred", "An outbreak lasted almost four months", "The vote took place": that a thing
  // took place, or how long, tells nothing of it.
  if (/\b(?:took|takes|take|taken|taking)\s+place\b/iu.test(label.text)) return false;
  const reported = /\b(?:said|says|told|wrote|stated|added)\s+(?:that\s+)?(\S+)/iu.exec(label.text)?.[1];
  if (reported && (UNPLACED.has(key(reported)) || DEMONSTRATIVE.has(key(reported)))) return false;
  // "Up on the stands for the games held": a label that opens with a preposition has no subject.
  // ("At least 46 people", "Up to 20 homes": a hedge, not a preposition.)
  const hedged = () => QUALIFIERS.some(([phrase]) => phrase.length > 1 && phrase.every((w, k) => keyAt(k) === w));
  if (LEADING_PREPOSITIONS.has(first) && !hedged()) return false;
  if (
    UNPLACED_HEAD.has(first) &&
    /^(?:\p{Ll}+ed|took|made|went|came|began|were|was|are|is|have|has|had|will|would|could|did)$/u.test(keyAt(1))
  )
    return false;
  if (OPEN.has(last)) return false;
  // "…retrieved in Westmoreland and one [in St. Elizabeth]": a conjunction and a lone number end a list cut short.
  if (/^(?:and|or)$/u.test(key(words[words.length - 2])) && (/^\d/u.test(last) || isNumberWord(last))) return false;
  // The label's words in the sentence, when each can be placed: a statement has a finite verb ("went
  // down", "to visit"), and no word of it is the tail of a hyphenated name ("Sonde" of "Pont-Sonde").
  const placed = wordsAt(grammar, words, input.date);
  if (placed) {
    // "[lower than] the peak traffic volumes observed": a noun phrase taken from after "than" or "of" is
    // what something is compared with or part of, not a subject.
    // (Where the label's first word stands right before its second: "the" alone may be placed anywhere.)
    const start = placed.length > 1 && grammar.key(placed[1] - 1) === keys[0] ? placed[1] - 1 : placed[0];
    // (Unless a relative clause says what befell that noun: "of nine women who had been killed", "the
    // consent decree that broke up the Bell system", "of the accord, which was announced Friday"; in
    // "Wallace of Fox News, who will moderate" it is Wallace's.)
    let run = start;
    while (placed.includes(run + 1)) run++;
    const restrictive =
      /^(?:who|that|which)$/u.test(grammar.key(run + 1)) || (grammar.key(run + 1) === ',' && grammar.key(run + 2) === 'which');
    if (/^(?:than|of)$/u.test(grammar.key(start - 1)) && !restrictive) return false;
    // "[The … drive to reach six trapped] miners was suspended": a plural noun before a singular verb is not
    // the subject the verb agrees with.
    const [head, verb] = placed;
    if (
      verb === head + 1 &&
      grammar.words[head].tag === 'NOUN' &&
      /[^s]s$/u.test(grammar.key(head)) &&
      /^(?:was|is|has)$/u.test(grammar.key(verb))
    )
      return false;
    if (
      placed.some(
        (k) => grammar.words[k - 1]?.text === '-' && grammar.words[k - 1].end === grammar.words[k].start && !label.text.includes('-'),
      )
    )
      return false;
    // A participle in "-en" or "-wn", which no simple past ends in, is finite only after an auxiliary
    // ("shaken workers", "a blown bridge"; "had taken").
    const bareParticiple = (k: number) =>
      /(?:en|wn)$/u.test(grammar.key(k)) && grammar.key(k) !== grammar.lemma(k) && grammar.words[k - 1]?.tag !== 'AUX';
    // (The clause reader calls "rebels toppled the regime" a participle after a noun; with an object after
    // it, it is the verb of a statement.)
    const acts = (k: number) =>
      grammar.words[k].tag === 'VERB' &&
      /^(?:NOUN|PROPN|PRON)$/u.test(grammar.words[k - 1]?.tag ?? '') &&
      /^(?:DET|NOUN|PROPN|NUM|PRON|ADJ)$/u.test(grammar.words[k + 1]?.tag ?? '');
    // (Nor is a sentence's only verb a participle: "About 300 people fled on Sunday.")
    const only = (k: number) => grammar.words[k].tag === 'VERB' && !grammar.verbGroups().some((g) => g.finite);
    // ("to visit" is a verb of a headline, "Erdogan to visit Amasra", not of a noun's phrase, "A public
    // holiday to mourn the loss".)
    const infinitive = (k: number) => label.rule !== 'label.modifier' && grammar.key(k) === 'to' && grammar.words[k + 1]?.tag === 'VERB';
    // ("Governor of the Borno state following the attack": "following" there is a preposition, no verb.)
    const finite = placed.some(
      (k) => !PREPOSITION_LIKE.has(grammar.key(k)) && !bareParticiple(k) && (finiteAt(grammar, k) || acts(k) || only(k) || infinitive(k)),
    );
    // A noun phrase with no verb states nothing: "Suicide bombing in a mosque" says neither who nor what
    // came of it, "The midterm elections" not even where. It names the event for an editor to word.
    if (!finite) return false;
    if (placed.some((k) => grammar.words[k].tag === 'VERB' && OCCURRENCE.has(grammar.lemma(k)))) return false;
    // "Samsung Electronics said its second quarter [profit rose …]": what was said, cut before its verb.
    const saidAt = placed.findIndex((k) => SAYING.has(grammar.lemma(k)) && grammar.words[k].tag === 'VERB');
    if (saidAt >= 0 && saidAt < placed.length - 1 && !placed.slice(saidAt + 1).some((k) => /^(?:VERB|AUX)$/u.test(grammar.words[k].tag)))
      return false;
    // "Rescuers digging [through the hotel] reported": a participle cut from its phrase in mid-label.
    if (
      placed.some(
        (k, n) =>
          n + 1 < placed.length &&
          /ing$/iu.test(grammar.words[k].text) &&
          (grammar.words[k].tag === 'VERB' || grammar.words[k - 1]?.tag === 'NOUN') &&
          placed[n + 1] > k + 1 &&
          !input.isDate(k + 1),
      )
    )
      return false;
    // "Details [of the building's condition] emerged", "Declines [in public-sector jobs] were recorded": a
    // short label whose subject lost what it is of.
    if (
      words.length <= 3 &&
      placed.some((k) => grammar.words[k].tag === 'NOUN' && /^(?:of|in|among|for)$/u.test(grammar.key(k + 1)) && !placed.includes(k + 1))
    )
      return false;
  }
  // "No survivors had been found, with officials [saying …]": a phrase of "with" cut before its verb.
  if (/,\s+with\s+(?:\S+\s+){0,3}\S+$/u.test(label.text)) return false;
  const i = lastWordAt(grammar, words, input.date);
  if (i < 0) return true;
  const lemma = grammar.lemma(i);
  const tag = grammar.words[i].tag;
  // A verb of saying at the end says nothing of what was said ("stated", "told [that]"), nor does one
  // followed only by whom it was said to ("Rinwa told reporters").
  if (tag === 'VERB' && SAYING.has(lemma) && !/^(?:was|were|is|are|been|be|being)$/u.test(keyAt(words.length - 2))) return false;
  let h = i;
  while (h > grammar.from && i - h < 6 && /^(?:DET|NOUN|PROPN|ADJ|PART)$/u.test(grammar.words[h].tag)) h--;
  if (h < i && grammar.words[h].tag === 'VERB' && grammar.lemma(h) === 'tell') return false;
  let j = i + 1;
  while (j < grammar.to && j < i + LABEL_REACH && (input.isDate(j) || dateGlue(input, j))) j++;
  // "Officials said the country mourned the deadliest tragedy [in years]": a superlative cut from its
  // range claims more than the text.
  if (keys.some((k) => SUPERLATIVES.has(k)) && /^(?:in|since|for|of|than)$/u.test(grammar.key(j))) return false;
  const next = j < grammar.to ? grammar.words[j] : null;
  if (!next) return true;
  if (next.text === '-' && next.start === grammar.words[i].end) return false;
  // "food inflation eased to 10.40 [per cent]": a number cut from its unit.
  if (tag === 'NUM' && /^(?:per|percent|%|points?|basis|bps?|million|billion|trillion|crore|lakh)$/iu.test(next.text)) return false;
  // "a crowd attending a festive [Bastille Day fireworks celebration]": a noun phrase cut before its noun.
  if ((tag === 'ADJ' || tag === 'DET') && /^(?:NOUN|PROPN|ADJ|NUM)$/u.test(next.tag)) return false;
  // "made a big revelation [that 1.25 million fans attended]": a noun of saying without what it said.
  if (tag === 'NOUN' && CONTENT.has(grammar.key(i))) {
    let k = j;
    while (k < grammar.to && k < j + 8 && (input.isDate(k) || dateGlue(input, k) || /^[()[\]]$/u.test(grammar.words[k].text))) k++;
    if (grammar.key(k) === 'that') return false;
  }
  // "has been sentenced [to 12 years]", "was convicted [and found guilty on seven charges]": a verb whose
  // point is what its preposition takes it to says little before the sentence has said it.
  const preposition = COMPLEMENT_PREPOSITION.get(lemma);
  const infinitive = grammar.key(j) === 'to' && grammar.words[j + 1]?.tag === 'VERB';
  if (tag === 'VERB' && preposition && (VERDICT.has(lemma) || preposition === grammar.key(j)) && !infinitive) return false;
  if (tag === 'VERB') {
    let k = i - 1;
    while (k > grammar.from && grammar.words[k].tag === 'ADV') k--;
    const passive = k >= grammar.from && (grammar.lemma(k) === 'be' || grammar.lemma(k) === 'get');
    // "killed [at least 85 civilians]": a verb cut before its hedged count.
    if (
      !passive &&
      QUALIFIERS.some(([phrase]) => phrase.every((w, n) => grammar.key(j + n) === w) && grammar.words[j + phrase.length]?.tag === 'NUM')
    )
      return false;
    // "Georgia's Parliament approved [in the first reading one of the bills]": the object comes later.
    if (!passive && NEEDS_OBJECT.has(lemma)) return false;
    // "The State Bank decided[, for the fifth time, to keep the rate]": a verb of deciding or vowing says
    // its point in the infinitive after it.
    if (!passive && INFINITIVE_VERBS.has(lemma)) return false;
    // ("has received [only 40.18 percent]": an adverb before the object does not end the verb's phrase.)
    let o = j;
    while (o < grammar.to && o < j + 3 && grammar.words[o].tag === 'ADV') o++;
    if (!passive && o > j && OBJECT_TAGS.has(grammar.words[o]?.tag ?? '')) return false;
    if (!passive && (OBJECT_TAGS.has(next.tag) || grammar.key(j) === 'that' || (next.tag === 'PART' && grammar.key(j) === 'to')))
      return false;
    if (PREPOSITIONAL.has(lemma) && next.tag === 'ADP') return false;
    // "delivered its second punch starting [at the weekend]": a participle after a noun, cut where its phrase begins.
    if (/ing$/u.test(grammar.key(i)) && /^(?:NOUN|PROPN)$/u.test(grammar.words[i - 1]?.tag ?? '')) return false;
    // "expected to continue to go [up until July]": a verb cut from its particle.
    if (/^(?:up|down|out|off|back|away)$/u.test(grammar.key(j))) return false;
    // "the death toll had climbed [to 375]": a change without the figure it came to.
    if (grammar.key(j) === 'to' && grammar.words[j + 1]?.tag === 'NUM') return false;
    // "militias linked [to Assad]", "the report released [by the WHO]": a participle after its noun, cut from its phrase.
    if (grammar.words[k]?.tag === 'NOUN' && k === i - 1 && /^(?:to|by|with|from|in|at|on|near)$/u.test(grammar.key(j))) return false;
  }
  if ((tag === 'AUX' || tag === 'ADV' || tag === 'PART') && (next.tag === 'VERB' || next.tag === 'AUX')) return false;
  return true;
}

/** Where each word of a label stands in the sentence, in order; null when one cannot be placed near the date. */
function wordsAt(grammar: SentenceGrammar, words: readonly string[], date: WordSpan): number[] | null {
  const out: number[] = [];
  let at = Math.max(grammar.from, date.from - LABEL_REACH);
  const end = Math.min(grammar.to, date.to + LABEL_REACH);
  for (const word of words) {
    let k = at;
    while (k < end && !sameWord(grammar.words[k].text, word)) k++;
    if (k >= end) return null;
    out.push(k);
    at = k + 1;
  }
  return out;
}

/** A label word as written in the sentence: its first letter may have been capitalised, a comma glued to it. */
function sameWord(written: string, word: string): boolean {
  const bare = word.replace(/[,.;:]+$/u, '');
  return written === bare || written.toLowerCase() === bare.toLowerCase() || (written.length > 1 && bare.endsWith(written));
}

/** Whether word `i` belongs to a finite verb group (binary search: groups are in order). */
function finiteAt(grammar: SentenceGrammar, i: number): boolean {
  const groups = grammar.verbGroups();
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid].to <= i) lo = mid + 1;
    else hi = mid;
  }
  const group = groups[lo];
  return group !== undefined && group.from <= i && i < group.to && group.finite;
}

// How far from its date a label's words can lie: a label is at most LABEL_MAX characters of the clause.
const LABEL_REACH = 40;

/**
 * The index in the sentence of a label's last word: the last word of that text near the date whose
 * neighbour matches too (bounded, so a sentence of thousands of dates stays linear).
 */
function lastWordAt(grammar: SentenceGrammar, words: readonly string[], date: WordSpan): number {
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  let found = -1;
  for (let i = Math.min(grammar.to, date.to + LABEL_REACH) - 1; i >= Math.max(grammar.from, date.from - LABEL_REACH); i--) {
    const text = grammar.words[i].text;
    // The label's last word as written, or its tail after a mark ("Whakaari/White Island"), never a tail
    // of its letters ("on" of "revelation").
    const tail = last.endsWith(text) && !/\p{L}/u.test(last.charAt(last.length - text.length - 1));
    if (text !== last && (text.length < 2 || !tail)) continue;
    if (!before || grammar.words.slice(Math.max(grammar.from, i - 4), i).some((w) => before.endsWith(w.text))) return i;
    if (found < 0) found = i;
  }
  return found;
}

function draftLabel(input: LabelInput): Proposal {
  const { date, clause } = input;
  const quotedDate = input.isQuoted(date.from);
  // "more than 20 houses were destroyed” yesterday": the date is outside, the words it dates are quoted.
  const quotedVerb = !quotedDate && clause.verb !== null && input.isQuoted(clause.verb.head);
  if (quotedDate || quotedVerb) {
    const speaker = speakerOfQuote(input);
    if (speaker) {
      const leads = speakerForms([speaker]).map((name) => `${name} said`);
      const label = labelWith(unquoted(input), leads);
      if (label) {
        const lead = leads.find((l) => label.text.startsWith(l.charAt(0).toUpperCase() + l.slice(1)));
        return {
          text: lead ? thirdPerson(label.text, lead.length) : label.text,
          rule: 'label.quoted',
        };
      }
    }
    // Without a speaker, only a phrase that names the event: "a national mourning for three days".
    const named = observanceLabel(input, null) ?? eventPhraseLabel(input);
    return named ?? { text: phraseText(input), rule: 'label.phrase' };
  }
  return labelWith(input, null) ?? { text: phraseText(input), rule: 'label.phrase' };
}

/** The rules in order, each with the `lead` ("Martinez said") a quotation puts before its words. */
function labelWith(input: LabelInput, lead: readonly string[] | null): Proposal | null {
  const { grammar, date } = input;
  const modifier = modifierLabel(input, lead) ?? observanceLabel(input, lead) ?? eventPhraseLabel(input) ?? eventBeforeLabel(input, lead);
  if (modifier) return modifier;
  const when = whenClause(input);
  if (when) {
    const text = clauseText(input, when, lead);
    if (text) return { text, rule: 'label.when-clause' };
  }
  let clause = input.clause;
  const reduced = reducedRelativeLabel(input, lead);
  if (reduced) return reduced;
  const planned = infinitiveLabel(input, lead);
  if (planned) return planned;
  // "the plane went down in the gorge as it travelled from Kathmandu on Sunday": a clause of "as" or
  // "while" frames the event of the clause it hangs on, which is what happened that day.
  if (clause.role === 'adverbial' && clause.opener >= 0 && /^(?:as|while)$/u.test(grammar.key(clause.opener))) {
    const opener = clause.opener;
    const host = grammar.verbGroups().findLast((g) => g.to <= opener && g.finite && !grammar.isSaying(g));
    const text = host ? clauseText(input, grammar.clauseAround(host.from, host.to), lead) : null;
    if (text) return { text, rule: 'label.clause' };
  }
  // "killed five people … before slamming into Mexico's Yucatan peninsula Wednesday morning": a gerund
  // after "before" or "after" is what happened on its date, told of the sentence's subject.
  if (isGerundClause(grammar, clause)) {
    const text = clauseText(input, clause, lead);
    if (text) return { text, rule: 'label.gerund' };
  }
  // "to visit Amasra on Saturday", ", killing 12 yesterday": a verb that is not finite hangs on the
  // finite verb before it (or, when there is none, the sentence's own verb after it).
  let absolute = false;
  if (clause.verb && !clause.verb.finite) {
    const verb = clause.verb;
    const own = (g: VerbGroup) => g.finite && grammar.clauseAround(g.from, g.to).role !== 'relative';
    const governor =
      grammar.verbGroups().findLast((g) => g.to <= verb.from && own(g)) ?? grammar.verbGroups().find((g) => g.from >= clause.to && own(g));
    if (governor) {
      const host = grammar.clauseAround(governor.from, governor.to);
      clause = { ...host, to: Math.max(host.to, clause.to) };
      // "a history of riots, with more than 350 dying in a fire in 2012": the verb has a subject of its own
      // after "with", so the host clause tells another thing than what happened on the date.
      absolute = withSubject(grammar, governor.to, verb.from);
    }
  }
  // "reported hearing voices", "announced plans": a verb of saying with an object of its own is its clause's verb.
  const takesObject =
    clause.verb !== null &&
    /^(?:VERB|NOUN)$/u.test(grammar.words[clause.verb.to]?.tag ?? '') &&
    grammar.key(clause.verb.to).endsWith('ing');
  if (!lead && clause.verb && grammar.isSaying(clause.verb) && !takesObject) {
    const speech = speechLabel(input, clause, clause.verb);
    // "“… succumbed to the illness” on Wednesday, the ministry said": a date before the speaker dates what
    // was said, not the saying ("the ministry said" is Thursday's).
    const dated = date.to <= (clause.subject?.from ?? clause.verb.from) && input.isQuoted(Math.max(grammar.from, clause.from - 2));
    if (speech) return dated ? { text: speech, rule: 'label.speech', open: true } : { text: speech, rule: 'label.speech' };
  }
  // "Sunday marked another day of searching": the date is the subject, and what follows the verb the event.
  if (!clause.subject && clause.verb && clause.verb.from === date.to) {
    const object = objectText(input, clause.verb.to, clause.to, lead);
    if (object) return { text: object, rule: 'label.phrase' };
  }
  // "…, with more than 350 dying in a fire in 2012": the date's event has a subject of its own after "with".
  if (clause.verb && !absolute) absolute = withSubject(grammar, clause.verb.to, date.from, true);
  const text = clauseText(input, clause, lead);
  return text ? { text, rule: 'label.clause', ...(absolute ? { open: true } : {}) } : null;
}

/**
 * Whether "with", a noun phrase and a verb in "-ing" stand between words `from` and `to` ("with more than
 * 350 dying"); with `within`, anywhere between them, else right before word `to` (the verb).
 */
function withSubject(grammar: SentenceGrammar, from: number, to: number, within = false): boolean {
  for (let v = within ? Math.max(from, to - LABEL_REACH) : to; v <= to; v++) {
    // ("with heavy lifting gear": an "-ing" before a noun qualifies it.)
    const ing =
      /^(?:VERB|NOUN)$/u.test(grammar.words[v]?.tag ?? '') && grammar.key(v).endsWith('ing') && grammar.words[v + 1]?.tag !== 'NOUN';
    if (within && !ing) continue;
    for (let i = v - 1; i >= from && v - i <= 8; i--) {
      if (grammar.key(i) === 'with') {
        if (i < v - 1) return true;
        break;
      }
      if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADV|ADP|SCONJ)$/u.test(grammar.words[i].tag)) break;
    }
  }
  return false;
}

/**
 * Who speaks a quotation: the quotes extractor's speaker when it is a name or a described person (not
 * "decided to"), else the subject of the sentence's verb of saying outside the quotation.
 */
function speakerOfQuote(input: LabelInput): string | null {
  const { grammar } = input;
  if (input.speaker && /^(?:\p{Lu}|(?:a|an|the)\s)/u.test(input.speaker)) return shortName(input.speaker);
  for (const group of grammar.verbGroups()) {
    if (input.isQuoted(group.head) || !grammar.isSaying(group)) continue;
    const clause = grammar.clauseAround(group.from, group.to);
    const who = clause.verb === group || clause.verb?.from === group.from ? subjectForms(input, clause, false) : null;
    if (who) return shortName(who[who.length - 1]);
  }
  return null;
}

/**
 * "after a volcano eruption at Whakaari on Monday", "since the end of apartheid in 1994", "before the
 * midterm elections in November": the date ends a phrase that names an event, and that event is the label.
 */
function eventPhraseLabel(input: LabelInput): Proposal | null {
  const { grammar, date } = input;
  let start = date.from - 1;
  while (input.isDate(start) || dateGlue(input, start)) start--;
  // Back over the noun phrase and its phrases ("of apartheid", "at Whakaari/White Island") to its preposition.
  let i = start;
  let nouns = 0;
  while (i > grammar.from && i > date.from - 14) {
    const w = grammar.words[i];
    if (EVENT_PREPOSITIONS.has(grammar.key(i)) && (w.tag === 'ADP' || w.tag === 'SCONJ')) break;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART'].includes(w.tag) && !(w.text === '-' || w.text === '/')) return null;
    if (w.tag === 'NOUN') nouns++;
    i--;
  }
  if (!EVENT_PREPOSITIONS.has(grammar.key(i)) || nouns === 0 || i + 1 > start) return null;
  const words: number[] = [];
  for (let j = i + 1; j <= start; j++) if (!input.isDate(j)) words.push(j);
  // The phrase must name an event ("the eruption", "the midterm elections"), not a stay ("three days in hospital").
  let head = -1;
  for (const j of words) {
    const tag = grammar.words[j].tag;
    if (tag === 'NOUN') head = j;
    else if (head >= 0 && tag !== 'ADJ' && tag !== 'PROPN') break;
  }
  if (head < 0 || !isEventNoun(grammar.key(head))) return null;
  const text = fitPhrase(grammar, trimDangling(grammar, words));
  return text ? { text, rule: 'label.modifier' } : null;
}

/**
 * "urged Israel and Hamas to resume talks next week", "was expected to visit Amasra on Saturday": the
 * date belongs to the infinitive, so the label is what is to happen ("Israel and Hamas to resume talks"),
 * its subject the governing verb's object, or its subject after an arrangement ("expected", "due").
 */
function infinitiveLabel(input: LabelInput, lead: readonly string[] | null): Proposal | null {
  const { grammar, clause } = input;
  const verb = clause.verb;
  if (!verb || verb.tense !== 'infinitive') return null;
  const governor = grammar.verbGroups().findLast((g) => g.to <= verb.from && g.finite);
  if (!governor) return null;
  let subject: WordSpan | null = null;
  if (verb.from > governor.to && TELLING_VERBS.has(grammar.lemma(governor.head))) {
    subject = { from: governor.to, to: verb.from };
  } else if (verb.from === governor.to && (FUTURE_WORDS.has(grammar.key(governor.head)) || grammar.lemma(governor.head) === 'be')) {
    subject = grammar.clauseAround(governor.from, governor.to).subject;
  } else if (verb.from === governor.to + 1 && FUTURE_WORDS.has(grammar.key(governor.to))) {
    subject = grammar.clauseAround(governor.from, governor.to).subject; // "was due to", "is set to"
  }
  if (!subject || (grammar.lemma(governor.head) === 'be' && verb.from !== governor.to)) return null;
  const text = clauseText(input, { ...clause, subject }, lead);
  return text ? { text, rule: 'label.clause' } : null;
}

/**
 * "in Israel's response to an attack by Hamas on Oct. 7, which killed 1,139": a date right after a noun
 * that names an event deep in its clause (or followed by a relative clause) dates that event.
 */
function eventBeforeLabel(input: LabelInput, lead: readonly string[] | null): Proposal | null {
  const { grammar, date } = input;
  let end = date.from;
  while (end > grammar.from && dateGlue(input, end - 1)) end--;
  if (end === date.from && !/^(?:on|in)$/iu.test(grammar.words[date.from]?.text ?? '')) return null;
  // The noun phrase before: back to its article, over "of"/"by" phrases.
  let start = end;
  let head = -1;
  while (start > grammar.from && start > end - 10) {
    const w = grammar.words[start - 1];
    if (w.tag === 'DET') {
      start--;
      break;
    }
    if (!['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP'].includes(w.tag) && !(w.text === '-' && w.end === grammar.words[start]?.start)) return null;
    if (w.tag === 'ADP' && !/^(?:of|by)$/iu.test(w.text)) return null;
    if (w.tag === 'NOUN' && head < 0 && grammar.words[start]?.tag !== 'NOUN') head = start - 1;
    start--;
  }
  if (grammar.words[start]?.tag !== 'DET' || start === end) return null;
  // The first noun run's last noun is the head ("an attack by Hamas": attack).
  head = -1;
  for (let j = start + 1; j < end; j++) {
    if (grammar.words[j].tag === 'NOUN') head = j;
    else if (head >= 0) break;
  }
  if (head < 0 || !isEventNoun(grammar.key(head))) return null;
  const before = grammar.words[start - 1];
  const nested = before?.tag === 'ADP' && /^(?:to|of|for|against)$/iu.test(before.text) && grammar.words[start - 2]?.tag === 'NOUN';
  let k = date.to;
  if (grammar.words[k]?.text === ',') k++;
  const relative = /^(?:that|which)$/iu.test(grammar.words[k]?.text ?? '') && /^(?:VERB|AUX)$/u.test(grammar.words[k + 1]?.tag ?? '');
  if (!nested && !relative) return null;
  const text = nounPhraseLabel(input, { from: start, to: end }, date.to, lead);
  return text ? { text, rule: 'label.modifier' } : null;
}

/** A noun phrase as a label, cut before its later phrases until it fits, after the lead if there is one. */
function fitPhrase(grammar: SentenceGrammar, words: number[]): string | null {
  for (let end = words.length; end > 0; end--) {
    if (end < words.length && !isPhraseStart(grammar, words[end])) continue;
    const phrase = render(grammar, trimDangling(grammar, words.slice(0, end)));
    if (phrase.length <= LABEL_MAX && phrase.length >= 3) return finish(phrase);
  }
  return null;
}

/**
 * A participle after a noun holds the date: "the report released by the WHO on Monday", "a group
 * kidnapped in Haiti in October". The noun and its participle are the label, when the participle says
 * more than the date ("the games held between Oct 5 and Nov 19" does not).
 */
function reducedRelativeLabel(input: LabelInput, lead: readonly string[] | null): Proposal | null {
  const { grammar, clause } = input;
  const verb = clause.verb;
  if (!verb || verb.finite || verb.from !== verb.head || grammar.words[verb.head].tag !== 'VERB' || grammar.key(verb.head).endsWith('ing'))
    return null;
  // "“…,” a stunned Kevin Garinger said late Friday night": "said" after a name is the sentence's own
  // verb, however the tagger read it; no "was" makes it a participle ("the plan announced Friday" may be).
  if (/^(?:say|tell)$/u.test(grammar.lemma(verb.head))) return null;
  const nearest = grammar.antecedent(verb.from);
  if (!nearest) return null;
  const antecedent = (HOLDING_VERBS.has(grammar.lemma(verb.head)) ? eventOwner(grammar, nearest) : null) ?? nearest;
  // The participle's phrase ends where the sentence's verb comes: "a group kidnapped in Haiti [have been released]".
  const next = grammar.verbGroups().find((g) => g.from >= verb.to && g.finite);
  // "Police said the blast happened on Monday": right after a verb of saying (and "that"), with no verb
  // after it, noun and verb are the reported clause's subject and its own verb, not a noun and its participle.
  let before = antecedent.from - 1;
  if (grammar.key(before) === 'that') before--;
  // ("An estimated 4,000 people fled": a participle of saying before a noun says nothing.)
  const saying = before >= grammar.from && grammar.words[before - 1]?.tag !== 'DET' && SAYING.has(grammar.lemma(before));
  if (!next && saying && grammar.words[before].tag === 'VERB') return null;
  // With no verb after it and none before, it is the sentence's own verb in the past ("About 300 people
  // fled on Sunday"), which no "was" may turn passive.
  if (!next && !grammar.verbGroups().some((g) => g.to <= verb.from && g.finite)) return null;
  const end = Math.min(clause.to, next ? next.from : clause.to);
  const object = objectDraft(input, verb.to, end);
  if (!object.words.some((i) => grammar.words[i].tag === 'NOUN' || grammar.words[i].tag === 'PROPN')) {
    // "the fiscal year ended Jan. 31": a period that ends; "the plan announced Friday", "the games held
    // between Oct 5 and Nov 19": the noun, and what was done to it.
    if (lead) return null;
    const forms = subjectForms(input, { ...clause, to: end, subject: antecedent }, false);
    if (!forms) return null;
    const head = grammar.words[antecedent.to - 1];
    const active = PERIOD_VERBS.has(grammar.lemma(verb.head));
    const be = active ? '' : head.tag === 'NOUN' && /\p{L}s$/u.test(head.text) && !/ss$/u.test(head.text) ? 'were ' : 'was ';
    const who = forms.find((form) => `${form} ${be}${grammar.words[verb.head].text}`.length <= LABEL_MAX);
    return who ? { text: finish(`${who} ${be}${grammar.words[verb.head].text}`), rule: 'label.clause' } : null;
  }
  const text = clauseText(input, { ...clause, to: end, subject: antecedent }, lead);
  return text ? { text, rule: 'label.clause' } : null;
}

/** The object of a verb alone, as a label: "another day of searching through the debris". */
function objectText(input: LabelInput, from: number, to: number, lead: readonly string[] | null): string | null {
  const { grammar } = input;
  const object = objectDraft(input, from, to);
  for (let c = object.cuts.length - 1; c > 0; c--) {
    const phrase = render(grammar, trimDangling(grammar, object.words.slice(0, object.cuts[c])));
    const text = lead ? `${lead[0]} ${phrase}` : phrase;
    if (text.length <= LABEL_MAX && phrase.length >= 3) return finish(text);
  }
  return null;
}

/**
 * "declared Monday a public holiday to mourn the loss", "Friday, a national day of mourning": the
 * observance named right after the date is what the date is.
 */
function observanceLabel(input: LabelInput, lead: readonly string[] | null): Proposal | null {
  const { grammar, date } = input;
  const starting = startingPhrase(input);
  if (starting) return starting;
  let i = date.to;
  if (grammar.words[i]?.text === ',') i++;
  if (!/^(?:a|an|as)$/iu.test(grammar.words[i]?.text ?? '')) return null;
  if (grammar.key(i) === 'as') i++;
  let end = i + 1;
  while (end < grammar.to && end < i + 6 && ['ADJ', 'NOUN', 'PROPN', 'DET'].includes(grammar.words[end].tag) && grammar.key(end) !== 'of')
    end++;
  const head = grammar.key(end - 1);
  const ofMourning = grammar.key(end) === 'of' && grammar.key(end + 1) === 'mourning';
  if (!OBSERVANCES.has(head) && !ofMourning) return null;
  const text = objectText(input, i, Math.min(grammar.to, end + 8), lead);
  return text ? { text, rule: 'label.modifier' } : null;
}

/** "a national mourning for three days, starting from Monday": what starts on the date is the phrase before. */
function startingPhrase(input: LabelInput): Proposal | null {
  const { grammar, date } = input;
  let i = date.from - 1;
  while (i > grammar.from && dateGlue(input, i)) i--;
  if (!/^(?:starting|beginning|effective|commencing)$/iu.test(grammar.words[i]?.text ?? '') || grammar.words[i - 1]?.text !== ',')
    return null;
  const end = i - 1;
  let start = end;
  while (start > grammar.from && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP'].includes(grammar.words[start - 1].tag)) {
    start--;
    if (grammar.words[start].tag === 'DET') break;
  }
  if (start === end || !grammar.hasNoun(start, end)) return null;
  const words: number[] = [];
  for (let j = start; j < end; j++) words.push(j);
  const text = fitPhrase(grammar, words);
  return text ? { text, rule: 'label.modifier' } : null;
}

/** "since October 7, when Hamas stormed…": the clause right after the date that says what happened then. */
function whenClause(input: LabelInput): Clause | null {
  const { grammar, date } = input;
  let i = date.to;
  // ("the team’s 2019 failure when they lost the final": the event noun the year dates, then "when".)
  if (grammar.words[i]?.tag === 'NOUN' && isEventNoun(grammar.key(i)) && grammar.key(i + 1) === 'when') i++;
  if (grammar.words[i]?.text === ',') i++;
  if (i >= grammar.to || grammar.key(i) !== 'when') return null;
  const clause = grammar.clauseOpenedAt(i);
  return clause?.verb && clause.subject ? clause : null;
}

/**
 * The label of a clause: its subject, verb group and as much of its object as fits, after the `lead`
 * ("Taliban said"), which comes in forms from the fullest to the shortest. Of every lead and subject form,
 * the label keeps the one that leaves room for the object's first phrase, and then the longest.
 */
function clauseText(input: LabelInput, clause: Clause, lead: readonly string[] | null): string | null {
  const { grammar } = input;
  const verb = clause.verb;
  if (!verb) return null;
  // (A gerund's subject is the sentence's, and it is told in the past.)
  const gerund = isGerundClause(grammar, clause);
  let subject = subjectForms(input, clause, lead !== null);
  if (subject === null && (clause.role === 'coordinate' || clause.role === 'participle' || clause.role === 'main' || gerund)) {
    subject = borrowedSubject(input, clause, lead !== null);
  }
  if (subject === null) return null;
  // "accidentally killed": an adverb before the verb that changes its claim stays with it.
  const claim =
    verb.from > (clause.subject?.to ?? clause.from) && CLAIM.has(grammar.key(verb.from - 1)) ? `${grammar.words[verb.from - 1].text} ` : '';
  const verbWords = claim + (gerund ? pastTense(grammar.lemma(verb.head)) : verbText(grammar, verb));
  const copulaOnly = grammar.lemma(verb.head) === 'be' && grammar.words[verb.head].tag === 'AUX';
  const object = objectDraft(input, verb.to, clause.to);
  const minimal = minimalCut(grammar, object);
  // The first lead and subject forms (fullest first) that leave room for the object's first phrase, with
  // as much of the object as fits; else the fullest forms that fit at all.
  let fallback: string | null = null;
  // Each cut of the object is rendered once, however many lead and subject forms try it.
  const tails: string[] = [];
  const tailAt = (c: number): string => (tails[c] ??= render(grammar, trimDangling(grammar, object.words.slice(0, object.cuts[c]))));
  for (const before of lead ?? ['']) {
    for (const who of subject) {
      const head = [before, who, verbWords].filter(Boolean).join(' ');
      if (head.length > LABEL_MAX) continue;
      for (let c = object.cuts.length - 1; c >= 0; c--) {
        const tail = tailAt(c);
        // "The record date is [Nov. 9]", "The vote will be [on Sunday]": a copula whose complement was the
        // date leaves the subject alone.
        const text = tail ? `${head} ${tail}` : copulaOnly ? [before, who].filter(Boolean).join(' ') : head;
        if (text.length > LABEL_MAX) continue;
        if (object.cuts[c] >= minimal) return finish(withPlace(input, object, c, text));
        // (Before ending short of the object's first phrase, end before an "of" inside it.)
        for (const cut of object.lastResort.filter((k) => k > object.cuts[c] && holdsContent(grammar, object, k)).reverse()) {
          const shorter = `${head} ${render(grammar, trimDangling(grammar, object.words.slice(0, cut)))}`;
          if (shorter.length <= LABEL_MAX) return finish(shorter);
        }
        fallback ??= text;
        break;
      }
    }
  }
  return fallback ? finish(fallback) : null;
}

/**
 * A label whose object was cut short keeps the place the cut left out, when it fits: "People attempted to
 * dig out the dead [and injured with their hands] in Herat", "A missile strike leveled a row of homes [in
 * Azerbaijan’s second-largest city of] in Ganja".
 */
function withPlace(input: LabelInput, object: Draft, c: number, text: string): string {
  if (c === object.cuts.length - 1) return text;
  const place = placeLeftOut(input, object.words.slice(object.cuts[c]));
  if (!place || text.includes(place.name)) return text;
  const placed = `${text} ${place.preposition} ${place.name}`;
  return placed.length <= LABEL_MAX ? placed : text;
}

/**
 * The phrase of place that opens `words`, the rest of the label's object, when its name is one the entities
 * know as a place: its preposition and the name ("in the US state of Virginia" gives "in Virginia"). Only
 * right at the cut: a place further on may belong to another noun ("arrested in connection [with the
 * bombings] in Kenya" was not arrested in Kenya). Not a name that modifies a common noun ("in Biden’s
 * speech"), nor a part of a longer name ("at the Bay of Pigs").
 */
function placeLeftOut(input: LabelInput, words: readonly number[]): { preposition: string; name: string } | null {
  const { grammar } = input;
  const preposition = grammar.key(words[0]);
  if ((!PLACE_PREPOSITIONS.has(preposition) && preposition !== 'on') || grammar.words[words[0]].tag !== 'ADP') return null;
  let run: number[] = [];
  let name: number[] = [];
  for (let m = 1; m < words.length && words[m] === words[m - 1] + 1; m++) {
    const w = grammar.words[words[m]];
    if (w.tag === 'PROPN') {
      run.push(words[m]);
      continue;
    }
    if (run.length) [name, run] = [run, []];
    // ("on Nyaung Kone village": a noun of place after the name; any other noun makes the name its modifier.)
    if (w.tag === 'NOUN' && !(PLACE_TAIL_NOUNS.has(grammar.key(words[m])) && grammar.words[words[m] - 1]?.tag === 'PROPN')) name = [];
    else if (w.tag !== 'NOUN' && !/^(?:DET|ADJ|PART|NUM)$/u.test(w.tag) && grammar.key(words[m]) !== 'of' && w.text !== '-') break;
  }
  if (run.length) name = run;
  if (!name.length || !input.isPlace(name[0], name[name.length - 1])) return null;
  return { preposition: grammar.words[words[0]].text, name: render(grammar, name) };
}

/** Where the object's first phrase ends: a label should not stop before it ("killed" without "70 people"). */
function minimalCut(grammar: SentenceGrammar, object: Draft): number {
  return object.cuts.find((cut) => holdsContent(grammar, object, cut)) ?? 0;
}

/** Whether the object's words before `cut` hold a noun, a number, a pronoun or an adjective. */
function holdsContent(grammar: SentenceGrammar, object: Draft, cut: number): boolean {
  for (let k = 0; k < cut; k++) if (/^(?:NOUN|PROPN|NUM|PRON|ADJ)$/u.test(grammar.words[object.words[k]].tag)) return true;
  return false;
}

/**
 * A subject in forms from the fullest to the shortest: as written, its head ("An airstrike" of "An
 * airstrike led by the military"), and its head without adjectives or article ("earthquakes"). After a
 * lead ("… said"), a common word capitalised only because it opened the sentence is lower-cased.
 */
function subjectForms(input: LabelInput, clause: Clause, afterLead: boolean): string[] | null {
  const { grammar } = input;
  const found = eventAntecedent(grammar, clause) ?? clause.subject;
  if (!found) return null;
  const span = withHedge(grammar, found);
  const words = keptWords(input, span.from, span.to);
  if (!words.length) return null;
  if (words.length === 1 && grammar.words[words[0]].tag === 'PRON') {
    const referent = input.referent(words[0]);
    const pronoun = grammar.words[words[0]].text;
    if (referent) return [referent];
    // "which", "that" without an antecedent, "this": no subject a reader could place.
    if (!/^(?:he|she|it|they|we|i|you)$/iu.test(pronoun)) return null;
    return [afterLead && pronoun !== 'I' ? pronoun.toLowerCase() : pronoun];
  }
  // "The storm made landfall": the storm by its name, when the story names one.
  if (words.length === 2 && grammar.key(words[0]) === 'the' && grammar.words[words[1]].tag === 'NOUN') {
    const named = input.referent(words[1]);
    if (named) return [named];
  }
  const core = coreOf(grammar, words);
  const forms: string[] = [];
  // "Israel and the Palestinian resistance group, Hamas": without what a comma adds.
  const comma = words.findIndex((i) => grammar.words[i].text === ',');
  const beforeComma = comma > 0 ? trimDangling(grammar, words.slice(0, comma)) : words;
  // "The global body the International Cricket Council": the second of two noun phrases side by side.
  const second = words.findIndex((i, k) => k > 0 && grammar.words[i].tag === 'DET' && grammar.words[words[k - 1]].tag === 'NOUN');
  const named = second > 0 ? words.slice(second) : words;
  // The name of two side by side before the words stripped of adjectives: "The International Cricket Council",
  // not "Body the International Cricket Council".
  for (const form of [words, named === words ? [] : named, stripped(grammar, words), beforeComma, core, stripped(grammar, core)]) {
    if (!form.length || !grammar.hasNoun(form[0], form[form.length - 1] + 1)) continue;
    let text = render(grammar, form);
    if (afterLead && commonAtStart(grammar, form[0])) text = text.charAt(0).toLowerCase() + text.slice(1);
    if (!forms.includes(text)) forms.push(text);
  }
  return forms.length ? forms : null;
}

/**
 * "a protest against the new law that took place on 7 March": only an event takes place, happens or
 * occurs, so a relative clause of these verbs stands for the event noun before the phrase its relative
 * word follows ("a protest", not "the new law"); null when the nearest noun is the event or none is.
 */
function eventAntecedent(grammar: SentenceGrammar, clause: Clause): WordSpan | null {
  const { verb, subject } = clause;
  if (clause.role !== 'relative' || !verb || !subject || clause.opener !== subject.to) return null;
  const lemma = grammar.lemma(verb.head);
  if (!(lemma === 'happen' || lemma === 'occur' || (lemma === 'take' && grammar.key(verb.to) === 'place'))) return null;
  if (isEventNoun(grammar.key(subject.to - 1))) return null;
  const preposition = subject.from - 1;
  if (grammar.words[preposition]?.tag !== 'ADP') return null;
  let start = preposition;
  while (start > grammar.from && /^(?:NOUN|PROPN|ADJ|NUM|DET)$/u.test(grammar.words[start - 1].tag)) {
    start--;
    if (grammar.words[start].tag === 'DET') break;
  }
  const head = preposition - 1;
  if (start === preposition || grammar.words[head].tag !== 'NOUN' || !isEventNoun(grammar.key(head))) return null;
  return { from: start, to: subject.to };
}

/**
 * "the first-past-the-post election of the House of Representatives held on November 20": a participle
 * after a noun that names no event, within phrases of "of" after one that does, is said of the event (at
 * most three phrases back); null when no event noun is found.
 */
function eventOwner(grammar: SentenceGrammar, span: WordSpan): WordSpan | null {
  if (isEventNoun(grammar.key(span.to - 1))) return null;
  let start = span.from;
  for (let hop = 0; hop < 3 && grammar.key(start - 1) === 'of'; hop++) {
    const owner = grammar.antecedent(start - 1);
    if (!owner) return null;
    const head = owner.to - 1;
    if (grammar.words[head].tag === 'NOUN' && isEventNoun(grammar.key(head))) return owner;
    start = owner.from;
  }
  return null;
}

/**
 * A subject that starts at its number with the hedge before it: "An estimated 43,000 people", "More than
 * 20 houses". Without it the label states as a count what the text only estimates.
 */
function withHedge(grammar: SentenceGrammar, span: WordSpan): WordSpan {
  if (grammar.words[span.from]?.tag !== 'NUM') return span;
  for (const [phrase] of QUALIFIERS) {
    const from = span.from - phrase.length;
    if (from >= grammar.from && phrase.every((word, k) => grammar.key(from + k) === word)) return { from, to: span.to };
  }
  return span;
}

const HEDGES = new Set(HEDGE_ADJECTIVES);
const ROLE_QUALIFIER = new Set(ROLE_QUALIFIERS);

/** A noun phrase without its article and adjectives ("The magnitude-6.3 earthquake" -> "magnitude-6.3 earthquake"); hedges stay. */
function stripped(grammar: SentenceGrammar, words: number[]): number[] {
  const dropped = (i: number, k: number): boolean => {
    const w = grammar.words[i];
    if (HEDGES.has(grammar.key(i)) || ROLE_QUALIFIER.has(grammar.key(i))) return false;
    // "India's strongest storm in 14 years": a superlative says which one, and stays.
    if (/^(?:\p{L}{2,}est|best|worst|first|last)$/iu.test(w.text)) return false;
    const joined = grammar.words[i - 1]?.end === w.start || grammar.words[i + 1]?.start === w.end;
    // "More than 1,000 people", "At least 56": a quantifier stays with its number.
    const quantity = grammar.words[i + 1]?.tag === 'NUM' || /^(?:than|least|most)$/iu.test(grammar.words[i + 1]?.text ?? '');
    return (w.tag === 'ADJ' && !joined && !quantity) || (k === 0 && /^(?:a|an|the)$/iu.test(w.text));
  };
  const gone = words.map((i, k) => dropped(i, k));
  // ("A voracious and deadly wildfire": the "and" between two adjectives goes with them.)
  return words.filter((i, k) => !gone[k] && !(grammar.words[i].tag === 'CCONJ' && gone[k - 1] && gone[k + 1]));
}

/** A word capitalised only because it opens its sentence: "Powerful earthquakes", "The ministry". */
function commonAtStart(grammar: SentenceGrammar, i: number): boolean {
  const w = grammar.words[i];
  if (!/^\p{Lu}(?:\p{Ll}|$)/u.test(w.text)) return false;
  if (w.tag !== 'PROPN') return true;
  // The tagger calls a sentence's first word a name when it is capitalised: trust it only before another name.
  const atStart = i === grammar.from || /^[“"‘(]$/u.test(grammar.words[i - 1]?.text ?? '');
  return atStart && grammar.words[i + 1]?.tag !== 'PROPN';
}

/** The head of a noun phrase: its words up to the first preposition, participle or comma after a noun. */
function coreOf(grammar: SentenceGrammar, words: number[]): number[] {
  let seenNoun = false;
  for (let k = 0; k < words.length; k++) {
    const w = grammar.words[words[k]];
    const joined = k > 0 && grammar.words[words[k - 1]].end === w.start; // "magnitude-6.3", "Islamist-led"
    if (w.tag === 'NOUN' || w.tag === 'PROPN' || w.tag === 'PRON') seenNoun = true;
    else if (
      seenNoun &&
      !joined &&
      grammar.words[words[k + 1]]?.start !== w.end &&
      (w.tag === 'ADP' || w.tag === 'VERB' || w.tag === 'PUNCT' || w.tag === 'SCONJ')
    ) {
      return trimDangling(grammar, words.slice(0, k));
    }
  }
  return words;
}

/** The subject of the last finite verb before the clause ("and ended", ", killing 18"). */
function borrowedSubject(input: LabelInput, clause: Clause, afterLead: boolean): string[] | null {
  const { grammar } = input;
  const groups = grammar.verbGroups();
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group.to > clause.from || !group.finite) continue;
    const host = grammar.clauseAround(group.from, group.to);
    if (host.verb !== group && host.verb?.from !== group.from) continue;
    return subjectForms(input, host, afterLead);
  }
  return null;
}

/**
 * "killed five people … before slamming into …", "arrested the man after searching his home": a clause
 * opened by "before" or "after" and a gerund, right after the clause of the sentence's verb (no comma
 * between), whose subject it shares. ("Elian, after losing his mother …, needs" is not one.)
 */
function isGerundClause(grammar: SentenceGrammar, clause: Clause): boolean {
  const verb = clause.verb;
  if (clause.role !== 'adverbial' || verb === null || !/^(?:before|after)$/u.test(grammar.key(clause.opener))) return false;
  if (verb.from !== clause.opener + 1 || verb.to !== verb.from + 1 || !grammar.key(verb.from).endsWith('ing')) return false;
  const host = grammar.verbGroups().findLast((g) => g.finite && g.to <= clause.opener);
  if (!host) return false;
  for (let i = host.to; i < clause.opener; i++) if (grammar.words[i].text === ',') return false;
  return true;
}

/** A verb's simple past from its lemma ("slam" -> "slammed", "strike" -> "struck"), by compromise's conjugation. */
function pastTense(lemma: string): string {
  const doc = nlp(`they ${lemma}`);
  const verbs = doc.verbs();
  // (A verb compromise reads as a noun, "average", takes the regular ending; "hit" and "cut" stay as they are.)
  if (!verbs.found) return lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
  verbs.toPastTense();
  return doc.text().replace(/^they\s+/u, '') || lemma;
}

/** A verb group as written, without its adverbs ("were still searching" -> "were searching"). */
function verbText(grammar: SentenceGrammar, verb: VerbGroup): string {
  const words: number[] = [];
  for (let i = verb.from; i < verb.to; i++) {
    const w = grammar.words[i];
    if (w.tag === 'ADV' && !/^(?:not|never|n't|up|out|off|down|away|back)$/iu.test(w.text) && !CLAIM.has(grammar.key(i))) continue;
    words.push(i);
  }
  // "Earlier on Friday, the government had freed …": on its own date a pluperfect is a plain past.
  if (words.length === 2 && grammar.key(words[0]) === 'had' && grammar.key(words[1]) !== 'been' && grammar.words[words[1]].tag === 'VERB')
    return pastTense(grammar.lemma(words[1]));
  return render(grammar, words);
}

/**
 * The words after a verb up to the clause's end: without dates, their prepositions, brackets and
 * quoted words (the object stops at a quotation mark). Cut points are before prepositions,
 * conjunctions, commas and relative words, and at the end.
 */
function objectDraft(input: LabelInput, from: number, to: number): Draft {
  const { grammar } = input;
  const draft: Draft = { words: [], cuts: [0], lastResort: [] };
  let depth = 0;
  for (let i = from; i < to; i++) {
    const w = grammar.words[i];
    if (w.text === '(' || w.text === '[') {
      depth++;
      continue;
    }
    if (w.text === ')' || w.text === ']') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth) continue;
    if (input.isQuoted(i) || isHardBreak(grammar.text, grammar.words, i)) break;
    // "released an engineering report from 2018": a year that says which thing, not when the label's
    // event happened, stays (the report is old; its release is the event).
    const year = grammar.words[i + 1]?.text ?? '';
    if (
      grammar.key(i) === 'from' &&
      grammar.words[i - 1]?.tag === 'NOUN' &&
      /^(?:1[6-9]|20)\d\d$/u.test(year) &&
      (i + 1 < input.date.from || i + 1 >= input.date.to)
    ) {
      draft.words.push(i, i + 1);
      i++;
      continue;
    }
    if (input.isDate(i) || dateGlue(input, i)) {
      if (draft.cuts.at(-1) !== draft.words.length) draft.cuts.push(draft.words.length);
      i += dateTail(grammar, i + 1);
      continue;
    }
    // A comma ends the object: what follows is another phrase ("…, the Taliban said"), unless it opens a
    // name in apposition that another comma closes ("urged the group, Hamas, to resume talks").
    if (w.text === ',') {
      const close = appositiveEnd(grammar, i, to);
      if (close < 0) break;
      i = close;
      continue;
    }
    if (isPhraseStart(grammar, i) && draft.cuts.at(-1) !== draft.words.length) draft.cuts.push(draft.words.length);
    else if (grammar.key(i) === 'of' && ownsOf(grammar, i - 1)) draft.lastResort.push(draft.words.length);
    draft.words.push(i);
  }
  if (draft.cuts.at(-1) !== draft.words.length) draft.cuts.push(draft.words.length);
  return draft;
}

// Plurals that count or measure what "of" brings: "hundreds of homes", "tens of thousands of people".
const COUNTING_PLURALS = new Set([
  'series',
  'species',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'tens',
  'scores',
  'lots',
  'tonnes',
  'tons',
  'kilometres',
  'miles',
]);

/**
 * A noun that reads whole without the "of" after it: a plural thing ("the homes [of coal mine workers]",
 * "the filings [of the Fortune 500]"). Not a singular ("a set of", "the birth of", "in front of" tell
 * nothing without it), nor a counting plural ("hundreds of"), nor an event's ("the deaths of").
 */
function ownsOf(grammar: SentenceGrammar, i: number): boolean {
  const w = grammar.words[i];
  if (w?.tag !== 'NOUN' || !/[^s]s$/u.test(w.text) || COUNTING_PLURALS.has(grammar.key(i)) || grammar.words[i - 1]?.tag !== 'DET')
    return false;
  // ("resulted in the deaths [of ten villagers]": an event's "of" names whom it befell.)
  if (isEventNoun(grammar.key(i))) return false;
  // ("said the convictions prove the homes of those uncles are no place": the noun is a subject whose verb
  // comes after its "of"; cut there, the label would say something else.)
  for (let j = i + 2; j < grammar.to && grammar.words[j].tag !== 'PUNCT'; j++) if (isVerb(grammar.words[j])) return false;
  return true;
}

/** The closing comma of a name in apposition opened by the comma at `i` (", Hamas,"), or -1. */
function appositiveEnd(grammar: SentenceGrammar, i: number, to: number): number {
  for (let j = i + 1; j < Math.min(to, i + 5); j++) {
    const w = grammar.words[j];
    if (w.text === ',') return j > i + 1 && grammar.words[j + 1] && !/^(?:PUNCT|VERB|AUX)$/u.test(grammar.words[j + 1].tag) ? j : -1;
    if (w.tag !== 'PROPN') return -1;
  }
  return -1;
}

function isPhraseStart(grammar: SentenceGrammar, i: number): boolean {
  const w = grammar.words[i];
  // "of" holds its noun to the one before ("the death of ten civilians"); "and" between two nouns is one phrase.
  if (w.tag === 'ADP') return grammar.key(i) !== 'of';
  // A list of counts may be cut ("to 12 dead and four wounded"); a list of names may not ("Israel and Hamas").
  // ("a remote and mountainous area": "and" between two adjectives is one phrase too.)
  if (w.tag === 'CCONJ')
    return (
      /^(?:VERB|AUX|ADV|NUM)$/u.test(grammar.words[i + 1]?.tag ?? '') ||
      (grammar.words[i - 1]?.tag === 'ADJ' && grammar.words[i + 1]?.tag !== 'ADJ')
    );
  if (w.tag === 'SCONJ') return true;
  if (w.tag === 'PART' && grammar.key(i) === 'to') return true;
  if (w.tag === 'VERB' && grammar.key(i).endsWith('ing')) return true;
  return w.tag === 'PRON' && /^(?:who|which|that|whose)$/iu.test(w.text);
}

/** A preposition, conjunction or time word that only held a date: "on" in "on Friday", "and" between two. */
function dateGlue(input: LabelInput, i: number): boolean {
  const { grammar } = input;
  const k = grammar.key(i);
  // ("by the end of next year": a part of the period before "of" is the date's too.)
  const part = (j: number): boolean => PERIOD_PARTS.has(grammar.key(j)) && grammar.key(j + 1) === 'of';
  if (!DATE_GLUE.has(k) && k !== 'and' && k !== 'late' && k !== 'early' && k !== 'of' && !part(i)) return false;
  // ("The walk-out on Tuesday", "the sit-in on Monday": a word a hyphen glues to the one before is part of
  // it; "will kick in from January": a verb's particle.)
  if (inParticle(grammar, i) || gluedByHyphen(grammar, i)) return false;
  // The next word that is not glue must be a date, and not one that qualifies a noun ("by Thursday's attacks").
  for (let j = i + 1; j < Math.min(grammar.to, i + 5); j++) {
    if (input.isDate(j)) {
      let end = j;
      while (input.isDate(end)) end++;
      return !/['’]s$/u.test(grammar.words[end - 1].text) && grammar.key(end) !== "'s";
    }
    const kj = grammar.key(j);
    if (!DATE_GLUE.has(kj) && kj !== 'late' && kj !== 'early' && kj !== 'the' && kj !== 'of' && !part(j)) return false;
  }
  return false;
}

/** Drops words a label must not end with: articles, prepositions, conjunctions, possessives, commas. */
function trimDangling(grammar: SentenceGrammar, words: number[]): number[] {
  let end = words.length;
  // "comes at a time when the NHS junior doctors": a clause cut before its verb is left out, opener and all.
  for (let k = end - 1; k > 0; k--) {
    const w = grammar.words[words[k]];
    if (w.tag === 'VERB' || w.tag === 'AUX') break;
    if (CLAUSE_OPENERS.has(w.key) && k < end - 1) {
      end = k;
      break;
    }
  }
  // "has contributed to a recent [marked uptick]": an article and its adjectives, their noun cut off, go too
  // ("cremated the dead", "filed a brief" end their phrase and stay).
  let adjective = end - 1;
  while (adjective >= 0 && /^(?:ADJ|ADV)$/u.test(grammar.words[words[adjective]].tag)) adjective--;
  const after = end > 0 ? grammar.words[words[end - 1] + 1] : undefined;
  const cutOff = after !== undefined && (/^(?:NOUN|PROPN|ADJ)$/u.test(after.tag) || (after.tag === 'VERB' && /ed$/u.test(after.text)));
  if (cutOff && adjective >= 0 && adjective < end - 1 && grammar.words[words[adjective]].tag === 'DET') end = adjective;
  while (end > 0) {
    const w = grammar.words[words[end - 1]];
    const k = w.key;
    // "a sum of N100, 000": a number cut at a comma inside it would say another sum.
    const next = words[end - 1] + 1;
    if (/\d$/u.test(w.text) && grammar.words[next]?.text === ',' && /^\d/u.test(grammar.words[next + 1]?.text ?? '')) {
      end--;
      continue;
    }
    // "was declared over": the end of what was declared, no preposition left hanging.
    if (k === 'over' && ENDED.has(grammar.key(words[end - 1] - 1))) break;
    // "the walk-out", "a sit-in": a word a hyphen glues to the one before ends a word, not a phrase; so
    // does a verb's particle ("will kick in").
    if (inParticle(grammar, words[end - 1]) || (w.tag !== 'PUNCT' && gluedByHyphen(grammar, words[end - 1]))) break;
    if (w.tag === 'PUNCT' || w.tag === 'DET' || w.tag === 'ADP' || w.tag === 'CCONJ' || w.tag === 'SCONJ' || DANGLING.has(k) || k === "'s")
      end--;
    else break;
  }
  return words.slice(0, end);
}

/** Word i is glued by a hyphen to the word before it ("walk-out", "sit-in"). */
function gluedByHyphen(grammar: SentenceGrammar, i: number): boolean {
  const dash = grammar.words[i - 1];
  return dash?.text === '-' && dash.end === grammar.words[i].start && grammar.words[i - 2]?.end === dash.start;
}

/** Word i is "in" right after a verb whose particle it is ("kick in", "set in"). */
const inParticle = (grammar: SentenceGrammar, i: number): boolean =>
  grammar.key(i) === 'in' && isVerb(grammar.words[i - 1]) && IN_PARTICLE_VERBS.has(grammar.lemma(i - 1));

const CLAUSE_OPENERS = new Set(['when', 'where', 'while', 'because', 'whereas', 'although', 'though', 'who', 'which']);

/**
 * How many words at i hedge the date before them and go with it: "in February or possibly later", "by
 * May at the latest", "in June or so"; 0 when none.
 */
function dateTail(grammar: SentenceGrammar, i: number): number {
  const k = (j: number) => (j < grammar.to ? grammar.key(j) : '');
  if (k(i) === 'or') {
    const hedge = /^(?:possibly|perhaps|maybe|even|probably)$/u.test(k(i + 1)) ? 1 : 0;
    return /^(?:later|earlier|sooner|so|after|before)$/u.test(k(i + 1 + hedge)) && !isNominalAt(grammar, i + 2 + hedge) ? 2 + hedge : 0;
  }
  if (k(i) === 'at' && k(i + 1) === 'the' && /^(?:latest|earliest)$/u.test(k(i + 2))) return 3;
  return 0;
}

/** "or later talks": a word that starts a noun phrase after "later", so "later" is not the date's hedge. */
function isNominalAt(grammar: SentenceGrammar, i: number): boolean {
  const tag = i < grammar.to ? grammar.words[i].tag : '';
  return tag === 'NOUN' || tag === 'PROPN' || tag === 'DET' || tag === 'NUM';
}

/** The words of [from, to) a label may hold: no dates, their glue, brackets or quoted words. */
function keptWords(input: LabelInput, from: number, to: number): number[] {
  const { grammar } = input;
  const out: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = grammar.words[i].text;
    const tail = i > from && input.isDate(i - 1) ? dateTail(grammar, i) : 0;
    if (tail) {
      i += tail - 1;
      continue;
    }
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth = Math.max(0, depth - 1);
    else if (!depth && !input.isDate(i) && !dateGlue(input, i) && !input.isQuoted(i) && !/^[“”"«»]$/u.test(t)) out.push(i);
  }
  return trimEdges(grammar, out);
}

function trimEdges(grammar: SentenceGrammar, words: number[]): number[] {
  let start = 0;
  while (start < words.length && (grammar.words[words[start]].tag === 'PUNCT' || grammar.words[words[start]].tag === 'CCONJ')) start++;
  return trimDangling(grammar, words.slice(start));
}

/** Words joined as written: the text's own spacing between neighbours, one space where words were dropped. */
function render(grammar: SentenceGrammar, words: readonly number[]): string {
  let out = '';
  for (let k = 0; k < words.length; k++) {
    const w: Word = grammar.words[words[k]];
    if (k > 0) {
      const previous = words[k - 1];
      if (previous === words[k] - 1) out += spacing(grammar.text.slice(grammar.words[previous].end, w.start));
      else if (!/^[,.;:)’'%]/u.test(w.text)) out += ' ';
    }
    out += w.text;
  }
  return out.trim();
}

/** The text between two neighbouring words with its white space as one space (most gaps are '' or ' ' already). */
function spacing(gap: string): string {
  return gap === '' || gap === ' ' ? gap : gap.replace(/[\s\u00A0]+/gu, ' ');
}

/** Capitalises and tidies a finished label. */
function finish(text: string): string {
  const tidy = text
    // ("SPA — The U.S. trade deficit widened": a dateline's agency or place in capitals, then its dash.)
    .replace(/^\p{Lu}{2,}(?:[\s,]+\p{Lu}{2,})*\s*[–—―]\s*/u, '')
    // ("S.C. -- Alex Murdaugh was sentenced", "said NIGERIA (BNO NEWS) -- At least 24": the same, typed "--",
    // anywhere in the label; a word after it, once mid-label, starts lower-case.)
    .replace(
      /(^|\s)\p{Lu}[\p{Lu}.]*(?:,?\s+\p{Lu}[\p{Lu}.]*)*\s*(?:\([^()]{1,30}\)\s*)?--\s*(\p{Lu}\p{Ll})?/gu,
      (_, before: string, next?: string) => (before ? `${before}${next ? next.toLowerCase() : ''}` : (next ?? '')),
    )
    .replace(/^[\s,;:.–—―-]+/u, '')
    .replace(/\s+([,.;:)])/gu, '$1')
    .replace(/\(\s*\)/gu, '')
    .replace(/[\s,;:.–—-]+$/u, '')
    .replace(/\s{2,}/gu, ' ')
    // ("passed a operating budget", once the date between was taken out: "an".)
    .replace(/\b([Aa]) (?=[ai]|o(?!ne\b|nce\b)|e(?!u)|[AI]|O(?!ne\b))/gu, '$1n ')
    .trim()
    // "sanctioned by the U.N.": an abbreviation keeps its last stop.
    .replace(/\b(\p{Lu}\.(?:\p{Lu}\.)*\p{Lu})$/u, '$1.');
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}

/**
 * A date on a verb of saying. The reported clause comes after the verb ("said on Sunday that the quake
 * killed 2,000", "told EFE the toll rose") or before the attribution ("The quake killed 2,000, the
 * Taliban said Sunday"), quoted or not. The label is "<who> said <what>", in reported speech.
 */
function speechLabel(input: LabelInput, clause: Clause, verb: VerbGroup): string | null {
  const { grammar } = input;
  const who = subjectForms(input, clause, false) ?? borrowedSubject(input, clause, false);
  if (!who) return null;
  const said = saidText(grammar, verb);
  const leads = speakerForms(who).map((speaker) => `${speaker} ${said}`);
  const reported = reportedClause(input, clause, verb);
  if (reported) {
    // The reported clause keeps its pronouns: "Saudi Aramco said it earned", not "… said Saudi Aramco earned".
    const plain: LabelInput = { ...input, referent: () => null };
    const inner = reported.quoted ? unquoted(plain) : plain;
    const text = clauseText(inner, reported.clause, leads);
    // "said it appears the building is": a report cut before its point says nothing.
    if (text && text.length > leads[leads.length - 1].length + 8 && !/\s(?:is|are|was|were|be|been|has|have|had|said|says)$/iu.test(text))
      return reported.quoted ? thirdPerson(text, text.indexOf(said) + said.length) : text;
  }
  // "told Israeli Defense Minister Yoav Gallant": who was told, when what was told cannot be shown.
  if (grammar.lemma(verb.head) === 'tell') {
    const told = objectDraft(input, verb.to, clause.to);
    const listener = told.cuts.find((c) => c > 0);
    if (listener) {
      const words = render(grammar, trimDangling(grammar, told.words.slice(0, listener)));
      const text = speakerForms(who)
        .map((w) => `${w} told ${words}`)
        .find((t) => t.length <= LABEL_MAX);
      if (text) return finish(text);
    }
  }
  return null;
}

/**
 * A speaker in forms from the fullest to the shortest: as written, without its article ("Taliban
 * government spokesman"), the name after a title ("U.S. Secretary of State Antony Blinken" -> "Antony
 * Blinken"), and the body a spokesperson speaks for ("Taliban").
 */
function speakerForms(who: readonly string[]): string[] {
  const forms: string[] = [];
  const surnames: string[] = [];
  for (const name of who) {
    const bare = name.replace(/^(?:an?|the)\s+/iu, '');
    forms.push(name, bare);
    const words = bare.split(/\s+/u);
    // A name at the end: capitalised words (and "al", "bin", "de"…) after a title or a lower-case word.
    let k = words.length;
    while (k > 0 && (/^\p{Lu}/u.test(words[k - 1]) || NAME_PARTICLES.has(words[k - 1])) && !TITLE_WORDS.has(words[k - 1].toLowerCase()))
      k--;
    if (k > 0 && words.length - k >= 2) forms.push(words.slice(k).join(' '));
    // "Lindqvist said": a person's surname, as news names them after the first time, when all else is too long.
    const surname = words.length - k >= 2 && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]) ? words[words.length - 1] : null;
    if (surname) surnames.push(surname);
    // "Taliban government spokesman": the body before a role.
    if (
      /^\p{Lu}/u.test(words[0]) &&
      words.length > 1 &&
      ROLE_NOUNS.has(words[words.length - 1].toLowerCase()) &&
      !/\s(?:of|for|at)\s/u.test(bare)
    ) {
      let j = 1;
      while (j < words.length - 1 && /^\p{Lu}/u.test(words[j])) j++;
      // (Not a people's adjective alone: "Philippine coast guard commander" is no "Philippine".)
      if (j > 1 || !isDemonym(words[0]))
        forms.push(
          words
            .slice(0, j)
            .join(' ')
            .replace(/['’]s$/u, ''),
        );
    }
  }
  return [...new Set([...forms, ...surnames])].filter((f) => f.length > 1);
}

/** The input with quotation marks ignored and first persons made third: reported speech of a quotation. */
function unquoted(input: LabelInput): LabelInput {
  return { ...input, isQuoted: () => false, referent: (i) => FIRST_PERSON[input.grammar.key(i)] ?? input.referent(i) };
}

/** The verb of saying as the label gives it: "told EFE" becomes "said"; "have admitted" stays. */
function saidText(grammar: SentenceGrammar, verb: VerbGroup): string {
  if (grammar.lemma(verb.head) === 'tell') return 'said';
  return verbText(grammar, verb);
}

/** The clause a verb of saying reports: its complement after it, or the clause before the attribution. */
function reportedClause(input: LabelInput, attribution: Clause, verb: VerbGroup): { clause: Clause; quoted: boolean } | null {
  const { grammar } = input;
  let i = verb.to;
  // Skip the listener and the date: "told EFE on Sunday that", "told reporters", "said on Sunday".
  let listener = grammar.lemma(verb.head) === 'tell';
  while (i < grammar.to) {
    const w = grammar.words[i];
    if (input.isDate(i) || dateGlue(input, i) || w.tag === 'ADV') i++;
    else if (listener && (w.tag === 'PROPN' || w.tag === 'NOUN' || w.tag === 'PRON' || LISTENERS.has(grammar.key(i)))) {
      // One listener: "told EFE", "told Agence France-Presse (AFP)", "told reporters".
      while (i < grammar.to && (['PROPN', 'NOUN', 'ADJ', 'DET'].includes(grammar.words[i].tag) || grammar.words[i].text === '-')) i++;
      if (grammar.words[i]?.text === '(') while (i < grammar.to && grammar.words[i - 1].text !== ')') i++;
      listener = false;
    } else break;
  }
  if (grammar.key(i) === 'that' || grammar.words[i]?.text === ':' || grammar.words[i]?.text === ',') i++;
  // "police said yesterday, ending an ordeal that brought …": the writer's phrase, not what was said.
  // (Nor ", as the country mourned …": an adverbial clause the writer adds.)
  const participle =
    (grammar.words[i]?.tag === 'VERB' && /ing$/iu.test(grammar.words[i].text)) ||
    /^(?:as|when|while|after|before|because|since|although|though|until|amid|where)$/u.test(grammar.key(i));
  const after = grammar.verbGroups().find((g) => g.from > i && g.finite);
  if (after && i < grammar.to && !participle) {
    const clause = grammar.clauseAround(after.from, after.to);
    // ("reported a net profit of Rs64 crore in the quarter ended March": a period "ended" or "ending" a month
    // is a name of the period, no verb of a reported clause.)
    const periodEnded =
      /^(?:quarter|year|month|half|period|week)$/u.test(grammar.key(after.from - 1)) && grammar.lemma(after.head) === 'end';
    if (clause.verb && clause.subject && clause.subject.from >= i - 1 && !periodEnded)
      return { clause: { ...clause, from: i, role: 'complement', opener: -1 }, quoted: input.isQuoted(after.from) };
  }
  // "…, the Taliban said Sunday": the sentence's first clause is what was said, when the attribution
  // follows it (not "20 more than he reported on Sunday", nor "announced a record profit").
  if (attribution.role !== 'attribution' && (attribution.role !== 'main' || !endsAttribution(input, verb, attribution.subject)))
    return null;
  // ("A new wing at Mater Dei Hospital which is to be used as … is to open …, the government announced":
  // the verb of a relative or adverbial clause is not the sentence's, when the sentence has one of its own.)
  const ownClause = (g: VerbGroup): boolean => !['relative', 'adverbial'].includes(grammar.clauseAround(g.from, g.to).role);
  // (With none of its own, a sentence's one relative verb tells what was said: "A dam burst …, releasing a wall
  // of water that killed 8 people, the agency said". Two mean a relative clause lost its closing comma.)
  const finite = grammar.verbGroups().filter((g) => g.finite && g.to <= verb.from);
  const first = finite.find(ownClause) ?? (finite.length === 1 ? finite[0] : undefined);
  if (!first) return null;
  const clause = grammar.clauseAround(first.from, first.to);
  if (!clause.subject || clause.verb?.from !== first.from) return null;
  return { clause: { ...clause, to: Math.min(clause.to, verb.from) }, quoted: input.isQuoted(first.from) };
}

/** "we reached" -> "they reached", after the speaker's prefix (whose own words are left alone). */
function thirdPerson(text: string, from: number): string {
  const head = text.slice(0, from);
  const tail = text
    .slice(from)
    .replace(/\b(?:I|[Ww]e)\b(\s+)(?:am|was)\b/gu, (_, space: string) => `they${space}${/was/u.test(_) ? 'were' : 'are'}`)
    .replace(/\b(?:I|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur|[Mm]ine)\b/gu, (w: string) => FIRST_PERSON[w.toLowerCase()] ?? w);
  return head + tail;
}

/** A speaker's name short enough to lead a label: "Mario Ngavho", "a Red Cross worker" (no "in North Kivu"). */
function shortName(name: string): string {
  const cut = name
    .replace(/\s*\([^()]*\)/gu, '')
    .replace(/^(?:a|an|the)\s+/iu, '')
    .split(/,|\s(?:in|of|at|from|for|with)\s/u)[0]
    .trim();
  return cut.length <= 28 ? cut : cut.split(/\s+/u).slice(-2).join(' ');
}

/**
 * A date that qualifies a noun: "Sunday's vote", "Friday’s sinking of the ferry", "the 2018 report", "a
 * June agreement", "an engineering report from 2018". The noun (and a short phrase after it) is the
 * event; when it is the clause's subject, the clause says what it did ("Sunday's quake toppled
 * thousands of buildings"), and a relative clause after it what it did too ("a report from 2018 that
 * warned of damage").
 */
/** Prepositions of place that may follow a dated noun: "Thursday's fire at the fuel depot". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'outside', 'inside']);

/**
 * Where a dated noun phrase that ends at `end` happened, when a place phrase follows it ("Thursday's
 * fire at the Port Keswick fuel depot", "Sunday's vote in Ostvale"): the end of that phrase, else `end`.
 * Without it, two reports of one fire are labelled "Fire" and "Blaze" and no reader can tell which.
 */
function withPlacePhrase(input: LabelInput, end: number): number {
  const { grammar } = input;
  if (!PLACE_PREPOSITIONS.has(grammar.key(end))) return end;
  let j = end + 1;
  if (grammar.words[j]?.tag === 'DET') j++;
  const start = j;
  while (j < grammar.to && !input.isDate(j) && ['NOUN', 'PROPN', 'ADJ'].includes(grammar.words[j].tag)) j++;
  return j > start && ['NOUN', 'PROPN'].includes(grammar.words[j - 1].tag) ? j : end;
}

function modifierLabel(input: LabelInput, lead: readonly string[] | null): Proposal | null {
  const { grammar, date, clause } = input;
  const from = grammar.key(date.from - 1) === 'from' || grammar.key(date.from) === 'from' ? nounBeforeFrom(grammar, date) : null;
  if (from) {
    const text = nounPhraseLabel(input, from, date.to, lead);
    return text ? { text, rule: 'label.modifier' } : null;
  }
  let i = date.to;
  const last = grammar.words[date.to - 1];
  const possessive = /['’]s$/u.test(last.text) || grammar.key(i) === "'s";
  if (grammar.key(i) === "'s") i++;
  const next = grammar.words[i];
  if (!next || !['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(next.tag)) return null;
  if (!possessive && !modifierPosition(grammar, date.from)) return null;
  // "Hamas’s October 7 attack": the owner comes with the noun.
  let owner = -1;
  if (!possessive && /^['’]s$/u.test(grammar.words[date.from - 1]?.text ?? '')) {
    owner = date.from - 1;
    while (owner > grammar.from && grammar.words[owner - 1].tag === 'PROPN') owner--;
  }
  // The noun phrase: adjectives, numbers, names and nouns (hyphenated ones whole) up to its head.
  let end = i;
  while (end < grammar.to && !input.isDate(end)) {
    const w = grammar.words[end];
    const hyphen = w.text === '-' && grammar.words[end - 1].end === w.start;
    if (!['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(w.tag) && !hyphen) break;
    end++;
  }
  if (end === i || grammar.words[end - 1].tag === 'ADJ' || (!possessive && grammar.words[end - 1].tag !== 'NOUN')) return null;
  const noun = grammar.words[end - 1];
  end = withPlacePhrase(input, end);
  let verbAt = end;
  while (grammar.words[verbAt]?.tag === 'ADV') verbAt++;
  if (clause.verb && clause.verb.from === verbAt && clause.verb.finite) {
    // The phrase is the clause's subject: "Sunday's quake toppled…".
    const text = clauseText(input, { ...clause, subject: { from: i, to: end } }, lead);
    if (text) return { text, rule: 'label.modifier' };
  }
  // "Six workers died in Thursday's blaze", "were hurt during Sunday's match": what the clause tells
  // happened in the dated event, so on its day (not "arrested a man after Thursday's blaze").
  if (
    possessive &&
    IN_EVENT.has(grammar.key(date.from - 1)) &&
    clause.verb?.finite &&
    clause.verb.to <= date.from &&
    // (An act, not a state: "Turnout was low in Sunday's vote" tells nothing done.)
    grammar.lemma(clause.verb.head) !== 'be' &&
    // (Not "the number of workers killed in Thursday's fire rose to 14": the sentence's verb follows.)
    !grammar.verbGroups().some((g) => g.finite && g.from >= end && g.from < clause.to) &&
    // (Nor a claim: "Seventeen workers died in Thursday's blaze, the union said" is the union's count,
    // which a label without its source would state as fact.)
    !grammar.verbGroups().some((g) => SAYING.has(grammar.lemma(g.head))) &&
    noun.tag === 'NOUN' &&
    isEventNoun(noun.key)
  ) {
    const text = clauseText(input, clause, lead);
    if (text) return { text, rule: 'label.clause' };
  }
  const text =
    owner >= 0
      ? fitPhrase(grammar, [...range(owner, date.from), ...range(i, end)])
      : nounPhraseLabel(input, { from: i, to: end }, end, lead);
  return text ? { text, rule: 'label.modifier' } : null;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** "an engineering report from 2018": the noun phrase before "from". */
function nounBeforeFrom(grammar: SentenceGrammar, date: WordSpan): WordSpan | null {
  const fromWord = grammar.key(date.from) === 'from' ? date.from : date.from - 1;
  let start = fromWord;
  while (start > grammar.from && ['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM'].includes(grammar.words[start - 1].tag)) {
    start--;
    if (grammar.words[start].tag === 'DET') break;
  }
  if (start === fromWord || grammar.words[fromWord - 1].tag !== 'NOUN' || grammar.words[start].tag !== 'DET') return null;
  return { from: start, to: fromWord };
}

/**
 * A noun phrase as a label, with one short phrase after it ("of the ferry"), or, when a relative clause
 * follows at `after` ("that warned of damage"), that clause with the phrase as its subject.
 */
function nounPhraseLabel(input: LabelInput, phrase: WordSpan, after: number, lead: readonly string[] | null): string | null {
  const { grammar } = input;
  let k = after;
  if (grammar.words[k]?.text === ',') k++;
  if (/^(?:that|which)$/iu.test(grammar.words[k]?.text ?? '') && grammar.words[k + 1] && /^(?:VERB|AUX)$/u.test(grammar.words[k + 1].tag)) {
    const relative = grammar.clauseAround(k + 1, k + 2);
    if (relative.verb) {
      const text = clauseText(input, { ...relative, subject: phrase }, lead);
      if (text) return text;
    }
  }
  const words: number[] = [];
  for (let j = phrase.from; j < phrase.to; j++) if (!input.isDate(j)) words.push(j);
  const end = phrase.to;
  // "of the ferry", "by the army": one short phrase after the noun.
  if (['of', 'by', 'in', 'against', 'on'].includes(grammar.key(end))) {
    const tail = [end];
    for (let j = end + 1; j < Math.min(grammar.to, end + 7); j++) {
      const w = grammar.words[j];
      if (!['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(w.tag) || input.isDate(j) || (input.isQuoted(j) && !input.speaker)) break;
      tail.push(j);
    }
    if (tail.length > 1) words.push(...tail);
  }
  return fitPhrase(grammar, trimDangling(grammar, words));
}

/** "the 2018 report", "a June agreement", "in the October slaying": an article or preposition before the date. */
function modifierPosition(grammar: SentenceGrammar, from: number): boolean {
  const before = grammar.words[from - 1];
  if (!before) return false;
  return before.tag === 'DET' || before.tag === 'ADP' || (before.tag === 'PRON' && /^(?:its|their|his|her|our)$/iu.test(before.text));
}

/** No verb to build on: the words of the date's phrase around it, cut between phrases. */
function phraseText(input: LabelInput): string {
  const { grammar, clause } = input;
  const words = keptWords(input, clause.from, clause.to);
  const draft: Draft = { words, cuts: [], lastResort: [] };
  for (let k = 1; k <= words.length; k++) if (k === words.length || isPhraseStart(grammar, words[k])) draft.cuts.push(k);
  // A cut must keep a word that says something: "In", "The" or "She" alone is no label.
  const content = (kept: number[]) => kept.some((i) => /^(?:NOUN|PROPN|VERB|NUM)$/u.test(grammar.words[i].tag));
  for (let c = draft.cuts.length - 1; c >= 0; c--) {
    const kept = trimDangling(grammar, words.slice(0, draft.cuts[c]));
    const text = render(grammar, kept);
    if (text.length <= LABEL_MAX && text && content(kept)) return finish(text);
  }
  // No phrase fits: as many words as fit, cut between words ("The National Abortion and Reproductive Rights
  // Action League" rather than "The").
  let fit = 0;
  while (fit < words.length && render(grammar, words.slice(0, fit + 1)).length <= LABEL_MAX) fit++;
  const kept = trimDangling(grammar, words.slice(0, fit));
  if (content(kept)) return finish(render(grammar, kept));
  const first = render(grammar, words.slice(0, 1));
  return finish(first || grammar.text.slice(grammar.words[input.date.from].start, grammar.words[input.date.to - 1].end));
}

/**
 * The label for a paragraph too long for the linguistic layer (hostile input): the sentence's words
 * around the date, without it, cut at a word boundary.
 */
export function fallbackLabel(text: string, date: { start: number; end: number }, sentence: { start: number; end: number }): Label {
  // Only the words nearest the date are read: a label holds at most LABEL_MAX characters.
  const before = text.slice(Math.max(sentence.start, date.start - LABEL_MAX), date.start).replace(/^\S*\s/u, '');
  const after = text.slice(date.end, Math.min(sentence.end, date.end + LABEL_MAX));
  let out = '';
  for (const word of `${before} ${after}`.replace(/[“”"«»]/gu, '').split(/\s+/u)) {
    if (!word) continue;
    if (out.length + word.length + 1 > LABEL_MAX) break;
    out = out ? `${out} ${word}` : word;
  }
  // Words around the date cut to length, with no grammar read: never whole.
  return { text: finish(out || text.slice(date.start, date.end).slice(0, LABEL_MAX)), rule: 'label.phrase', whole: false };
}

/** Whether nothing but dates, adverbs, "in a statement"-like phrases or a listener follows the verb. */
function endsAttribution(input: LabelInput, verb: VerbGroup, speaker: WordSpan | null): boolean {
  const { grammar } = input;
  for (let i = verb.to; i < grammar.to; i++) {
    const w = grammar.words[i];
    // '…,” said Abdul Wahid Rayan, a spokesman': the speaker after the verb.
    if (speaker && i >= speaker.from && i < speaker.to) continue;
    if (w.text === ',' || /^[.!?]$/u.test(w.text)) return true;
    if (input.isDate(i) || dateGlue(input, i) || w.tag === 'ADV' || LISTENERS.has(grammar.key(i))) continue;
    if (w.tag === 'ADP' && /^(?:in|on|at|to)$/iu.test(w.text)) continue;
    if ((w.tag === 'NOUN' || w.tag === 'PROPN' || w.tag === 'DET') && /^(?:in|on|at|to|a|an|the)$/iu.test(grammar.words[i - 1].text))
      continue;
    if (grammar.lemma(verb.head) === 'tell' && (w.tag === 'PROPN' || w.tag === 'NOUN')) continue;
    return false;
  }
  return true;
}
