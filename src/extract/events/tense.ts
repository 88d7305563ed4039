// Decides whether a date without a year or a direction ("on Monday", "May 6") points to the future.
// News reports the past, so the default is the past; only a future form in the date's own clause
// ("will resume on Monday", "is scheduled for Tuesday", "On Monday, the court will rule") flips it.
import { weekdayOf, type Day, type Direction } from './calendar.ts';
import type { Clause, SentenceGrammar, VerbGroup } from './grammar.ts';
import type { DateMention } from './mentions.ts';
import type { Reading } from './reader.ts';
import {
  DEADLINE_NOUNS,
  DEADLINE_VERBS,
  FUTURE_NOUNS_BEFORE_TO,
  FUTURE_PARTICIPLES,
  PLANNING_OBJECT_VERBS,
  PLANNING_VERBS,
  UPCOMING_WORDS,
  PRESENT_PERFECT_AFTER,
} from './lexicon.ts';
import { alternation } from '../text/patterns.ts';

// Where a clause starts: punctuation, quote marks, or a word that opens a new clause.
const CLAUSE_BREAK = /[,;:“”"(—–]|\b(?:that|which|who|where|when|after|because|while|but|although|though|whereas)\b/giu;
// Future forms: modals and expectations, arrangements ("is due", "set to", "plans to"), "'ll".
const FUTURE = new RegExp(
  [
    "(?:\\b(?:will|expects?|forecasts?|won['’]t|shall|would(?!\\s+have)",
    '|(?:is|are|be|was|were)\\s+due|(?:is|are)\\s+(?:possible|likely|unlikely|forecast|predicted|probable)',
    '|expected|scheduled|slated|set\\s+to|set\\s+for|plans?\\s+to|planned|planning|intends?\\s+to|going\\s+to',
    '|(?:is|are|was|were)\\s+to\\s+\\p{L}+|to\\s+be\\s+held|upcoming|forthcoming)\\b',
    "|['’]ll\\b)",
  ].join(''),
  'iu',
);
// "was due to", "had been expected": an arrangement reported in the past; its date may be past or future.
const REPORTED_ARRANGEMENT = /\b(?:was|were|had(?:\s+been)?)\s+(?:due|expected|scheduled|slated|set|planned|planning|going)\b/iu;
const WARNING = /\b(?:warn(?:s|ed|ing)?|warnings?|alerts?|predict(?:s|ed|ing)?|forecasts?|forecasted|outlook)\b/iu;
const ONLY_CONJUNCTIONS = /^[\s\u00A0]*(?:(?:and|but|so|then|yet|or|also)[\s\u00A0]+)*$/iu;
const WINDOW = 160;
const OBSERVANCE = new RegExp(
  [
    '^[\\s\\u00A0]{0,2}(?:as[\\s\\u00A0]+)?an?[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+){0,2}', // "as a national"
    '(?:holiday|day[\\s\\u00A0]+of[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+)?mourning)\\b', // "holiday", "day of mourning"
  ].join(''),
  'iu',
);

function lastClauseStart(window: string): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(window); match; match = CLAUSE_BREAK.exec(window)) start = match.index + match[0].length;
  return start;
}

function firstClauseEnd(window: string): number {
  CLAUSE_BREAK.lastIndex = 0;
  const match = CLAUSE_BREAK.exec(window);
  return match ? match.index : window.length;
}

export function isFuture(clause: string): boolean {
  return FUTURE.test(clause) && !REPORTED_ARRANGEMENT.test(clause);
}

/**
 * Cues a verb's tense does not give: a day named for an observance ("declared Monday a national day of
 * mourning") is ahead, and so is the span of a warning ("warned of gales from Saturday").
 */
export function aheadByCue(text: string, from: number, start: number, end: number): boolean {
  const before = text.slice(Math.max(from, start - WINDOW), start);
  const beforeClause = before.slice(lastClauseStart(before));
  if (/^(?:from|through|until|till|starting)\b/iu.test(text.slice(start, end)) && WARNING.test(beforeClause)) return true;
  return OBSERVANCE.test(text.slice(end, end + 60));
}

/**
 * True when the clause holding text[start, end) is in the future tense. `from` and `to` bound the
 * sentence; the search never reads more than a few hundred characters, whatever the sentence length.
 */
