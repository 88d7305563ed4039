// What kind of quantity a number is, from the words around it: a sum (a currency before or after it),
// a share (percent), a span of time (years, months…) or, when none of these, a count.
import type { NumberMention } from '../text/numbers.ts';
import type { Token } from '../text/number-tokens.ts';
import { currencyCodeUnit, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES } from '../text/lexicon.ts';
import { alternation, escapeRegExp } from '../text/patterns.ts';
import type { Kind } from './candidate.ts';
import { isPence } from './exclusions.ts';
import { DURATION_UNITS, EVENT_NOUNS, WEIGHT_UNITS } from './lexicon.ts';

// A currency symbol ("$", "US$", "€") or a word that may be a code ("KSh", "Rs.", "R", "FJD", "GH¢") right before
// the sum; the currency lexicon says whether the word is one (currencyCodeUnit).
const CURRENCY_BEFORE = new RegExp(
  `(?:\\b(${alternation(Object.keys(DOLLAR_PREFIXES))}))?([${Object.keys(CURRENCY_SYMBOLS).map(escapeRegExp).join('')}])\\s?$|` +
    `(?:^|[^\\p{L}])((\\p{L}{1,4}[.¢₵]?)\\s?)$`,
  'u',
);

// A term served: "sentenced to", "jailed for", "faces"; the duration after it is one even as "one year".
const SENTENCING_BEFORE =
  /\b(?:sentenced\s+(?:\p{L}+\s+)?to|jailed\s+for|imprisoned\s+for|serve|serves|serving|faces|facing|term\s+of)\s+$/iu;

export interface Quantity {
  kind: Kind;
  unit: string;
  spanStart: number; // the number, and a currency written before it
  spanEnd: number; // the number, and the currency, percent sign or time unit written after it
  afterIndex: number; // first token after the number and its unit
  currencyBefore: boolean; // the currency is written before the sum ("$5", "KSh 200")
  weighed: boolean; // a count in a unit of weight or volume ("1,500 tonnes")
}

/**
 * The kind of quantity number `m` is, with its unit and span; null when the words around it make it no
 * figure at all ("52 percent of the vote", "one day", "a 32-year-old nurse").
 */
