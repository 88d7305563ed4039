// Number recognition for news text: a reader that turns digit strings ("40,000", "2 300", "1.2m",
// "1.5 million") and number words ("twenty-five", "a hundred", "one hundred and twenty", "a dozen")
// into values, over the tokens of number-tokens.ts. It knows nothing about what a number counts.
import { BIG_WORDS, CURRENCY_SYMBOLS, HALVED_UNITS, METRE_CONTEXT, SCALE_SUFFIXES, SCALE_WORDS, TEENS, TENS, UNITS } from './lexicon.ts';
import { gluedCurrencyAt, tokenize, type Token } from './number-tokens.ts';

const CONTINENTAL = /^\d{1,3}(?:\.\d{3}){2,}$/;

/**
 * The value of a digit string written in English style: "40,000", "2 300" (with a non-breaking
 * or thin space), "1.5", "2000". Null for malformed grouping ("1,1,1", "12,34"), which is not
 * a quantity we can trust.
 */
export function parseDigits(digits: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  // "1.119.889 citizens voted": two points or more group thousands (continental style), never decimals.
  if (CONTINENTAL.test(digits)) return Number(digits.split('.').join(''));
  // "12,38,048" (South Asian papers): lakhs and crores group by two digits above the thousands.
  if (/^\d{1,2}(?:,\d\d)+,\d{3}$/.test(digits)) return Number(digits.split(',').join(''));
  const grouped = /^\d{1,3}([,\u00A0\u2009\u202F])\d{3}(?:\1\d{3})*(?:\.\d+)?$/.exec(digits);
  if (!grouped) return null;
  return Number(digits.split(grouped[1]).join(''));
}

export interface NumberRead {
  value: number;
  first: number; // index of the first token of the number
  last: number; // index of the last token, inclusive
  start: number; // character offsets in the text
  end: number;
  form: 'digits' | 'words';
  decimal: boolean; // written with a decimal point and no scale ("6.3"): rarely a head count
  scaled: boolean; // carried a scale word or suffix ("1.2m", "1 million", "a hundred")
  grouped: boolean; // written with thousands separators ("2,000"): never a year
  suffix: string; // unscaling letters glued to the digits ("th", "c", "s", "pm"), for the caller to judge
  article: boolean; // begins with "a"/"an"/"one" ("a dozen", "one"): weak evidence of a count
}

const adjacent = (a: Token, b: Token): boolean => a.end === b.start;
// Own keys only: `in` would also find "constructor" on every object and read it as a number word.
const has = (table: Readonly<Record<string, number>>, key: string): boolean => Object.hasOwn(table, key);
const gap = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);

/** Reads the number that starts at token `i`, or null when none starts there. */
export function readNumberAt(tokens: readonly Token[], i: number, text: string): NumberRead | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'number') return readDigits(tokens, i, text);
  if (token.kind === 'word') return readWords(tokens, i);
  return null;
}