export function pointsToFuture(text: string, from: number, to: number, start: number, end: number): boolean {
  const before = text.slice(Math.max(from, start - WINDOW), start);
  const beforeClause = before.slice(lastClauseStart(before));
  if (isFuture(beforeClause)) return true;
  // "warned of fresh snowfall from Friday", "predicts rain through Sunday": a warning's span starts
  // ahead; a bare "on Monday" after "warned" is still when the warning was given.
  if (/^(?:from|through|until|till|starting)\b/iu.test(text.slice(start, end)) && WARNING.test(beforeClause)) return true;
  // "declared Monday a national day of mourning": a day named for an observance is still to come.
  if (OBSERVANCE.test(text.slice(end, end + 60))) return true;
  // A date that opens its clause ("On Monday, the court will rule", "Monday's vote will") takes the
  // tense of what follows it.
  if (!ONLY_CONJUNCTIONS.test(beforeClause)) return false;
  const after = text.slice(end, Math.min(to, end + WINDOW)).replace(/^[\s\u00A0]*,/u, '');
  return isFuture(after.slice(0, firstClauseEnd(after)));
}

/**
 * True when the clause before text[start…] reports an arrangement in the past tense ("was due to
 * travel", "was expected"): the date may lie on either side of the report, so the caller takes the
 * nearer one.
 */
export function inReportedArrangement(text: string, from: number, start: number): boolean {
  const before = text.slice(Math.max(from, start - WINDOW), start);
  return REPORTED_ARRANGEMENT.test(before.slice(lastClauseStart(before)));
}

/**
 * Which way a date whose words leave it open points, from the verb of its clause: a future verb ("will
 * resume", "is scheduled") ahead; a past one ("struck", "had left") back; an arrangement reported in
 * the past ("was due to arrive") either side ('arrangement': the caller takes the nearer day). A verb in
 * the present or none at all ("payable Dec. 7", "takes effect Nov. 13") gives 'open'.
 */
export type ClauseTime = 'future' | 'past' | 'arrangement' | 'open';

export function clauseTime(grammar: SentenceGrammar, clause: Clause): ClauseTime {
  return groupTime(grammar, clause.verb, clause, 0);
}