export function readQuantity(
  tokens: readonly Token[],
  m: NumberMention,
  before: string,
  after: string,
  sentenceBefore: string,
): Quantity | null {
  let kind: Kind = 'count';
  let unit = 'people';
  let spanStart = m.start;
  let spanEnd = m.end;
  let afterIndex = m.last + 1; // first token after the number and its unit

  const currency = currencyBefore(before) ?? rangeCurrency(before);
  const next = tokens[m.last + 1];
  const hyphenedCurrency = HYPHENED_CURRENCY.exec(after);
  if (currency) {
    kind = 'money';
    unit = currency.unit;
    spanStart = m.start - currency.written.length;
  } else if (hyphenedCurrency && Object.hasOwn(CURRENCY_WORDS, hyphenedCurrency[1].toLowerCase())) {
    // "a 1.6-billion-U.S.-dollar deal" (Xinhua's style): the currency joined to the sum by hyphens.
    kind = 'money';
    unit = CURRENCY_WORDS[hyphenedCurrency[1].toLowerCase()];
    spanEnd = m.end + hyphenedCurrency[0].length;
    while (afterIndex < tokens.length && tokens[afterIndex].start < spanEnd) afterIndex++;
  } else if (isPence(m)) {
    kind = 'money';
    unit = 'pence';
    spanEnd = m.end + m.suffix.length;
  } else if (next && next.kind === 'word' && Object.hasOwn(CURRENCY_WORDS, next.lower)) {
    kind = 'money';
    unit = CURRENCY_WORDS[next.lower];
    spanEnd = next.end;
    afterIndex = m.last + 2;
  } else {
    // ("a quarter-point increase", "three-quarter-point hikes": a fraction of a point in words is a rate's move.)
    const percent =
      /^\s?(?:%|percent\b|per\s?cent\b|pc\b|percentage points?\b)/i.exec(after) ??
      (m.form === 'words' && m.decimal ? /^[\s-]?points?\b/i.exec(after) : null);
    if (percent) {
      // Odds are no share of anything: "a 30% chance of rain" ("52 percent of the vote" is a figure).
      if (/^\s*(?:chance|probability|likelihood|odds)/i.test(after.slice(percent[0].length))) return null;
      kind = 'percent';
      unit = 'percent';
      spanEnd = m.end + percent[0].length;
      while (afterIndex < tokens.length && tokens[afterIndex].start < spanEnd) afterIndex++;
    }
  }
  let weighed = false;
  if (kind === 'count' && next?.kind === 'word' && Object.hasOwn(WEIGHT_UNITS, next.lower) && m.end <= next.start) {
    weighed = true;
    unit = WEIGHT_UNITS[next.lower];
    spanEnd = next.end;
    afterIndex = m.last + 2;
  }
  if (kind === 'count' && !weighed) {
    // ("15-plus years": "plus" is the number's hedge.)
    // ("9.82 seconds", "a time of 55.98 seconds": a time measured to hundredths is a race's, a figure of
    // its own; whole seconds and minutes are spans of the telling: "within 30 seconds".)
    const duration =
      /^(?:-plus)?(?:\s|-)(years?|months?|weeks?|days?|decades?)\b/i.exec(after) ?? (m.decimal ? /^\s(seconds)\b/i.exec(after) : null);
    if (duration) {
      const unitWord = duration[1].toLowerCase();
      const rest = after.slice(duration[0].length);
      // "one day", "one year": too often a manner of speaking, unless a term is served ("one year of
      // supervised release", "sentenced to one year in prison").
      if (m.article && !(/^\s*(?:of\s+\p{L}|in\s+(?:jail|prison|custody|detention))/iu.test(rest) || SENTENCING_BEFORE.test(before)))
        return null;
      if (/^(?:\s|-)old\b/i.test(rest)) {
        // "the eight-month-old war" is a duration; "a 32-year-old nurse" is an age.
        const noun = /^(?:\s|-)old\s+([\p{L}']+)/u.exec(rest)?.[1]?.toLowerCase() ?? '';
        if (!EVENT_NOUNS.has(noun)) return null;
      }
      if (
        /^\s*(?:ago|later|earlier|hence|from now|on\s*(?:[,.;]|$)|high|low|record|peak|older|younger|senior|junior)\b/i.test(rest) ||
        /^\s*on\s*(?:[,.;]|$)/.test(rest)
      )
        return null;
      if (/\bevery\s+$/i.test(before)) return null;
      // "administered in the last 10 days", "over the past two weeks": the window a count is reported over;
      // "in the three months to February", "the 12 months ending June": the period a statistic covers.
      if (/\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+$/i.test(before)) return null;
      if (/\bthe\s+$/i.test(before) && /^\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?\p{Lu}/u.test(rest)) return null;
      // "given at 18 months", "retire at 65 years": an age or a point in time, no span of the story.
      if (/\bat\s+$/i.test(before)) return null;
      // Comparative periods: "the deadliest in two decades", "for the first time in 20 years", "the worst
      // spread over the past five years", "its fourth crown in seven years".
      if (
        /\b(?:in|over|within)\s+(?:the\s+)?(?:(?:past|last|nearly|almost|more than|over)\s+)?$/i.test(before) &&
        /\b(?:\p{L}+est|first|second|third|\p{L}+th|worst|most|only|record)\b/iu.test(sentenceBefore)
      )
        return null;
      kind = 'duration';
      unit = DURATION_UNITS[unitWord] ?? unitWord;
      spanEnd = m.end + duration[0].length;
      while (afterIndex < tokens.length && tokens[afterIndex].start < spanEnd) afterIndex++;
    }
  }
  return { kind, unit, spanStart, spanEnd, afterIndex, currencyBefore: currency !== null, weighed };
}

const HYPHENED_CURRENCY = /^-(?:U\.?S\.?-)?(\p{L}+)\b/u;

/** "£22-25m": the upper bound of a range is in the currency written before its lower bound. */
function rangeCurrency(before: string): { written: string; unit: string } | null {
  const range = /^(.*?)\d[\d.,]*[-–]$/su.exec(before.slice(-20));
  const currency = range ? currencyBefore(range[1]) : null;
  return currency ? { written: '', unit: currency.unit } : null;
}

/** The currency written right before a sum: what is written (with the space after it) and its unit. */
function currencyBefore(before: string): { written: string; unit: string } | null {
  const found = CURRENCY_BEFORE.exec(before.slice(-12));
  if (!found) return null;
  const [written, prefix, symbol, writtenCode, code] = found;
  if (symbol) return { written, unit: (symbol === '$' && prefix && DOLLAR_PREFIXES[prefix]) || CURRENCY_SYMBOLS[symbol] };
  const unit = currencyCodeUnit(code);
  return unit ? { written: writtenCode, unit } : null;
}