function readDigits(tokens: readonly Token[], i: number, text: string): NumberRead | null {
  const token = tokens[i];
  let value = parseDigits(token.digits ?? '');
  if (value === null) return null;
  let last = i;
  let suffix = token.suffix ?? '';
  let scaled = false;
  const continental = CONTINENTAL.test(token.digits ?? '');
  const grouped = /[,\u00A0\u2009\u202F]/.test(token.digits ?? '') || continental;
  let spaceGrouped = false;
  // "N500, 000", "$100, 000": a sum whose thousands are grouped by a comma and a space, as some papers
  // type it; only right after a currency sign, where a list ("in 2019, 300 people") cannot be, or
  // between "the"/"of" and a noun ("the 72, 203 students", where "May 5, 300 people" cannot be).
  if (!suffix && /^[1-9]\d{0,2}$/.test(token.digits ?? '')) {
    let merged = token.digits ?? '';
    let j = i;
    while (
      tokens[j + 1]?.text === ',' &&
      gap(text, tokens[j], tokens[j + 1]) === '' &&
      tokens[j + 2]?.kind === 'number' &&
      /^\d{3}$/.test(tokens[j + 2].digits ?? '') &&
      gap(text, tokens[j + 1], tokens[j + 2]) === ' '
    ) {
      merged += tokens[j + 2].digits ?? '';
      j += 2;
    }
    if (j > i && (afterCurrencySign(tokens, i, text) || spacedGroup(tokens, i, j))) {
      value = Number(merged);
      last = j;
      suffix = tokens[j].suffix ?? '';
      spaceGrouped = true;
    }
  }
  // "2 300" where the non-breaking space was normalised to a plain one: merged only when it reads
  // as one grouped number (1-3 digits, then exact groups of 3) and is not part of a longer digit run
  // like a phone number.
  if (!suffix && /^[1-9]\d{0,2}$/.test(token.digits ?? '')) {
    let j = i;
    let merged = token.digits ?? '';
    while (
      j + 1 < tokens.length &&
      tokens[j + 1].kind === 'number' &&
      /^\d{3}$/.test(tokens[j + 1].digits ?? '') &&
      gap(text, tokens[j], tokens[j + 1]) === ' '
    ) {
      merged += tokens[j + 1].digits ?? '';
      j++;
      if (tokens[j].suffix) break;
    }
    const prev = tokens[i - 1];
    const next = tokens[j + 1];
    const inDigitRun =
      (prev && prev.kind === 'number' && /^\s+$/.test(gap(text, prev, token))) ||
      (next && next.kind === 'number' && /^\s+$/.test(gap(text, tokens[j], next)));
    if (j > i && !inDigitRun) {
      value = Number(merged);
      last = j;
      suffix = tokens[j].suffix ?? '';
      spaceGrouped = true;
    }
  }
  // "12 3/4%", "9 1/2 to 39", "2 1/2 years": a whole number and a fraction, as markets and old style write them.
  const fraction = last === i && !suffix && !grouped ? mixedFraction(tokens, i, text) : null;
  if (fraction) {
    value += fraction.value;
    last = fraction.last;
    suffix = tokens[last].suffix ?? '';
  }
  // (A number merged over spaces ends in a group of three digits, with no point.)
  const decimalPoint = /\./.test(tokens[last].digits ?? '') && !continental;
  // "the 100m butterfly", "a 30m drop", "the 100m and 200m butterfly": metres, never 100 million (a wrong
  // number is worse than none).
  const metres = suffix === 'm' && !decimalPoint && (beforeMetreWord(tokens, last + 1) || raceDistance(tokens, last));
  if (has(SCALE_SUFFIXES, suffix) && !metres) {
    value *= SCALE_SUFFIXES[suffix];
    scaled = true;
    suffix = '';
  } else if (!suffix) {
    const next = tokens[last + 1];
    // ("the $3-billion deficit", "a 10-million-dollar fund": a hyphen before a scale of a million or more.)
    const between = next ? gap(text, tokens[last], next) : '';
    const hyphened = between === '' && next?.kind === 'punct' && next.text === '-' && tokens[last + 2]?.kind === 'word';
    const scale = hyphened ? tokens[last + 2] : next;
    if (
      scale &&
      scale.kind === 'word' &&
      has(SCALE_WORDS, scale.lower) &&
      (hyphened ? SCALE_WORDS[scale.lower] >= 1_000_000 && gap(text, next, scale) === '' : /^[ \u00A0\u2009\u202F]?$/.test(between))
    ) {
      value *= SCALE_WORDS[scale.lower];
      scaled = true;
      last += hyphened ? 2 : 1;
      // "1.5 million" may be followed by a second scale only in "hundred thousand" style.
      const after = tokens[last + 1];
      if (scale.lower === 'hundred' && after && after.kind === 'word' && has(BIG_WORDS, after.lower)) {
        value *= BIG_WORDS[after.lower];
        last++;
      } else if (/^(?:lakh|lakhs|thousand)$/.test(scale.lower) && after?.kind === 'word' && /^crores?$/.test(after.lower)) {
        // "18 lakh crore" (Indian budgets): a crore of lakhs is 10^12.
        value *= SCALE_WORDS[after.lower];
        last++;
      } else if (/^crores?$/.test(scale.lower) && after?.kind === 'number' && /^\d{1,2}$/.test(after.digits ?? '') && !after.suffix) {
        // "Rs 2333 crore 17 lakh": crores and lakhs of one sum.
        const lakhs = tokens[last + 2];
        if (lakhs?.kind === 'word' && /^lakhs?$/.test(lakhs.lower)) {
          value += Number(after.digits) * SCALE_WORDS[lakhs.lower];
          last += 2;
        }
      }
    }
  }
  // "£22-25m", "$3-4 billion": a sum's lower bound takes the scale written only after its upper one.
  if (!scaled && !suffix) {
    const scale = rangeScale(tokens, i, last, text);
    if (scale) {
      value *= scale;
      scaled = true;
    }
  }
  return {
    value: roundValue(value),
    first: i,
    last,
    start: token.start,
    end: tokens[last].end - (tokens[last].kind === 'number' && !scaled ? (tokens[last].suffix ?? '').length : 0),
    form: 'digits',
    decimal: (decimalPoint || fraction !== null) && !scaled,
    scaled,
    grouped: grouped || spaceGrouped,
    suffix,
    article: false,
  };
}