function groupTime(grammar: SentenceGrammar, verb: VerbGroup | null, clause: Clause, depth: number): ClauseTime {
  if (!verb) return 'open';
  const previous = () => grammar.verbGroups().findLast((g) => g.to <= verb.from);
  if (verb.tense === 'infinitive') {
    // "is expected to unveil", "agreed to buy", "plans to acquire": the verb before "to" decides.
    const before = grammar.words[verb.from - 1];
    const governor = grammar.verbGroups().findLast((g) => g.to <= verb.from && g.from >= clause.from - 12);
    // "was postponed due to rain on Sunday": "due to" after a verb gives a cause; what follows is no
    // infinitive, and the date takes the time of the verb before.
    if (before && FUTURE_PARTICIPLES.has(before.key) && !grammar.arranges(verb.from - 1)) {
      const verbBefore = previous();
      return verbBefore && depth < 3 ? groupTime(grammar, verbBefore, clause, depth + 1) : 'open';
    }
    const arranged = before && grammar.arranges(verb.from - 1);
    if (before && FUTURE_NOUNS_BEFORE_TO.has(before.key)) return governor?.tense === 'past' ? 'open' : 'future';
    if (!governor) return arranged ? 'future' : 'open';
    // "final guidelines to be published in early November": an infinitive after a noun says what is to
    // come to it, whatever the tense of the sentence's verb (unless that verb asked for it: "urged Israel to").
    if (before && (before.tag === 'NOUN' || before.tag === 'PROPN') && !PLANNING_VERBS.has(grammar.lemma(governor.head)))
      return governor.tense === 'future' || governor.tense === 'present' ? 'future' : 'open';
    // "were to continue", "is to visit": a copula right before "to" makes an arrangement.
    if (governor.to === verb.from && grammar.words[governor.head].tag === 'AUX' && governor.head === governor.from)
      return governor.tense === 'past' ? 'arrangement' : 'future';
    if (governor.tense === 'past') {
      // "agreed to buy the unit in February" may look either way; "gathered to remember 7 October" looks back.
      if (arranged || grammar.isArrangement(governor) || PLANNING_VERBS.has(grammar.lemma(governor.head))) return 'arrangement';
      return 'past';
    }
    // ("having to prepare to play the Brumbies on Saturday": an infinitive of planning looks ahead, whatever
    // the tense further up.)
    if (governor.tense === 'infinitive' && PLANNING_VERBS.has(grammar.lemma(governor.head))) return 'future';
    if (governor.tense === 'infinitive' && depth < 3) return groupTime(grammar, governor, clause, depth + 1);
    return governor.tense === 'future' || governor.tense === 'present' || arranged ? 'future' : 'open';
  }
  // ", starting from Monday", ", killing 18": a participle alone takes the time of the verb before it.
  if (verb.tense === 'none' && !verb.finite && depth < 3) {
    const governor = previous();
    return governor ? groupTime(grammar, governor, clause, depth + 1) : 'open';
  }
  if (verb.tense === 'future') return 'future';
  // "a summit set for Washington in April", "a service planned for Saturday was canceled": a participle of
  // arranging may be either side of the report.
  if (!verb.finite && verb.from === verb.head && grammar.arranges(verb.head)) return 'arrangement';
  // "planned a demonstration on Saturday", "called a meeting for Monday": a past verb of planning with
  // its event as object may be either side of the report.
  // "planned to pay the claims" is not: there the plan's object is a verb.
  if (
    verb.tense === 'past' &&
    verb.head === verb.to - 1 &&
    PLANNING_OBJECT_VERBS.has(grammar.lemma(verb.head)) &&
    grammar.words[verb.to]?.tag === 'DET'
  )
    return 'arrangement';
  // ("was scheduled for", and the participle set off by a comma: "Independence Day, scheduled for September 22".)
  if (verb.tense === 'past')
    return grammar.isArrangement(verb) && (verb.to - verb.from > 1 || grammar.words[verb.from - 1]?.text === ',') ? 'arrangement' : 'past';
  if (verb.tense === 'present' && grammar.isArrangement(verb)) return 'future';
  // "is possible in January", "is due on Friday": a copula and an adjective of likelihood look ahead.
  if (verb.tense === 'present' && grammar.words[verb.head].tag === 'AUX') {
    const next = grammar.words[verb.to];
    if (next && grammar.arranges(verb.to)) return 'future';
  }
  // "when he delivers his budget on Tuesday", after "is expected to unveil": a present tense in a clause
  // of time takes the time of the clause it hangs on.
  if (verb.tense === 'present' && clause.role === 'adverbial' && clause.opener >= 0 && depth < 3) {
    const main = grammar.verbGroups().findLast((g) => g.to <= clause.opener);
    if (main) {
      const time = groupTime(grammar, main, { ...clause, role: 'main', opener: -1 }, depth + 1);
      if (time === 'future') return 'future';
    }
  }
  return 'open';
}

// "until Friday", "through 15 August": a state that lasts to a day is mostly still in force, so the day
// is ahead, unless the clause tells of a past state ("remained closed until Monday").
const UNTIL_BEFORE = /\b(?:until|till|through|thru)[\s\u00A0]*$/iu;
// "to Nov. 16", "until mid-November": the new day of a moved deadline.
// The preposition a deadline is moved with, right before the date (or its time of day) or as its first
// word ("postponed to Sunday", "until 5 p.m. EST Nov. 9", "until Saturday"); not any "to" before it
// ("postponed due to rain on Sunday").
const DEADLINE_BEFORE =
  /\b(?:to|until|till|through)\s+(?:(?:on|next|this)\s+|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+(?:\p{Lu}{2,4}\s+)?)?\||\|(?:to|until|till|through)\s/iu;
