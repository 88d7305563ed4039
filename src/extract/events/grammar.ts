// A shallow reading of the clause that holds a date, on the linguistic layer's parts of speech: where the
// clause starts and ends, what opens it ("when", "that", a comma and a participle…), its verb group, the
// verb group's tense and its subject. Tense (events/index.ts), kinds (kind.ts) and labels (label.ts) all
// read it. Everything is bounded by the sentence and scanned word by word, never re-tagged.
import type { Analysis, Word } from '../text/language.ts';
import { SAYING_VERBS } from '../quotes/lexicon.ts';
import { isRoleWord } from '../entities/lexicon.ts';
import {
  COMPLEMENT_VERBS,
  COPULA_FUTURE,
  FUTURE_AUXILIARIES,
  FUTURE_NOUNS_BEFORE_TO,
  FUTURE_PARTICIPLES,
  NOMINATIVE_PRONOUNS,
  PAST_AUXILIARIES,
  POSSESSIVES,
  PREPOSITION_LIKE,
  RELATIVE_WORDS,
  SUBORDINATORS,
} from './lexicon.ts';

/** A range of word indices, [from, to). */
export interface WordSpan {
  from: number;
  to: number;
}

/** How a clause is joined to the rest of its sentence. */
export type ClauseRole =
  | 'main' // the sentence's own clause, or one after a semicolon or colon
  | 'relative' // "(the avalanche) that hit the resort", "(Goma,) which the rebels took"
  | 'adverbial' // "when Hamas stormed across the border", "after police arrived"
  | 'complement' // "(said) that the strike killed 40"
  | 'coordinate' // "and ended quickly" (shares its subject), "but the police said"
  | 'attribution' // ", a Taliban spokesman said Sunday" (opened by its comma)
  | 'participle'; // ", killing 18", ", led by the army"

// The copulas of the present tense: "is" alone, or before a participle ("is unveiled").
const PRESENT_COPULAS = new Set(['is', 'are', 'am', "'s", "'re"]);

export type Tense = 'past' | 'present' | 'future' | 'infinitive' | 'none';

export interface VerbGroup extends WordSpan {
  /** The main verb (the last verb of the group), or the copula when there is none. */
  head: number;
  tense: Tense;
  /** A finite verb (not "killing", "to meet", or "led by" after a noun). */
  finite: boolean;
}

export interface Clause extends WordSpan {
  role: ClauseRole;
  /** The word that opens the clause ("when", "that", "and"), or -1. */
  opener: number;
  verb: VerbGroup | null;
  /** Its subject: the noun phrase before the verb, or what a relative word stands for. */
  subject: WordSpan | null;
}

const SAYING = new Set(SAYING_VERBS);
const HARD_BREAKS = new Set([';', ':', '—', '–', '(', ')', '[', ']', '“', '”', '"', '«', '»', '…']);
const OPENING_MARKS = new Set(['“', '«', '‘']);
const CLOSING_MARKS = new Set(['”', '»', '’']);