/** The fraction "n/d" one space after digit token `i` ("12 3/4"), with a denominator of 2 to 16 above n. */
function mixedFraction(tokens: readonly Token[], i: number, text: string): { value: number; last: number } | null {
  const [numerator, slash, denominator] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (numerator?.kind !== 'number' || slash?.text !== '/' || denominator?.kind !== 'number') return null;
  if (gap(text, tokens[i], numerator) !== ' ' || gap(text, numerator, slash) !== '' || gap(text, slash, denominator) !== '') return null;
  if (!/^\d$/u.test(numerator.digits ?? '') || !/^\d{1,2}$/u.test(denominator.digits ?? '') || numerator.suffix) return null;
  const [n, d] = [Number(numerator.digits), Number(denominator.digits)];
  return n >= 1 && d >= 2 && d <= 16 && n < d ? { value: n / d, last: i + 3 } : null;
}

/**
 * "the 72, 203 students", "a total of 194, 239 registered": one number badly spaced, read only between
 * "the"/"of" and a lower-case word that neither joins a list nor opens a predicate ("Of the 450, 300 were
 * rescued" is two numbers).
 */
function spacedGroup(tokens: readonly Token[], i: number, last: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[last + 1];
  if (!before || (before.lower !== 'the' && before.lower !== 'of')) return false;
  if (tokens[i - 2]?.text === 'Of') return false;
  return after?.kind === 'word' && /^\p{Ll}/u.test(after.text) && !NOT_A_NOUN_AFTER.has(after.lower);
}
const NOT_A_NOUN_AFTER = new Set('and|or|were|was|are|is|have|has|had|will|would|could|may|might|died|survived|remain|remained'.split('|'));

/**
 * The scale of a range's upper bound that the lower bound at tokens `first`..`last` shares: "£22-25m",
 * "$3-4 billion". Only for a sum (a currency glued before the lower bound) or before a scale word, so
 * "a 100-200m drop" stays metres; and only when the lower bound is below the upper one.
 */
function rangeScale(tokens: readonly Token[], first: number, last: number, text: string): number | null {
  const [dash, upper] = [tokens[last + 1], tokens[last + 2]];
  if (!dash || !upper || (dash.text !== '-' && dash.text !== '–') || upper.kind !== 'number') return null;
  if (gap(text, tokens[last], dash) !== '' || gap(text, dash, upper) !== '') return null;
  const low = parseDigits(tokens[last].digits ?? '');
  const high = parseDigits(upper.digits ?? '');
  if (low === null || high === null || low >= high) return null;
  const suffixScale = has(SCALE_SUFFIXES, upper.suffix ?? '') ? SCALE_SUFFIXES[upper.suffix ?? ''] : 0;
  if (suffixScale >= 1_000_000 && afterCurrencySign(tokens, first, text)) return suffixScale;
  const word = tokens[last + 3];
  if (
    !upper.suffix &&
    word?.kind === 'word' &&
    has(SCALE_WORDS, word.lower) &&
    SCALE_WORDS[word.lower] >= 1_000_000 &&
    /^ $/.test(gap(text, upper, word))
  )
    return SCALE_WORDS[word.lower];
  return null;
}

/** Whether a currency sign or code is glued right before token `i` ("N500", "$100", "KSh50"). */
function afterCurrencySign(tokens: readonly Token[], i: number, text: string): boolean {
  const sign = tokens[i - 1];
  if (!sign || gap(text, sign, tokens[i]) !== '') return false;
  return Object.hasOwn(CURRENCY_SYMBOLS, sign.text) || gluedCurrencyAt(text, sign.start) === sign.text;
}

/** Whether a metre word follows at token `i`, perhaps after more lengths in metres ("100m and 200m butterfly"). */
function beforeMetreWord(tokens: readonly Token[], i: number): boolean {
  for (let hops = 0; hops < 4; hops++) {
    const after = tokens[i];
    if (after?.kind !== 'word') return false;
    if (METRE_CONTEXT.has(after.lower)) return true;
    // ("could barely see 5m in front of us")
    if (after.lower === 'in' && tokens[i + 1]?.lower === 'front') return true;
    if (after.lower !== 'and' && after.lower !== 'or') return false;
    const length = tokens[i + 1];
    if (length?.kind !== 'number' || length.suffix !== 'm') return false;
    i += 2;
  }
  return false;
}

// Words after "the 100m" that leave it a race, not a sum: "in the 100m at the championships", "won the 100m.".
const AFTER_RACE = new Set(['at', 'in', 'on', 'for', 'and', 'or', 'with']);

