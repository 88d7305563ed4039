// What a dated mention is: something that happened on that date, something expected on it, or a date
// named without an event of its own. Timelines chart the first two. Each rule has a name, kept on the
// event's `rule` after the date's own rule ("events.year/comparison").
//
// - dateline: "KYIV, Sept. 4 (AP) —" dates the report, not an event.
// - comparison: the base of a comparison: "the lowest since 1973", "compared with 2020", "than in 2019",
//   "up from $1.2 billion in 2022", "last year's quarter" after "from".
// - running-total: a count kept since a date ("125 have been killed since Thursday", "20,878 cases this
//   year", "so far this year"): the date starts a period, it is not the day of the count.
// - cutoff: "those who entered before October 31", "had not appeared online before Tuesday".
// - forecast: a projection of a figure for a period ("forecast to die this year", "growth of 2% in 2026").
// - period: a period qualifying a figure ("the 1988 period", "fiscal 1988", "the 2016 average").
// - statistic: a figure a whole year, month or quarter sums up ("43,000 people died last year", "a 66
//   percent turnout in 2019"): a fact about the period, charted with the figures, not an event on a day.
// - end-bound: the day something lasts until ("the search would continue until Wednesday"): nothing
//   happens on it that the clause tells.
// - status: "as of Tuesday": the state of things at a time (a search going on, a toll standing).
// - name: a year inside a name ("the World Cup 2023 final", "Euro 2024"): the event has its own date.
// - future: a date after publication, or in a clause that looks ahead, is expected.
import type { EventKind } from '../../schema/document.ts';
import type { Day } from './calendar.ts';
import type { Clause, SentenceGrammar, WordSpan } from './grammar.ts';
import type { DateMention } from './mentions.ts';
import type { Resolution } from './resolve.ts';
import { clauseTime, reckonedBy } from './tense.ts';
import { ANY_SUPERLATIVE, COMPARISON_BEFORE, FORECAST_VERBS, PERIOD_BOUNDS, PERIOD_NOUNS, TALLY_WORDS } from './lexicon.ts';

export type KindRule =
  | 'dateline'
  | 'comparison'
  | 'running-total'
  | 'cutoff'
  | 'forecast'
  | 'period'
  | 'statistic'
  | 'end-bound'
  | 'name'
  | 'status'
  | 'future'
  | 'past';

export interface KindReading {
  kind: EventKind;
  rule: KindRule;
}

export interface KindInput {
  text: string;
  mention: DateMention;
  resolution: Resolution;
  published: Day | null;
  dateline: boolean;
  /** Which way the date's clause points (tense.ts). */
  ahead: boolean;
  grammar: SentenceGrammar | null;
  clause: Clause | null;
  date: WordSpan | null;
}

const FORWARD =
  /\b(?:forecasts?|forecasted|projected|projections?|predicted|predicts?|outlook|expected\s+to\s+(?:grow|rise|fall|reach|decline|increase|drop|shrink|expand))\b/iu;