// Words inside a speaker's noun phrase: "reports from locals and media", "a spokesperson for the office".
// Verbs whose past is their base form: "hit", "cut", "set"…
const SAME_PAST = new Set([
  'hit',
  'cut',
  'put',
  'set',
  'let',
  'cost',
  'hurt',
  'shut',
  'spread',
  'quit',
  'burst',
  'cast',
  'broadcast',
  'bet',
  'split',
  'upset',
  'beat',
  'struck',
]);
const FUTURE_PARTICIPLE_WORDS = new Set(['set', 'scheduled', 'slated', 'planned', 'due']);
const AHEAD_MODALS = new Set(['must', 'should', 'may', 'might', 'can', 'ought']);
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'do', 'does', 'did', "'ll"]);
// Words after which "to" is a preposition: "due to heat", "according to police", "prior to the vote".
const COMPOUND_PREPOSITIONS = new Set(['due', 'owing', 'according', 'thanks', 'prior', 'next', 'close', 'related', 'compared']);
// Particles of phrasal verbs: "shot up", "called off", "pulled out".
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'away', 'back']);
// "those killed by gunfire": a pronoun a participle can follow as if it were a noun.
const DEMONSTRATIVES = new Set(['those', 'these', 'others', 'many', 'some', 'all']);
// "people thought to be inside", "believed to have": passive participles of reporting.
const PASSIVE_REPORTING = new Set([
  'think',
  'believe',
  'fear',
  'know',
  'say',
  'report',
  'expect',
  'presume',
  'estimate',
  'understand',
  'suspect',
  'feel',
  'consider',
]);
const ATTRIBUTION_LINKS = new Set(['of', 'from', 'for', 'at', 'in', 'and', 'with', '-']);
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);
// Noun phrases and the prepositions that chain them: a verb's object with its phrases of "of" and "in".
const PHRASE_RUN_TAGS = new Set(['ADP', 'NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);
// "at least 221", "more than 40", "up to 30", "nearly 700": words that open a counted noun phrase.
const QUANTIFIER_HEADS = new Set([
  'at',
  'more',
  'less',
  'fewer',
  'up',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'as',
  'roughly',
  'approximately',
  'only',
  'just',
  'another',
]);
const QUANTIFIER_TAILS = new Set(['least', 'most', 'than', 'to', 'many', 'much']);

const key = (w: Word | undefined): string => (w ? w.key : '');
// Prepositions whose object may run on over commas as a list.
const LISTING = new Set(['among', 'amongst', 'between', 'including', 'except', 'excluding']);
export const isVerb = (w: Word | undefined): boolean => !!w && (w.tag === 'VERB' || w.tag === 'AUX');
const isNominal = (w: Word | undefined): boolean => !!w && (w.tag === 'NOUN' || w.tag === 'PROPN' || w.tag === 'PRON' || w.tag === 'NUM');

/**
 * Whether each word of the paragraph stands inside quotation marks. Curly marks pair up; a straight
 * '"' toggles; a single ‘…’ pair counts when it opens a word and closes one. A mark left open at the
 * paragraph's end quotes to the end (a quote that runs on into the next paragraph).
 */
export function quotedWords(words: readonly Word[]): number[] {
  const quoted: number[] = new Array<number>(words.length).fill(0);
  let open = false;
  let single = false;
  // Where the sentence being read began, and the one before it: a quotation that lost its opening mark
  // began there (after the last full stop or closing mark).
  let sentenceFrom = 0;
  let previousFrom = 0;
  for (let i = 0; i < words.length; i++) {
    const t = words[i].text;
    if (/^[.!?]$/u.test(t) && !open) {
      previousFrom = sentenceFrom;
      sentenceFrom = i + 1;
    }
    if (t === '“' || t === '«' || (t === '"' && !open)) {
      open = true;
      continue;
    }
    if (t === '”' || t === '»' || (t === '"' && open)) {
      // "…the trend is continued in January as well,” the governor added": a closing mark after punctuation
      // with no opening one lost it; its sentence, back to the last full stop, is quoted.
      // (A word is marked at most once: the scan stays linear.)
      if (!open && t !== '"' && /^[,.!?]$/u.test(words[i - 1]?.text ?? '')) {
        for (let k = words[i - 1].text === ',' ? sentenceFrom : previousFrom; k < i; k++) quoted[k] = 1;
      }
      sentenceFrom = i + 1;
      previousFrom = i + 1;
      open = false;
      continue;
    }
    // ("Zambia ‘s President": an apostrophe typed as an opening mark before a possessive "s".)
    if (t === '‘' && words[i].tag === 'PUNCT' && !(words[i + 1]?.text === 's' && words[i + 1].start === words[i].end)) {
      single = true;
      continue;
    }
    if (t === '’' && single && words[i].tag === 'PUNCT') {
      single = false;
      continue;
    }
    if (open || single) quoted[i] = 1;
  }
  return quoted;
}

/** Whether word i is a hard clause break: a semicolon, colon, dash, bracket or quotation mark. */
export function isHardBreak(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i];
  // "ISTANBUL, Turkey _ Some 1,500 Albanians marched": wire copy's dateline ends with an underscore (tagged X).
  if (w.text === '_') return true;
  if (w.tag !== 'PUNCT' && w.tag !== 'SYM' && !OPENING_MARKS.has(w.text) && !CLOSING_MARKS.has(w.text)) return false;
  if (HARD_BREAKS.has(w.text)) return true;
  // A hyphen with a space on either side is a dash ("Kinshasa - At least"); inside a word it is not.
  return w.text === '-' && (text[w.start - 1] === ' ' || text[w.end] === ' ');
}

/** Reads the sentence words [from, to) of one paragraph. */
export class SentenceGrammar {
  readonly text: string;
  readonly words: readonly Word[];
  readonly from: number;
  readonly to: number;
  private readonly analysis: Analysis;
  private groups: VerbGroup[] | null = null;

  /** Whether word i belongs to a date expression: no verb group is read inside one ("until 8 am"). */
  private readonly inDate: (i: number) => boolean;

  constructor(text: string, analysis: Analysis, from: number, to: number, inDate: (i: number) => boolean = () => false) {
    this.text = text;
    this.analysis = analysis;
    this.words = analysis.words;
    this.from = from;
    this.to = to;
    this.inDate = inDate;
  }

  lemma(i: number): string {
    return this.analysis.lemma(i);
  }

  key(i: number): string {
    return key(this.words[i]);
  }

  /** Every verb group of the sentence, in order. */
  verbGroups(): VerbGroup[] {
    if (this.groups) return this.groups;
    const groups: VerbGroup[] = [];
    for (let i = this.from; i < this.to; i++) {
      if (this.inDate(i)) continue;
      const group = this.groupAt(i);
      if (!group) continue;
      groups.push(group);
      i = group.to - 1;
    }
    // "missionaries from a group kidnapped in Haiti in October have been released": a bare participle after
    // a noun, followed in its clause by another finite verb, is that noun's participle, not a verb of its own.
    for (let g = 0; g < groups.length - 1; g++) {
      const group = groups[g];
      const next = groups[g + 1];
      if (!group.finite || group.from !== group.head || !key(this.words[group.head]).endsWith('ed')) continue;
      const before = this.words[group.from - 1];
      if (!before || (before.tag !== 'NOUN' && before.tag !== 'PROPN') || !next.finite || this.words[next.from].tag !== 'AUX') continue;
      let between = true;
      for (let i = group.to; i < next.from && between; i++) {
        const w = this.words[i];
        if (w.text === ',' || w.tag === 'CCONJ' || w.tag === 'SCONJ' || w.tag === 'PRON' || isHardBreak(this.text, this.words, i))
          between = false;
      }
      if (between) groups[g] = { ...group, finite: false };
    }
    return (this.groups = groups);
  }

  /** The verb group starting at word i, if one does: auxiliaries, "not", adverbs and "to" before a verb. */
  private groupAt(i: number): VerbGroup | null {
    const { words } = this;
    const first = words[i];
    // "died due to heat", "according to police": "to" after these is a preposition, unless a copula comes
    // first ("was due to arrive").
    const compound = COMPOUND_PREPOSITIONS.has(key(words[i - 1])) && !(words[i - 2]?.tag === 'AUX');
    // An infinitive's verb is a base form: "to resume", not "to ousted President".
    const toInfinitive =
      first.tag === 'PART' && key(first) === 'to' && isVerb(words[i + 1]) && !compound && key(words[i + 1]) === this.lemma(i + 1);
    if (!isVerb(first) && !toInfinitive) return null;
    // "due to heat exposure", "thanks to rain": the tagger's verb after such a "to" starts a noun phrase.
    if (key(words[i - 1]) === 'to' && COMPOUND_PREPOSITIONS.has(key(words[i - 2])) && !(words[i - 3]?.tag === 'AUX')) return null;
    // "snow-entombed", "Islamist-led": a participle joined to the word before it is part of an adjective.
    if (words[i - 1]?.text === '-' && words[i - 1].end === first.start) return null;
    let end = i + 1;
    let head = toInfinitive ? i + 1 : i;
    for (let j = i + 1; j < this.to; j++) {
      const w = words[j];
      if (isVerb(w)) {
        // "had been killed", "will resume": another verb continues the group only after an auxiliary.
        if (words[head].tag !== 'AUX' && !(toInfinitive && j === i + 1)) break;
        head = j;
        end = j + 1;
        continue;
      }
      const k = key(w);
      if ((w.tag === 'PART' && (k === 'not' || k === "n't")) || (w.tag === 'ADV' && isVerb(words[j + 1]) && words[head].tag === 'AUX')) {
        continue;
      }
      // "shot up", "called off", "blew himself up" stay with their verb.
      if (j === head + 1 && words[head].tag === 'VERB' && PARTICLES.has(k) && (w.tag === 'ADP' || w.tag === 'ADV' || w.tag === 'PART')) {
        end = j + 1;
      }
      break;
    }
    return { from: i, to: end, head, tense: this.tenseOf(i, end, head), finite: this.isFinite(i, head) };
  }

  private tenseOf(from: number, to: number, head: number): Tense {
    const { words } = this;
    const keys: string[] = [];
    for (let j = from; j < to; j++) if (isVerb(words[j]) || words[j].tag === 'PART') keys.push(key(words[j]));
    if (keys[0] === 'to') return 'infinitive';
    // ("going" only in "going to" and a verb: "before going missing on Saturday" is no future.)
    const goingTo = (j: number) => key(words[j]) === 'going' && key(words[j + 1]) === 'to' && isVerb(words[j + 2]);
    if (keys.some((k) => FUTURE_AUXILIARIES.has(k) && k !== 'going')) return 'future';
    for (let j = from; j < to; j++) if (goingTo(j)) return 'future';
    // "must be returned by Jan. 14", "may extend": an obligation or a possibility lies ahead; "could have
    // been" lies behind.
    if (AHEAD_MODALS.has(keys[0])) return keys[1] === 'have' ? 'past' : 'future';
    // "is to visit", "are due to": a copula before an infinitive is an arrangement.
    if (COPULA_FUTURE.has(keys[0]) && key(words[to]) === 'to' && isVerb(words[to + 1])) return 'future';
    if (keys.some((k) => PAST_AUXILIARIES.has(k))) return 'past';
    // "has been", "have killed": the present perfect tells the past.
    if ((keys[0] === 'has' || keys[0] === 'have' || keys[0] === "'ve") && keys.length > 1) return 'past';
    const w = words[head];
    const k = key(w);
    if (w.tag === 'AUX') return PRESENT_COPULAS.has(k) ? 'present' : 'none';
    // "when the budget is unveiled on March 22": a present passive is a present, not the participle's past.
    if (PRESENT_COPULAS.has(keys[0]) && keys.length === 2 && head !== from) return 'present';
    if (k.endsWith('ing')) return keys.length > 1 ? 'present' : 'none';
    const lemma = this.lemma(head);
    // "the avalanche that hit the resort", "prices cut": these verbs' past is their base form, and news
    // tells the past.
    if (k === lemma && SAME_PAST.has(k) && !this.afterModal(from)) return 'past';
    if (k === lemma) return 'present';
    if (k.endsWith('s') && !k.endsWith('ss') && (k === `${lemma}s` || k === `${lemma}es` || k.endsWith('ies'))) return 'present';
    return 'past';
  }

  /** Whether a modal, "do" or "to" stands right before word i ("could hit", "did not cut", "to set"). */
  private afterModal(i: number): boolean {
    const before = key(this.words[i - 1]);
    return MODALS.has(before) || before === 'to' || before === 'not' || before === "n't";
  }

  /** Not finite: "killing" alone, "to meet", or a participle after a noun that "by" follows ("led by"). */
  private isFinite(from: number, head: number): boolean {
    const { words } = this;
    const first = words[from];
    if (first.tag === 'PART') return false;
    if (from === head && first.tag === 'VERB') {
      const k = key(first);
      if (k.endsWith('ing')) return false;
      const before = words[from - 1];
      const afterNoun =
        before && (before.tag === 'NOUN' || before.tag === 'PROPN' || (before.tag === 'PRON' && DEMONSTRATIVES.has(key(before))));
      // "a summit set for April", "talks scheduled for Monday": an arrangement's participle after its noun.
      // "the government planned to pay" is the verb of its clause.
      if (
        afterNoun &&
        FUTURE_PARTICIPLE_WORDS.has(k) &&
        (key(words[head + 1]) === 'for' || (key(words[head + 1]) === 'to' && !isVerb(words[head + 2])))
      )
        return false;
      if (afterNoun && k !== this.lemma(from)) {
        // A participle after a noun, not its verb: "those killed by gunfire", "people thought to be inside".
        if (key(words[head + 1]) === 'by') return false;
        if (key(words[head + 1]) === 'to' && PASSIVE_REPORTING.has(this.lemma(head)) && /^(?:be|have)$/u.test(key(words[head + 2])))
          return false;
        let j = from - 1;
        while (j > this.from && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(words[j - 1].tag)) j--;
        const opener = words[j - 1];
        // "In an audio message shared on social media, X said": inside a fronted phrase.
        const fronted = j - 1 === this.from || words[j - 2]?.text === ',' || (j - 2 >= this.from && isHardBreak(this.text, words, j - 2));
        if (opener?.tag === 'ADP' && fronted && !SUBORDINATORS.has(key(opener)) && k.endsWith('ed')) return false;
        // "ordered flags flown at half-mast": after the object of a verb. Not of a verb in a relative clause:
        // in "Residents who fled the storm returned home", "returned" is the sentence's own verb.
        const relativeVerb = words[j - 2]?.tag === 'PRON' && /^(?:who|which|that)$/u.test(key(words[j - 2]));
        if (opener && opener.tag === 'VERB' && this.lemma(j - 1) !== key(opener) && !relativeVerb) return false;
        // "has received the most votes in the election of the House held on November 20": after the object of
        // a verb and its phrases of "of" and "in", a participle still describes a noun of that object.
        // ("The news came a day after the Labor Department said": "after" opens a clause of its own.)
        if (opener?.tag === 'ADP' && !SUBORDINATORS.has(key(opener)) && this.objectOfVerbBefore(j - 1)) return false;
      }
    }
    return true;
  }

  /**
   * Whether the words before `i` (a preposition) run back over noun phrases and prepositions, within 20
   * words, to a verb that takes them as its object: not one that a report or a thought follows ("said the
   * leader of the gang resigned"), nor a relative clause's ("people who received the aid of the state left").
   */
  private objectOfVerbBefore(i: number): boolean {
    const { words } = this;
    for (let j = i; j > this.from && i - j <= 20; j--) {
      const w = words[j];
      const inWord = w.text === '-' && !isHardBreak(this.text, words, j); // "first-past-the-post"
      if (inWord || PHRASE_RUN_TAGS.has(w.tag)) continue;
      if (w.tag !== 'VERB') return false;
      const lemma = this.lemma(j);
      if (SAYING.has(lemma) || COMPLEMENT_VERBS.has(lemma) || key(w).endsWith('ing')) return false;
      // The verb of the clause: after an auxiliary ("has received"), or in the past after a bare subject that
      // opens the sentence ("Police arrested"); not a participle after a noun itself ("Rescuers digging
      // through a hotel buried by an avalanche").
      if (words[j - 1]?.tag === 'AUX') return true;
      for (let k = this.from; k < j; k++)
        if (isVerb(words[k]) || words[k].tag === 'ADP' || /^(?:who|which|that)$/u.test(key(words[k]))) return false;
      return key(w) !== lemma && !key(w).endsWith('s'); // the past, not "shaves"
    }
    return false;
  }

  /** The verb group holding word i, if any. */
  groupHolding(i: number): VerbGroup | null {
    for (const g of this.verbGroups()) if (g.from <= i && i < g.to) return g;
    return null;
  }

  /** Whether word i opens a clause, and as what. */
  openerRole(i: number): ClauseRole | null {
    const { words } = this;
    const w = words[i];
    const k = key(w);
    const previous = words[i - 1];
    if (RELATIVE_WORDS.has(k) && (w.tag === 'PRON' || w.tag === 'DET' || w.tag === 'ADV' || w.tag === 'SCONJ')) {
      if (k === 'that') {
        if (w.tag === 'SCONJ' || (previous && isVerb(previous))) return 'complement';
        if (w.tag === 'DET' && !isVerb(words[i + 1])) return null; // "that day", "that year"
      }
      if ((k === 'when' || k === 'where') && previous && previous.tag !== 'NOUN' && previous.tag !== 'PROPN' && previous.tag !== 'PUNCT')
        return 'adverbial';
      return i === this.from ? null : 'relative';
    }
    // "were confirmed as injured", "was listed as missing": "as" between a verb and its complement opens
    // no clause ("left as police arrived" does).
    if (k === 'as' && previous && isVerb(previous) && (words[i + 1]?.tag === 'VERB' || words[i + 1]?.tag === 'ADJ')) return null;
    if (SUBORDINATORS.has(k) && (w.tag === 'SCONJ' || w.tag === 'ADP' || w.tag === 'ADV')) {
      // "after the explosion" is a phrase; "after police arrived" a clause.
      return this.verbBeforeBreak(i + 1, k === 'before' || k === 'after') ? 'adverbial' : null;
    }
    if (w.tag === 'CCONJ' && (k === 'and' || k === 'but' || k === 'yet')) {
      const next = words[i + 1];
      if (!next) return null;
      // ("a small and poorly defended town": a participle between an adjective and its noun joins the
      // adjectives, no clause.)
      const verbAt = isVerb(next) ? i + 1 : next.tag === 'ADV' && isVerb(words[i + 2]) ? i + 2 : -1;
      const adjectival = verbAt > 0 && previous?.tag === 'ADJ' && /^(?:NOUN|PROPN)$/u.test(words[verbAt + 1]?.tag ?? '');
      if (verbAt > 0 && !adjectival) return 'coordinate';
      if (k === 'but' || k === 'yet') return 'coordinate';
      // "and police said": a new subject and its verb within a few words, after a clause with a verb of
      // its own ("reports from locals and media stated" joins two nouns).
      if (!this.finiteVerbSince(i)) return null;
      if (NOMINATIVE_PRONOUNS.has(key(next))) return 'coordinate';
      for (let j = i + 1; j < Math.min(this.to, i + 6); j++) {
        const x = words[j];
        if (x.tag === 'PUNCT' || x.tag === 'ADP' || x.tag === 'CCONJ') return null;
        if (isVerb(x)) return x.tag === 'AUX' || this.groupAt(j)?.finite ? 'coordinate' : null;
      }
      return null;
    }
    if (w.text === ',' && this.attributionAfter(i + 1)) return 'attribution';
    if (previous && previous.text === ',' && w.tag === 'VERB' && !PREPOSITION_LIKE.has(k)) {
      if (k.endsWith('ing') || (k.endsWith('ed') && key(words[i + 1]) === 'by')) return 'participle';
    }
    return null;
  }

  /** Whether a finite verb stands between the last comma or break before word i and i. */
  private finiteVerbSince(i: number): boolean {
    for (let j = i - 1; j >= this.from; j--) {
      const w = this.words[j];
      if (w.text === ',' || isHardBreak(this.text, this.words, j)) return false;
      if (isVerb(w) && this.groupHolding(j)?.finite) return true;
    }
    return false;
  }

  /** ", media stated", ", reports from locals and media stated": a noun phrase and a verb of saying. */
  private attributionAfter(i: number): boolean {
    const { words } = this;
    let j = i;
    while (
      j < Math.min(this.to, i + 10) &&
      (NOUN_PHRASE_TAGS.has(words[j].tag) || (j > i && ATTRIBUTION_LINKS.has(key(words[j])))) &&
      words[j].text !== ','
    )
      j++;
    if (j === i || !this.hasNoun(i, j)) return false;
    const group = isVerb(words[j]) ? this.groupAt(j) : null;
    if (!group || !group.finite || !SAYING.has(this.lemma(group.head))) return false;
    // An attribution ends soon after its verb: "said Sunday.", "said in a statement,", "told reporters on Friday."
    for (let k = group.to; k < Math.min(this.to, group.to + 7); k++) {
      const w = words[k];
      if (w.text === ',' || (w.tag === 'PUNCT' && /^[.!?;:]$/u.test(w.text)) || isHardBreak(this.text, words, k)) return true;
      if (!['ADP', 'DET', 'NOUN', 'PROPN', 'ADV', 'NUM', 'ADJ'].includes(w.tag)) return false;
    }
    return group.to >= this.to - 1;
  }

  /** Whether a verb follows word i before the next clause break (within the sentence). */
  private verbBeforeBreak(i: number, gerundOpens = false): boolean {
    for (let j = i; j < Math.min(this.to, i + 12); j++) {
      const w = this.words[j];
      if (isHardBreak(this.text, this.words, j) || w.text === ',' || (w.tag === 'SCONJ' && j > i)) return false;
      // ("before slamming into Mexico's Yucatan peninsula": a gerund right after "before" or "after" is its verb.)
      if (isVerb(w))
        return w.tag === 'AUX' || !key(w).endsWith('ing') || isVerb(this.words[j - 1]) || (gerundOpens && j === i && w.tag === 'VERB');
    }
    return false;
  }

  /**
   * The clause holding the words [from, to) (a date): from the nearest opener or break before it to the
   * next after it, with its verb group (the nearest before the date, else the first after it) and subject.
   */
  clauseAround(from: number, to: number): Clause {
    const { words } = this;
    let start = this.from;
    let role: ClauseRole = 'main';
    let opener = -1;
    for (let i = from - 1; i >= this.from; i--) {
      // "(Odette)", "(M23)": brackets inside a clause are passed over whole.
      if (words[i].text === ')') {
        const open = this.matching(i, -1);
        if (open >= 0) {
          i = open;
          continue;
        }
      }
      if (isHardBreak(this.text, words, i)) {
        start = i + 1;
        break;
      }
      // "before October 31", "since Thursday": the date's own preposition opens no clause.
      const r = i === from - 1 && SUBORDINATORS.has(key(words[i])) ? null : this.openerRole(i);
      if (r) {
        start = i;
        role = r;
        opener = i;
        break;
      }
    }
    let end = this.to;
    for (let i = to; i < this.to; i++) {
      if (words[i].text === '(') {
        const close = this.matching(i, 1);
        if (close >= 0) {
          i = close;
          continue;
        }
      }
      if (isHardBreak(this.text, words, i) || this.openerRole(i) !== null) {
        end = i;
        break;
      }
    }
    const verb = this.verbFor(start, end, from, to);
    // A relative or adverbial clause ends where the sentence's own verb takes over: "The avalanche that
    // hit the resort on Wednesday killed five" — "killed" is not the relative clause's.
    if (verb && (role === 'relative' || role === 'adverbial')) {
      const next = this.verbGroups().find((g) => g.from >= verb.to && g.from < end && g.finite && words[g.from - 1]?.tag !== 'CCONJ');
      if (next && next.from >= to) end = this.subjectStartBefore(next.from, verb.to);
    }
    // "Residents who fled the storm returned home on Monday": a finite verb after the relative clause's own,
    // with no comma, conjunction or opener between, is the sentence's; its subject is what "who" stands for.
    if (verb?.finite && role === 'relative' && opener >= 0) {
      const own = this.verbGroups().find((g) => g.from > opener && g.from < verb.from);
      const antecedent = own?.finite && !this.isSaying(own) ? this.antecedent(opener) : null;
      // (Only a noun phrase, the relative verb's object, between them, and a verb in the past or after an
      // auxiliary: in "MSNBC, which let him go", "go" is no verb of its own.)
      let joined = antecedent !== null && (words[verb.from].tag === 'AUX' || key(words[verb.head]) !== this.lemma(verb.head));
      for (let i = own ? own.to : verb.from; joined && i < verb.from; i++)
        if (!PHRASE_RUN_TAGS.has(words[i].tag) && words[i].text !== '-') joined = false;
      if (joined && antecedent) return { from: antecedent.from, to: end, role: 'main', opener: -1, verb, subject: antecedent };
    }
    // "Uganda, which shares a border with the DRC, last experienced an outbreak in 2022": a relative or
    // adverbial clause closed by a comma before the date's verb leaves the date in the main clause.
    if (verb && opener >= 0 && (role === 'relative' || role === 'adverbial' || role === 'participle')) {
      for (let i = verb.from - 1; i > opener; i--) {
        if (words[i].text !== ',') continue;
        if (!this.verbGroups().some((g) => g.from >= opener && g.to <= i && (g.finite || role === 'participle'))) break;
        let antecedent = role === 'relative' ? this.antecedent(opener) : null;
        // "Solaiman Ali, 45, one of the 32 people who were injured …, passed away": a relative clause inside
        // a partitive appositive describes the group; the main verb's subject is the name before it.
        if (antecedent && key(words[antecedent.from - 1] ?? words[opener]) === 'of')
          antecedent = this.nounPhraseBefore(this.from, verb.from, from, to);
        const main: Clause = { from: i + 1, to: end, role: 'main', opener: -1, verb, subject: antecedent };
        main.subject ??= this.subjectOf(main, from, to);
        return main;
      }
    }
    const clause: Clause = { from: start, to: end, role, opener, verb, subject: null };
    clause.subject = this.subjectOf(clause, from, to);
    return clause;
  }

  /** The bracket matching the one at i, looking `step` words at a time (within 12 words), or -1. */
  private matching(i: number, step: 1 | -1): number {
    const want = step < 0 ? '(' : ')';
    for (let j = i + step, n = 0; j >= this.from && j < this.to && n < 12; j += step, n++) {
      if (this.words[j].text === want) return j;
      if (this.words[j].text === '(' || this.words[j].text === ')') return -1;
    }
    return -1;
  }

  /** The clause that word `opener` ("when", "that") opens, with its verb and subject; null when it opens none. */
  clauseOpenedAt(opener: number): Clause | null {
    const role = this.openerRole(opener);
    if (!role) return null;
    let end = this.to;
    for (let i = opener + 1; i < this.to; i++) {
      if (isHardBreak(this.text, this.words, i) || this.openerRole(i) !== null) {
        end = i;
        break;
      }
    }
    const verb = this.verbGroups().find((g) => g.from > opener && g.from < end && g.finite) ?? null;
    const clause: Clause = { from: opener, to: end, role, opener, verb, subject: null };
    clause.subject = this.subjectOf(clause, -1, -1);
    return clause;
  }

  /** Where the subject of a verb group starting at `verbFrom` begins, not before `floor`. */
  private subjectStartBefore(verbFrom: number, floor: number): number {
    const before = this.words[verbFrom - 1];
    if (before && NOMINATIVE_PRONOUNS.has(key(before))) return verbFrom - 1;
    return verbFrom > floor ? verbFrom : floor;
  }

  /**
   * The verb group of a clause for a date at [from, to). Within the date's stretch between commas, the
   * nearest verb before the date, else the first after it. A stretch without a verb is a phrase: one
   * opened by an adjective ("payable Dec. 7", "effective Feb. 1") has no verb of its own (null); a
   * fronted one ("On Monday, the court will rule") takes the verb after it; any other the clause's.
   */
  private verbFor(start: number, end: number, from: number, to: number): VerbGroup | null {
    const { words } = this;
    let chunkStart = from;
    while (chunkStart > start && words[chunkStart - 1].text !== ',') chunkStart--;
    let chunkEnd = to;
    while (chunkEnd < end && words[chunkEnd].text !== ',') chunkEnd++;
    const opening = words[chunkStart];
    // ", payable Dec. 7 to stock of record Nov. 22", ", effective Feb. 1": a phrase an adjective opens.
    if (chunkStart > start && opening && opening.tag === 'ADJ') return null;
    const inChunk = this.nearestGroup(chunkStart, chunkEnd, from, to);
    if (inChunk) return inChunk;
    if (chunkStart > start && opening && opening.tag === 'VERB' && chunkStart < from) return null;
    if (this.onlyFrontedBefore(start, from)) {
      // A date that opens its clause takes the clause's verb after it, even past the clause's end, but not
      // the verb of a clause that opens after it ("On Friday, when Albright set aside her plans, she flew").
      let inner = false;
      for (let i = to; i < this.to; i++) {
        const w = words[i];
        if (w.text === ',') inner = false;
        else if (i > to && this.openerRole(i) && this.openerRole(i) !== 'coordinate') inner = true;
        if (!inner && isVerb(w)) {
          const g = this.groupHolding(i);
          if (g?.finite) return g;
        }
      }
    }
    const inClause = this.nearestGroup(start, end, from, to);
    if (inClause) return inClause;
    return this.nearestGroup(this.from, this.to, from, to);
  }

  /** The verb group in [start, end) nearest before the date at [from, to), else the first after it. */
  private nearestGroup(start: number, end: number, from: number, to: number): VerbGroup | null {
    let before: VerbGroup | null = null;
    let after: VerbGroup | null = null;
    for (const g of this.verbGroups()) {
      if (g.to <= start || g.from >= end) continue;
      if (g.from < to && g.to > from) return g; // the words asked about are a verb group's own
      if (g.to <= from) before = g;
      else if (g.from >= to && !after) after = g;
    }
    // "On Monday, the court will rule": a date before its clause's verb takes the verb after it.
    if (before && !before.finite && after?.finite && this.onlyFrontedBefore(start, from)) return after;
    return before ?? after;
  }

  /** Whether nothing but an opener, prepositions, adverbs, conjunctions and marks stands before the date. */
  private onlyFrontedBefore(start: number, from: number): boolean {
    for (let i = start; i < from; i++) {
      const w = this.words[i];
      if (i === start && this.openerRole(i)) continue;
      if (w.tag !== 'ADP' && w.tag !== 'ADV' && w.tag !== 'CCONJ' && w.tag !== 'SCONJ' && w.tag !== 'PUNCT' && w.tag !== 'DET')
        return false;
    }
    return true;
  }

  /** The subject of a clause's verb group. */
  subjectOf(clause: Clause, dateFrom: number, dateTo: number): WordSpan | null {
    const { verb } = clause;
    if (clause.role === 'relative' && clause.opener >= 0) {
      const k = this.key(clause.opener);
      // "that hit the resort": the relative word is the subject, and stands for the noun before it.
      if (verb && (k === 'that' || k === 'which' || k === 'who') && verb.from === clause.opener + 1) return this.antecedent(clause.opener);
    }
    if (!verb) return null;
    if (clause.role === 'participle' || (clause.role === 'coordinate' && verb.from === clause.opener + 1)) return null;
    const floor = clause.opener >= 0 ? clause.opener + 1 : clause.from;
    const before = this.nounPhraseBefore(floor, verb.from, dateFrom, dateTo);
    if (before || !this.isSaying(verb)) return before;
    return this.nounPhraseAfter(verb.to, clause.to, dateFrom, dateTo);
  }

  /** '“…,” said Abdul Wahid Rayan, a spokesman': the speaker after an inverted verb of saying. */
  private nounPhraseAfter(from: number, to: number, dateFrom: number, dateTo: number): WordSpan | null {
    const { words } = this;
    let end = from;
    while (end < to && NOUN_PHRASE_TAGS.has(words[end].tag) && !(end >= dateFrom && end < dateTo) && words[end].text !== ',') end++;
    return end > from && this.hasNoun(from, end) ? { from, to: end } : null;
  }

  /** The noun phrase a relative word at `opener` stands for: the nouns just before it (and its comma). */
  antecedent(opener: number): WordSpan | null {
    const { words } = this;
    let end = opener;
    if (words[end - 1]?.text === ',') end--;
    // "the armed group March 23 Movement (M23), which": the noun before the brackets.
    if (words[end - 1]?.text === ')') {
      let j = end - 1;
      while (j > this.from && words[j].text !== '(') j--;
      if (words[j].text === '(') end = j;
    }
    let start = end;
    while (start > this.from) {
      const w = words[start - 1];
      const k = key(w);
      // ("its meeting": a possessive closes the phrase as an article does.)
      const possessive = w.tag === 'PRON' && POSSESSIVES.has(k);
      if (
        w.tag === 'NOUN' ||
        w.tag === 'PROPN' ||
        w.tag === 'ADJ' ||
        w.tag === 'NUM' ||
        w.tag === 'DET' ||
        possessive ||
        k === "'s" ||
        k === '’s'
      ) {
        start--;
        // (An article inside a hyphenated word, "first-past-the-post", closes nothing.)
        if ((w.tag === 'DET' && words[start - 1]?.text !== '-') || possessive) break;
        continue;
      }
      if (w.text === '-' && !isHardBreak(this.text, words, start - 1)) {
        start--;
        continue;
      }
      break;
    }
    return start < end && this.hasNoun(start, end) ? { from: start, to: end } : null;
  }

  /**
   * The subject before a verb: the words between `floor` and the verb, without a fronted phrase ("On
   * Sunday, the Taliban said"), an appositive ("Arthur Yap, the governor, said") or brackets.
   */
  nounPhraseBefore(floor: number, verbFrom: number, dateFrom: number, dateTo: number): WordSpan | null {
    const { words } = this;
    // Chunks between commas, innermost last.
    const chunks: WordSpan[] = [];
    let chunkStart = floor;
    for (let i = floor; i < verbFrom; i++) {
      if (words[i].text === ',') {
        chunks.push({ from: chunkStart, to: i });
        chunkStart = i + 1;
      }
    }
    chunks.push({ from: chunkStart, to: verbFrom });
    const usable = (c: WordSpan) => c.to > c.from && this.hasNoun(c.from, c.to) && !(c.from >= dateFrom && c.to <= dateTo);
    let pick: WordSpan | undefined;
    const last = chunks[chunks.length - 1];
    // "…killed two people, injured …" in a clause of its own (not "that Dow Jones doesn't own, had been set").
    // (A participle after the comma describes the noun before it: "the peace process, set to resume Monday".)
    const coordinated =
      chunks.length === 2 &&
      last.to === last.from &&
      (floor === this.from || /^[,:–—-]$/u.test(words[floor - 1]?.text ?? '')) && // (or after a dateline: "CHICAGO: An explosion …")
      this.groupHolding(verbFrom)?.finite === true &&
      key(words[verbFrom]) !== this.lemma(verbFrom) && // a past that is no participle's twin ("set", "cut" may be either)
      !words.slice(verbFrom + 1, verbFrom + 5).some((w) => key(w) === 'by'); // ("the decision, announced Wednesday by …")
    // "…, in the north-west of the region, happened": a phrase opened by a preposition is not the subject.
    const prepositional = (c: WordSpan) => words[c.from].tag === 'ADP' && !this.quantifierAt(c.from);
    if (last.to === last.from && chunks.length >= 3) {
      // "Arthur Yap, the provincial governor, said": the name before the appositive; "Ann Marsh, 50, of
      // Salem, pleaded": before an age and a home town too.
      let c = chunks.length - 2;
      const age = (span: WordSpan) => span.to - span.from === 1 && words[span.from].tag === 'NUM';
      while (c - 1 > 0 && (age(chunks[c - 1]) || prepositional(chunks[c - 1]))) c--;
      pick = chunks[c - 1];
      if (!usable(pick)) pick = chunks[chunks.length - 2];
    } else if (chunks.length >= 2 && this.isListTail(chunks)) {
      // "Egypt, Qatar and U.S. mediators": the names of a list are one subject.
      let c = chunks.length - 1;
      while (c > 0 && this.isListItem(chunks[c - 1])) c--;
      pick = { from: chunks[c].from, to: last.to };
    } else {
      pick = last;
      for (let c = chunks.length - 1; c >= 0 && (!usable(chunks[c]) || prepositional(chunks[c])); c--) pick = chunks[c - 1];
      // "A meeting on Monday among the union, the Education and Finance ministries ended": the chunk after
      // "among", "between" or "including" is the rest of its list; the subject is the phrase before them.
      const before = chunks.length >= 2 && pick === last ? chunks[chunks.length - 2] : undefined;
      const listing = before ? this.listingPreposition(before) : -1;
      if (before && listing > before.from && this.listRest(listing + 1, before.to) && this.listRest(last.from, last.to, true))
        pick = { from: before.from, to: this.firstPreposition(before.from, listing) };
    }
    if (!pick || !usable(pick)) return null;
    let { from, to } = pick;
    // "the number of Venezuelans that have left their country has increased": the subject ends before its
    // relative clause.
    for (let i = from + 1; i < to; i++) {
      if (
        this.words[i].tag === 'PRON' &&
        /^(?:that|which|who|whom|whose)$/u.test(key(this.words[i])) &&
        isNominal(this.words[i - 1]) &&
        this.words[i - 1].tag !== 'PRON'
      ) {
        to = i;
        break;
      }
    }
    // "with officials saying the search … would resume": the subject starts after the last verb before it.
    for (let i = to - 1; i >= from; i--) {
      const group = isVerb(words[i]) ? this.groupHolding(i) : null;
      // A finite verb or a verb of saying ends what came before ("officials saying the search…"); a
      // participle inside the phrase does not ("An airstrike led by the military", "men belonging to").
      const breaks = group
        ? group.finite || this.isSaying(group)
        : words[i].tag === 'SCONJ' || (key(words[i]) === 'that' && words[i].tag !== 'DET');
      if (breaks) {
        // "An explosion killed two people, injured 49 others and sent …": a verb right after a comma that
        // closes a finite verb's object is coordinated with that verb, and shares its subject.
        if (coordinated && group?.finite && !this.isSaying(group) && group.from > from && pick === chunks[chunks.length - 2])
          to = group.from;
        else from = i + 1;
        break;
      }
    }
    // A fronted phrase inside the chunk ("In 2019 the town…") or words before the noun phrase proper.
    while (
      from < to &&
      (words[from].tag === 'ADP' || words[from].tag === 'ADV' || words[from].tag === 'CCONJ' || (from >= dateFrom && from < dateTo))
    ) {
      // "At least 221", "more than 40": a quantifier opens the noun phrase.
      if (this.quantifierAt(from)) break;
      if (words[from].tag === 'ADP') {
        // Skip the whole phrase up to the next noun phrase start? Keep it simple: the phrase's own nouns.
        let j = from + 1;
        while (j < to && words[j].tag !== 'PUNCT' && !(j >= dateFrom && j < dateTo) && !isVerb(words[j])) j++;
        if (j >= to) break;
        from = j;
        continue;
      }
      from++;
    }
    while (to > from && (words[to - 1].tag === 'ADV' || words[to - 1].tag === 'PUNCT' || (to - 1 >= dateFrom && to - 1 < dateTo))) to--;
    from = this.reducedRelativeSubject(from, to);
    return from < to && this.hasNoun(from, to) ? { from, to } : null;
  }

  /**
   * "shaves 0.02 seconds off the mark countryman Maurice Greene matched in 2001": a noun phrase, then with
   * no relative word a second one ending in a name, right before the verb. The verb is the name's (a
   * reduced relative clause), so the subject starts at the second phrase; `from` when there is none.
   */
  private reducedRelativeSubject(from: number, to: number): number {
    const { words } = this;
    let name = to;
    while (name > from && words[name - 1].tag === 'PROPN') name--;
    if (name === to || name - 2 < from) return from;
    const [first, second] = [words[name - 2], words[name - 1]];
    // ("Supporters of the opposition leader Raila Odinga marched": a title before the name is part of its phrase.)
    if (first.tag !== 'NOUN' || second.tag !== 'NOUN' || isRoleWord(second.text)) return from;
    for (let i = from; i < name - 2; i++) if (words[i].tag === 'ADP' && !this.quantifierAt(i)) return name - 1;
    return from;
  }

  /** "At least 221", "more than 40", "as many as 1,250,307": a quantifier opens a counted noun phrase at word i. */
  private quantifierAt(i: number): boolean {
    const next = this.words[i + 1];
    return QUANTIFIER_HEADS.has(key(this.words[i])) && (QUANTIFIER_TAILS.has(key(next)) || next?.tag === 'NUM');
  }

  /** Whether the last chunk ends a list ("…, Qatar and U.S. mediators"): it holds "and" and the chunk before is a name. */
  private isListTail(chunks: readonly WordSpan[]): boolean {
    const last = chunks[chunks.length - 1];
    let and = false;
    for (let i = last.from; i < last.to; i++) if (this.words[i].tag === 'CCONJ') and = true;
    return and && this.isListItem(chunks[chunks.length - 2]);
  }

  /** Where "among", "between" or "including" opens a list inside `chunk`, or -1. */
  private listingPreposition(chunk: WordSpan): number {
    for (let i = chunk.from; i < chunk.to; i++) if (LISTING.has(key(this.words[i])) && this.words[i].tag !== 'VERB') return i;
    return -1;
  }

  /** Whether [from, to) is only a noun phrase (no preposition or verb), ending a list ("and") when `closing`. */
  private listRest(from: number, to: number, closing = false): boolean {
    let and = false;
    for (let i = from; i < to; i++) {
      const w = this.words[i];
      if (w.tag === 'CCONJ') and = true;
      else if (!NOUN_PHRASE_TAGS.has(w.tag)) return false;
    }
    return to > from && (!closing || and);
  }

  /** The first preposition in [from, to) that is no quantifier ("A meeting [on Monday among …]"), else `to`. */
  private firstPreposition(from: number, to: number): number {
    for (let i = from + 1; i < to; i++) if (this.words[i].tag === 'ADP' && !this.quantifierAt(i)) return i;
    return to;
  }

  /** One to three names or nouns: an item of a list. */
  private isListItem(chunk: WordSpan): boolean {
    if (chunk.to - chunk.from < 1 || chunk.to - chunk.from > 3) return false;
    for (let i = chunk.from; i < chunk.to; i++) if (!['PROPN', 'NOUN', 'ADJ'].includes(this.words[i].tag)) return false;
    return true;
  }

  hasNoun(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (isNominal(this.words[i])) return true;
    return false;
  }

  /** Whether a verb group's main verb is a verb of saying ("said", "told", "announced"). */
  isSaying(group: VerbGroup | null): boolean {
    if (!group || !SAYING.has(this.lemma(group.head))) return false;
    // "are now confirmed dead", "was reported missing": a passive says nothing of a speaker.
    for (let i = group.from; i < group.head; i++) if (this.lemma(i) === 'be') return false;
    return true;
  }

  /** Whether the group is the passive or participle of an arrangement ("is scheduled", "was expected"). */
  isArrangement(group: VerbGroup): boolean {
    return this.arranges(group.head) || FUTURE_NOUNS_BEFORE_TO.has(this.key(group.head));
  }

  /**
   * Whether word `i` is a participle of arranging ("expected", "scheduled", "due"): not "due to" right
   * after a verb, which gives a cause ("was postponed due to rain on Sunday"), where "is due to visit"
   * arranges.
   */
  arranges(i: number): boolean {
    if (!FUTURE_PARTICIPLES.has(this.key(i))) return false;
    return this.key(i) !== 'due' || this.words[i - 1]?.tag !== 'VERB';
  }
}