/** "clocked 9.82 seconds in the 100m at …": "the" before, and nothing counted after, is a race over that distance. */
function raceDistance(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== 'the') return false;
  const after = tokens[i + 1];
  return after === undefined || after.kind === 'punct' || AFTER_RACE.has(after.lower);
}

/** Floating point noise from "1.2" × 1e6 is removed; values stay exact for integers. */
function roundValue(value: number): number {
  // Fifteen significant digits: "8.3 billion" is 8300000000, not 8300000000.000001 (6 decimals of a number
  // that large are below the precision of a double).
  return Math.abs(value) >= 1 ? Number(value.toPrecision(15)) : value;
}

type WordState = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'big' | 'article';

// The words a number written in words can start with; any other word starts none.
const WORD_NUMBER_STARTS = new Set(['a', 'an', 'half', 'quarter', ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS)]);

function readWords(tokens: readonly Token[], i: number): NumberRead | null {
  // Every word of the text is tried as a number's start: most are ruled out by this one lookup.
  if (!WORD_NUMBER_STARTS.has(tokens[i].lower)) return null;
  const fraction = readFraction(tokens, i);
  if (fraction) return fraction;
  let total = 0;
  let current = 0;
  let state: WordState = 'none';
  let last = -1;
  let j = i;
  let article = false;
  let half = false;
  const word = (k: number): string => (tokens[k] && tokens[k].kind === 'word' ? tokens[k].lower : '');
  // "half a million"
  if (word(j) === 'half' && (word(j + 1) === 'a' || word(j + 1) === 'an') && has(BIG_WORDS, word(j + 2))) {
    half = true;
    j += 1;
  }
  for (; j < tokens.length; j++) {
    const w = word(j);
    if (!w) {
      // "twenty-five": a hyphen glued between a tens word and a unit
      if (
        tokens[j].text === '-' &&
        state === 'tens' &&
        adjacent(tokens[j - 1], tokens[j]) &&
        tokens[j + 1] &&
        adjacent(tokens[j], tokens[j + 1]) &&
        has(UNITS, word(j + 1))
      )
        continue;
      break;
    }
    if ((w === 'a' || w === 'an') && state === 'none') {
      const next = word(j + 1);
      if (next === 'hundred' || next === 'dozen' || has(BIG_WORDS, next)) {
        current = 1;
        state = 'article';
        article = true;
        continue;
      }
      break;
    }
    if (has(UNITS, w) && (state === 'none' || state === 'hundred' || state === 'big' || state === 'tens')) {
      if (state === 'tens' && !(tokens[j - 1].text === '-' || tokens[j - 1].kind === 'word')) break;
      current += UNITS[w];
      state = 'unit';
      last = j;
      continue;
    }
    if (has(TEENS, w) && (state === 'none' || state === 'hundred' || state === 'big')) {
      current += TEENS[w];
      state = 'teen';
      last = j;
      continue;
    }
    if (has(TENS, w) && (state === 'none' || state === 'hundred' || state === 'big')) {
      current += TENS[w];
      state = 'tens';
      last = j;
      continue;
    }
    if (w === 'hundred' && (state === 'unit' || state === 'teen' || state === 'article') && current < 100) {
      current = (current || 1) * 100;
      state = 'hundred';
      last = j;
      continue;
    }
    if (has(BIG_WORDS, w) && (state === 'unit' || state === 'teen' || state === 'tens' || state === 'hundred' || state === 'article')) {
      total += (current || 1) * BIG_WORDS[w];
      current = 0;
      state = 'big';
      last = j;
      continue;
    }
    if (w === 'dozen' && (state === 'article' || state === 'unit')) {
      current = (current || 1) * 12;
      last = j;
      break;
    }
    if (w === 'and' && (state === 'hundred' || state === 'big')) {
      const next = word(j + 1);
      // "a million and two-and-a-half-million" is a range: the second number is read on its own.
      if ((has(UNITS, next) || has(TEENS, next) || has(TENS, next)) && !readFraction(tokens, j + 1)) continue;
    }
    break;
  }
  if (last < 0) return null;
  let value = total + current;
  if (half) value /= 2;
  const first = i;
  return {
    value,
    first,
    last,
    start: tokens[first].start,
    end: tokens[last].end,
    form: 'words',
    decimal: false,
    scaled: total > 0 || state === 'hundred' || half,
    grouped: false,
    suffix: '',
    // "one" and "a dozen" are weak evidence of a count ("one of the …", "a dozen teams").
    article: value === 1 || (article && value === 12),
  };
}