export function kindOf(input: KindInput): KindReading {
  const { text, mention, resolution, grammar, clause, date } = input;
  if (input.dateline) return { kind: 'mention', rule: 'dateline' };
  const written = text.slice(mention.start, mention.end).toLowerCase();
  const before = text.slice(Math.max(0, mention.start - 80), mention.start).toLowerCase();
  const after = text.slice(mention.end, mention.end + 40).toLowerCase();
  if (isComparison(written, before, after)) return { kind: 'mention', rule: 'comparison' };
  if (grammar && clause && date) {
    if (isRunningTotal(input, grammar, clause, date, written, before)) return { kind: 'mention', rule: 'running-total' };
    if (isPeriod(grammar, date)) return { kind: 'mention', rule: 'period' };
    if (isCutoff(grammar, clause, date, written, before)) return { kind: 'mention', rule: 'cutoff' };
    if (isForecast(input, grammar, clause)) return { kind: 'mention', rule: 'forecast' };
    if (isStatistic(input, grammar, clause, date, before) || isTally(grammar, clause)) return { kind: 'mention', rule: 'statistic' };
    if (inName(input, grammar, date, written)) return { kind: 'mention', rule: 'name' };
  }
  if (isEndBound(written, text.slice(Math.max(0, mention.start - 60), mention.start))) return { kind: 'mention', rule: 'end-bound' };
  // "As of Tuesday afternoon, officials were still searching": the state at a time, not an event on it.
  if (/^as\s+of\b/u.test(written) || /\bas\s+of\s*$/u.test(before)) return { kind: 'mention', rule: 'status' };
  // "By early Friday, 44,400 people have been evacuated": a tally reckoned to a time, like "as of".
  if (reckonedBy(text, mention)) return { kind: 'mention', rule: 'status' };
  if (input.ahead || afterPublication(resolution, input.published)) return { kind: 'expected', rule: 'future' };
  // "results will be ready at the end of this week": the running period holds what its clause says is to come.
  const current = mention.kind === 'relative' && mention.offset === 0 && mention.unit !== 'day';
  if (current && grammar && clause && clauseTime(grammar, clause) === 'future') return { kind: 'expected', rule: 'future' };
  // "was expected to visit Amasra on Saturday" in Saturday's paper: arranged for the day, not reported done.
  if (
    onPublicationDay(resolution, input.published) &&
    /\b(?:was|were)\s+(?:due|expected|scheduled|slated|set)\s+to\s+[^,.;]*$/u.test(before)
  )
    return { kind: 'expected', rule: 'future' };
  return { kind: 'happened', rule: 'past' };
}

/** Whether a date opens "since …" ("since 1973", "the lowest since Thursday"), from its lower-cased words and the 80 characters before. */
function isSince(written: string, before: string): boolean {
  return /^since\b/u.test(written) || /\bsince\s*$/u.test(before);
}

/** isSince for a date at text[start…end], read as kindOf reads it. */
export function afterSince(text: string, start: number, end: number): boolean {
  return isSince(text.slice(start, end).toLowerCase(), text.slice(Math.max(0, start - 80), start).toLowerCase());
}

/** "the lowest since 1973", "compared with 2020", "than in 2019", "from $1.2 billion in 2022". */
function isComparison(written: string, before: string, after: string): boolean {
  if (isSince(written, before)) {
    // "the deadliest … since", "for the first time since": a superlative within a few words before.
    const window = before.split(/[,;:]/u).at(-1) ?? '';
    if (ANY_SUPERLATIVE.test(window)) return true;
  }
  const tail = before.slice(-60);
  return COMPARISON_BEFORE.test(tail) || /^\s*(?:levels?|figures?)\b/u.test(after);
}

/** "125 … have been killed since Thursday", "20,878 cases this year", "so far this year". */
function isRunningTotal(
  input: KindInput,
  grammar: SentenceGrammar,
  clause: Clause,
  date: WordSpan,
  written: string,
  before: string,
): boolean {
  const since = isSince(written, before);
  const period = input.mention.kind === 'relative' && input.mention.offset === 0 && input.mention.unit !== 'day';
  if (!since && !period) return false;
  if (
    /\b(?:so\s+far|to\s+date|in\s+total|total)\b/u.test(before) ||
    /^\s*(?:so\s+far|to\s+date)/u.test(input.text.slice(input.mention.end, input.mention.end + 12))
  )
    return true;
  // A count in the clause: "have been killed", "125 members": a number and a perfect or a tally.
  // (A count for a period gone, "43,000 died last year", is the period's statistic: isStatistic.)
  let count = false;
  for (let i = clause.from; i < clause.to; i++) {
    if (i >= date.from && i < date.to) continue;
    const w = grammar.words[i];
    // ("has killed thousands and displaced millions since 2015": a count in words is a count.)
    if (w.tag === 'NUM' || /^(?:toll|total|tally|number|cases|deaths|dozens|hundreds|thousands|millions|billions)$/iu.test(w.text))
      count = true;
  }
  if (!count) return false;
  // "since Thursday" with a count is a running total; "this year" only while the year runs ("106 have
  // died this year").
  return since || clause.verb?.tense === 'past' || clause.verb?.tense === 'present';
}