const GIVEN_UNTIL = /\b(?:had|has|have|given|gave\s+\p{L}+)\s+until\b/iu;
const FOLLOWING_BEFORE = /\b(?:following|after|since)\s+\||\|(?:following|after|since)\s/iu;
const UPCOMING_BEFORE = new RegExp(`\\b(?:${alternation(UPCOMING_WORDS)})\\s+$`, 'iu');
// The term noun closes the date's noun phrase: at most four words of it between ("troop withdrawal").
const DEADLINE_AFTER = new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,4}?\\s+(?:${alternation(DEADLINE_NOUNS)})\\b`, 'iu');
const UNTIL_IN = /^(?:until|till|through|thru)\b/iu;
const PAST_STATE = /\b(?:remained|stayed|lasted|continued|persisted|was|were|had|ended|kept)\b/iu;

/** Mentions whose year or direction the text leaves open, so the tense of their clause decides. */
export function needsTense(mention: DateMention): boolean {
  switch (mention.kind) {
    case 'weekday':
    case 'weekend':
      return mention.lean === null;
    case 'day':
      return mention.y === null && mention.yearOffset === null;
    case 'month':
      return mention.y === null && mention.lean === null && !mention.sameYear;
    case 'holiday':
      return mention.lean === null;
    case 'relative':
      return mention.ahead === true;
    default:
      return false;
  }
}

/** "By early Friday, 44,400 people have been evacuated": a count reckoned up to the date, in a present perfect after it (up to `limit`). */
export function reckonedBy(text: string, mention: DateMention, limit = text.length): boolean {
  return (
    /^by\s/iu.test(text.slice(mention.start, mention.end)) &&
    PRESENT_PERFECT_AFTER.test(text.slice(mention.end, Math.min(limit, mention.end + 120)))
  );
}

/** "until Friday", "till 7 a.m. Friday": the date a span runs to. */
function untilWord(text: string, mention: DateMention): boolean {
  return (
    UNTIL_IN.test(text.slice(mention.start, mention.end)) || UNTIL_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start))
  );
}

function untilAhead(text: string, sentence: { start: number; end: number }, mention: DateMention): boolean {
  return untilWord(text, mention) && !PAST_STATE.test(text.slice(Math.max(sentence.start, mention.start - 120), mention.start));
}

/**
 * "was due to travel to the area on Wednesday" in a Tuesday report: an arrangement reported in the
 * past may be either side of publication, so the nearer weekday wins (a tie stays in the past).
 */
function arrangementAhead(text: string, sentence: { start: number; end: number }, mention: DateMention, published: Day | null): boolean {
  if (mention.kind !== 'weekday' || mention.lean !== null || !published) return false;
  // "was due to take place on Sunday but was postponed": the arrangement fell through, so its day was reached.
  if (/\b(?:but|instead|postponed|cancell?ed|called\s+off|delayed|scrapped|never)\b/iu.test(text.slice(mention.end, sentence.end)))
    return false;
  const today = weekdayOf(published);
  const ahead = (mention.weekday - today + 7) % 7;
  const back = (today - mention.weekday + 7) % 7;
  return ahead > 0 && ahead < back;
}

/**
 * Which way a date the words leave open points. Cues first (an observance, a warning's span, "until
 * Friday"), then the tense of the verb that holds the date (grammar.ts). When the verb says nothing
 * (a present tense, "payable Dec. 7"), a month or day takes its nearer occurrence and a weekday the
 * past, unless the old window reading finds a future form.
 */
export function directionOf(
  text: string,
  sentence: { start: number; end: number },
  mention: DateMention,
  reading: Reading | null,
  published: Day | null,
): Direction {
  if (!needsTense(mention)) return 'past';
  // The words before the date in its sentence, and the date's own words.
  const before = (chars: number): string => text.slice(Math.max(sentence.start, mention.start - chars), mention.start);
  const written = text.slice(mention.start, mention.end);
  // The nearer weekday of the two, a tie in the past (arrangementAhead).
  const nearer = (): Direction => (arrangementAhead(text, sentence, mention, published) ? 'future' : 'past');
  if (mention.kind === 'month' && mention.modifier) return 'nearest';
  if (aheadByCue(text, sentence.start, mention.start, mention.end)) return 'future';
  // "the looming Aug. 31 deadline": an adjective of what is coming; "the Aug. 31 withdrawal deadline": a term.
  if (mention.kind === 'day' || mention.kind === 'month' || mention.kind === 'holiday') {
    if (UPCOMING_BEFORE.test(before(24))) return 'future';
    // "will raise rates in March, after making a quarter-point increase in early February": what was done
    // before the clause's own event takes the nearer month or day, whatever that event's tense.
    if (mention.kind !== 'holiday' && /\b(?:after|since)\s+\p{Ll}+ing\b[^,.;:]{0,60}$/u.test(before(80))) return 'nearest';
    // "seized fireworks ahead of the Fourth of July holiday", "intended for sale around the Fourth of July",
    // "bought for Christmas": what the words lead up to is the nearer one, whatever the verb's tense.
    if (mention.kind === 'holiday' && /\b(?:ahead\s+of|around|for|in\s+time\s+for|before)\s+(?:the\s+)?$/iu.test(before(20)))
      return 'nearest';
    if (DEADLINE_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 50)))) return 'nearest';
  }
  let time = reading ? clauseTime(reading.grammar, reading.clause) : 'open';
  // "the governor on Tuesday had announced the suspension": a date before its past verb dates the verb itself,
  // not the arrangement the verb announces.
  const dated = reading?.clause.verb;
  if (time === 'arrangement' && dated?.tense === 'past' && dated.finite && reading!.date.to <= dated.from) time = 'past';
  // "until Friday" is ahead unless the date's own verb tells of the past ("died … until 8 am on Sunday");
  // a deadline moved to a day ("extended to Nov. 16", "gave them until mid-November") may be either side.
  const finitePast = time === 'past' && reading?.clause.verb?.finite === true;
  // "By early Friday, 44,400 people have been evacuated" in a Thursday report from behind the date line: the
  // day a present perfect is reckoned to is the writer's today, the nearer day.
  if (mention.kind === 'weekday' && reckonedBy(text, mention, sentence.end)) return nearer();
  // "told residents that they had until 3 p.m. Sunday to get out": a deadline given lies on the nearer side.
  if (
    mention.kind === 'weekday' &&
    GIVEN_UNTIL.test(before(40) + written) &&
    /^\s+to\s+\p{Ll}/u.test(text.slice(mention.end, mention.end + 20))
  )
    return nearer();
  if (!finitePast && untilAhead(text, sentence, mention)) return 'future';
  // A weekday a deadline is moved to lies ahead ("postponed until Saturday").
  if (
    finitePast &&
    reading?.clause.verb &&
    DEADLINE_VERBS.has(reading.grammar.lemma(reading.clause.verb.head)) &&
    DEADLINE_BEFORE.test(`${text.slice(Math.max(0, mention.start - 30), mention.start)}|${written}`)
  )
    return mention.kind === 'weekday' ? 'future' : 'nearest';
  // "A flood watch was in effect until 7 p.m. Friday" in a Thursday report: the state is told as it stood
  // when written, so the day it lasts until is the nearer one.
  if (mention.kind === 'weekday' && untilWord(text, mention)) return nearer();
  // "crews are working to restore power after Saturday’s storm": the day of an event a clause comes after
  // is the nearer one, whatever the clause's own tense ("since Monday’s" is behind).
  if (time !== 'past' && mention.kind === 'weekday' && /['’]s$/u.test(written) && FOLLOWING_BEFORE.test(`${before(12)}|${written}`))
    return /\bsince\s+\S+$/iu.test(before(12) + written) ? 'past' : nearer();
  if (time === 'future') return 'future';
  if (time === 'past') return 'past';
  if (time === 'arrangement') {
    if (mention.kind === 'weekday') return nearer();
    return 'nearest';
  }
  if (pointsToFuture(text, sentence.start, sentence.end, mention.start, mention.end)) return 'future';
  // "He and Arafat meet separately Monday": a present tense with a weekday is a schedule, on the nearer day.
  const verb = reading?.clause.verb;
  if (
    mention.kind === 'weekday' &&
    reading &&
    verb?.finite &&
    verb.tense === 'present' &&
    reading.grammar.words[verb.head].tag === 'VERB' &&
    !reading.grammar.isSaying(verb)
  )
    return nearer();
  if (mention.kind === 'weekday' && inReportedArrangement(text, sentence.start, mention.start)) return nearer();
  return mention.kind === 'weekday' || mention.kind === 'weekend' ? 'past' : 'nearest';
}