/**
 * A fraction of a big number, in words: "a quarter of a million", "three quarters of a billion",
 * "two and a half million", "two-and-a-half-million" (hyphens glued between the words are read through).
 */
function readFraction(tokens: readonly Token[], i: number): NumberRead | null {
  const at: number[] = []; // token indexes of the next words, over glued hyphens
  for (let j = i; j < tokens.length && at.length < 6; j++) {
    const t = tokens[j];
    if (t.kind === 'word') at.push(j);
    else if (!(t.text === '-' && adjacent(tokens[j - 1], t) && tokens[j + 1] && adjacent(t, tokens[j + 1]))) break;
  }
  const w = (k: number): string => (k < at.length ? tokens[at[k]].lower : '');
  let whole = 0;
  let part = 0;
  let last = -1;
  if ((w(0) === 'a' || w(0) === 'one') && w(1) === 'quarter' && w(2) === 'of' && (w(3) === 'a' || w(3) === 'an') && has(BIG_WORDS, w(4))) {
    part = 0.25;
    last = 4;
  } else if (has(UNITS, w(0)) && /^quarters?$/.test(w(1)) && w(2) === 'of' && (w(3) === 'a' || w(3) === 'an') && has(BIG_WORDS, w(4))) {
    part = UNITS[w(0)] * 0.25;
    last = 4;
  } else if ((has(UNITS, w(0)) || has(TEENS, w(0))) && w(1) === 'and' && w(2) === 'a' && w(3) === 'half') {
    // "two and a half million"; "six and a half years", "a six and a half year sentence": a span of time
    // and its half, no big number (the unit stays the duration's word).
    whole = UNITS[w(0)] ?? TEENS[w(0)];
    part = 0.5;
    if (has(BIG_WORDS, w(4))) last = 4;
    else if (HALVED_UNITS.has(w(4))) last = 3;
  }
  if (last < 0) return pointFraction(tokens, i, at, w);
  const end = tokens[at[last]];
  const scaled = has(BIG_WORDS, w(last));
  return {
    value: roundValue((whole + part) * (scaled ? BIG_WORDS[w(last)] : 1)),
    first: i,
    last: at[last],
    start: tokens[i].start,
    end: end.end,
    form: 'words',
    decimal: false,
    scaled,
    grouped: false,
    suffix: '',
    article: false,
  };
}

/**
 * A fraction of a point, as rates move: "half a percentage point", "a quarter-point increase", "three-quarter-point
 * hikes", "a half-point gain". The number is the fraction's words; "point" or "percentage point" after it stays
 * the unit's, as after "0.5".
 */
function pointFraction(tokens: readonly Token[], i: number, at: readonly number[], w: (k: number) => string): NumberRead | null {
  const unitAt = (k: number): boolean => w(k) === 'point' || w(k) === 'points' || (w(k) === 'percentage' && /^points?$/u.test(w(k + 1)));
  let value = 0;
  let last = -1;
  if (w(0) === 'half' && (w(1) === 'a' || w(1) === 'an') && unitAt(2)) [value, last] = [0.5, 1];
  else if (w(0) === 'half' && unitAt(1)) [value, last] = [0.5, 0];
  else if (w(0) === 'quarter' && unitAt(1)) [value, last] = [0.25, 0];
  else if (w(0) === 'three' && /^quarters?$/u.test(w(1)) && unitAt(2)) [value, last] = [0.75, 1];
  else if (w(0) === 'three' && w(1) === 'quarters' && w(2) === 'of' && w(3) === 'a' && unitAt(4)) [value, last] = [0.75, 3];
  if (last < 0) return null;
  return {
    value,
    first: i,
    last: at[last],
    start: tokens[i].start,
    end: tokens[at[last]].end,
    form: 'words',
    decimal: true,
    scaled: false,
    grouped: false,
    suffix: '',
    article: false,
  };
}

export interface NumberMention extends NumberRead {
  text: string;
}

/** Every number written in `text`, in order, without overlaps. */
export function findNumbers(text: string, tokens: readonly Token[] = tokenize(text)): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const read = readNumberAt(tokens, i, text);
    if (!read) continue;
    mentions.push({ ...read, text: text.slice(read.start, read.end) });
    i = read.last;
  }
  return mentions;
}

/**
 * The value of a whole string that is one number ("40,000", "1 million", "1.2m", "twenty-five",
 * "a dozen", "2\u00A0300"), or null when it is not exactly one number.
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  const tokens = tokenize(trimmed);
  if (!tokens.length) return null;
  const read = readNumberAt(tokens, 0, trimmed);
  if (!read || read.last !== tokens.length - 1 || read.suffix) return null;
  return read.value;
}