/** "the 1988 period", "fiscal 1988", "the 2016 average": a period that qualifies a figure. */
function isPeriod(grammar: SentenceGrammar, date: WordSpan): boolean {
  const next = grammar.key(date.to) === "'s" ? grammar.key(date.to + 1) : grammar.key(date.to);
  const afterNext = grammar.key(date.to + 1);
  const previous = grammar.key(date.from - 1);
  return (
    PERIOD_NOUNS.has(next) ||
    (PERIOD_NOUNS.has(afterNext) && grammar.words[date.to]?.tag === 'ADJ') ||
    previous === 'fiscal' ||
    coveredPeriod(grammar, date) ||
    periodBound(grammar, date)
  );
}

/** "in the fiscal year that ended on March 31", "the quarter ended June 30": the day a period closed. */
function periodBound(grammar: SentenceGrammar, date: WordSpan): boolean {
  let k = date.from - 1;
  if (grammar.key(k) === 'on') k--;
  if (grammar.words[k]?.tag !== 'VERB' || !PERIOD_BOUNDS.has(grammar.lemma(k))) return false;
  k--;
  if (grammar.key(k) === 'that' || grammar.key(k) === 'which') k--;
  return PERIOD_NOUNS.has(grammar.key(k)) || grammar.key(k) === 'year';
}

/**
 * "a dividend … for the fourth quarter of 2022", "results for 2023": the period a figure covers, after
 * "for" and a noun, is no date of the event (the dividend was declared later).
 */
function coveredPeriod(grammar: SentenceGrammar, date: WordSpan): boolean {
  let k = date.from - 1;
  if (grammar.key(date.from) === 'for') k = date.from;
  else if (grammar.key(k) === 'of' && PERIOD_NOUNS.has(grammar.key(k - 1))) {
    k -= 2;
    while (k > grammar.from && /^(?:ADJ|NUM|DET)$/u.test(grammar.words[k].tag)) k--;
  }
  if (grammar.key(k) !== 'for') return false;
  // Back over the noun's phrase: "a dividend of US$19.5 billion (NZ$31.8 billion) for …".
  for (let j = k - 1; j >= grammar.from && k - j <= 12; j--) {
    const tag = grammar.words[j].tag;
    if (tag === 'NOUN') return true;
    if (tag === 'VERB' || tag === 'AUX') return false;
  }
  return false;
}

/**
 * "An estimated 43,000 people died … last year", "5,956 people were hospitalised in June", "Aramco earned
 * a US$161 billion profit in 2022": a figure for a whole year, month or quarter. The timeline would put a
 * period's sum on one mark as if it happened then; the figure is charted as a figure instead.
 */
function isStatistic(input: KindInput, grammar: SentenceGrammar, clause: Clause, date: WordSpan, before: string): boolean {
  // "in the year to March 31", "the quarter ended June 30": the day ends a period the figure sums up.
  const periodEnd = /\b(?:year|quarter|half|months?|weeks?|period)\s+(?:to|ending|ended)\s*$/u.test(before);
  const precision = periodEnd ? 'year' : input.resolution.anchor?.precision;
  let figure = false;
  let tally = false;
  let reading = false;
  for (let i = clause.from; i < clause.to; i++) {
    if (i >= date.from && i < date.to) continue;
    const w = grammar.words[i].text;
    // A year is another date, not a figure ("between 2006 and 2011").
    if (/^(?:1[6-9]|20)\d\d$/u.test(w)) continue;
    if (grammar.words[i].tag === 'NUM' || /\d/u.test(w)) figure = true;
    if (/^(?:per\s*cent|percent|%|\p{Sc}.*|US\$.*)$/iu.test(w) || TALLY_WORDS.has(grammar.lemma(i))) tally = true;
    const glued = grammar.words[i - 1]?.end === grammar.words[i].start && /\d$/u.test(grammar.words[i - 1]?.text ?? '');
    if (/^\d+(?:\.\d+)?°?[CF]$|^°[CF]?$|^degrees?$/u.test(w) || (glued && /^[CF]$/u.test(w))) reading = true;
  }
  // "Temperatures reached 46.9C", "the heat index soared to 61C": a day's reading is weather, not an event.
  if (reading) return true;
  if (precision !== 'year' && precision !== 'month') return false;
  // A month is short enough for one event to carry a count ("12 missionaries kidnapped in October"): there,
  // only a tally, a sum of money or a share is the month's statistic ("5,956 were hospitalised in June").
  return figure && (precision === 'year' || tally);
}

/** "A total of 58 people died across the country on Saturday": a tally of a day, not one event. */
function isTally(grammar: SentenceGrammar, clause: Clause): boolean {
  for (let i = clause.from; i + 2 < clause.to; i++)
    if (grammar.key(i) === 'a' && grammar.key(i + 1) === 'total' && grammar.key(i + 2) === 'of') return true;
  return false;
}

/** "the ODI World Cup 2023 final", "Euro 2024": a bare year after a capitalised word names an event. */
function inName(input: KindInput, grammar: SentenceGrammar, date: WordSpan, written: string): boolean {
  if (input.mention.kind !== 'year' || !/^\d{4}$/u.test(written) || date.from - 1 <= grammar.from) return false;
  const previous = grammar.words[date.from - 1];
  return /^\p{Lu}/u.test(previous.text) && (previous.tag === 'PROPN' || previous.tag === 'NOUN');
}

/** "would continue through the night until Wednesday", "until 8 am on Sunday": the end of a stretch. */
function isEndBound(written: string, before: string): boolean {
  if (!/^(?:until|till)\b/u.test(written) && !/\b(?:until|till)\s*$/iu.test(before)) return false;
  // "from Monday until Wednesday", "from 6 June till": a span, drawn from its start (events/index.ts);
  // not "died from the disease until Sunday".
  return !/\b(?:from|between)\s+(?:\p{Lu}|\d)[^,.;]{0,30}$/u.test(before);
}

/** "those who entered before October 31", "had not appeared online before Tuesday". */
function isCutoff(grammar: SentenceGrammar, clause: Clause, date: WordSpan, written: string, before: string): boolean {
  if (!/^before\b/u.test(written) && !/\bbefore\s*$/u.test(before)) return false;
  if (/\b(?:the\s+day|days?|weeks?|hours?|shortly|just|minutes?)\s+before\s*$/u.test(before)) return false;
  // "before Tuesday's vote": a date that qualifies an event names that event.
  if (grammar.key(date.to) === "'s" || /['’]s$/u.test(grammar.words[date.to - 1]?.text ?? '')) return false;
  return clause.verb !== null;
}

/** A projection of a figure: "are forecast to die this year", "growth of 2% in 2026 and 2027". */
function isForecast(input: KindInput, grammar: SentenceGrammar, clause: Clause): boolean {
  // Only a period still running or to come is forecast: "died last year" is not.
  const anchor = input.resolution.anchor;
  if (!anchor || !input.published || anchor.y < input.published.y) return false;
  const sentence = input.text.slice(grammar.words[grammar.from].start, grammar.words[grammar.to - 1].end);
  const lemma = clause.verb ? grammar.lemma(clause.verb.head) : '';
  if (!FORWARD.test(sentence) && !FORECAST_VERBS.has(lemma)) return false;
  // The figure: a number in the sentence.
  for (let i = grammar.from; i < grammar.to; i++)
    if (grammar.words[i].tag === 'NUM' && !/^(?:1[6-9]|20)\d\d$/u.test(grammar.words[i].text)) return true;
  return false;
}

function onPublicationDay(resolution: Resolution, published: Day | null): boolean {
  const anchor = resolution.anchor;
  return (
    !!anchor &&
    !!published &&
    anchor.precision === 'day' &&
    anchor.y === published.y &&
    anchor.m === published.m &&
    anchor.d === published.d
  );
}

/** Whether the date lies after the publication day, at its own precision. */
export function afterPublication(resolution: Resolution, published: Day | null): boolean {
  const anchor = resolution.anchor;
  if (!anchor || !published) return false;
  if (anchor.precision === 'year') return anchor.y > published.y;
  if (anchor.precision === 'month') return anchor.y * 12 + anchor.m > published.y * 12 + published.m;
  // A day, or a week (its Monday), after the publication day.
  return anchor.y * 10000 + anchor.m * 100 + anchor.d > published.y * 10000 + published.m * 100 + published.d;
}
