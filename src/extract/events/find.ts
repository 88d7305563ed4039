// Recognises date expressions in one paragraph ("on Friday", "Oct. 7", "9 August 2024", "last week",
// "in 2019") without resolving them: resolution needs the publication date and the surrounding clause.
// Every pattern is a flat alternation of literal words with bounded gaps, so scanning stays linear.
import { isAsciiLetter, isDigit } from '../text/code-points.ts';
import { MONTHS, WEEKDAYS } from '../text/lexicon.ts';
import { alternation } from '../text/patterns.ts';

/** Which way the words themselves point: "next Monday" (future), "last Monday" / "since Monday" (past). */
export type Lean = 'past' | 'future' | null;

interface MentionBase {
  start: number; // offset in the paragraph, inclusive
  end: number; // exclusive
  lean: Lean;
  /** The reference day itself is excluded ("next Monday" written on a Monday is a week later). */
  strict: boolean;
}

/** Month and day, with or without a year ("Oct. 7", "9 August 2024", "2024-08-09", "May 6-9"). */
export interface DayMention extends MentionBase {
  kind: 'day';
  y: number | null;
  m: number;
  d: number;
  /** "Oct. 7 last year": the year relative to publication. */
  yearOffset: number | null;
  /** A weekday written next to the date ("Saturday (Jan 8)"): picks the year when none is written. */
  weekday: number | null;
  until: { y: number | null; m: number; d: number } | null;
}

/** A month ("in December", "December 2022", "last March", "from March to May 2024"). */
export interface MonthMention extends MentionBase {
  kind: 'month';
  y: number | null;
  m: number;
  /** "this March": the publication year whatever the tense. */
  sameYear: boolean;
  /** "(in) August last year": the year relative to publication. */
  yearOffset?: number;
  until: { y: number | null; m: number } | null;
}

export interface YearMention extends MentionBase {
  kind: 'year';
  y: number;
  untilYear: number | null;
}

export interface WeekdayMention extends MentionBase {
  kind: 'weekday';
  weekday: number; // 0 = Sunday
}

export type Unit = 'day' | 'week' | 'month' | 'year';

/** Relative to publication: "yesterday" (day -1), "next week" (week +1), "three years ago" (year -3). */
export interface RelativeMention extends MentionBase {
  kind: 'relative';
  unit: Unit;
  offset: number;
}

/** Relative to the date mentioned just before: "the following month", "later that evening", "a day later". */
export interface AnchoredMention extends MentionBase {
  kind: 'anchored';
  unit: Unit;
  offset: number;
}

/** "over the weekend", "last weekend": dated as the week holding that Saturday. */
export interface WeekendMention extends MentionBase {
  kind: 'weekend';
}

export type DateMention = DayMention | MonthMention | YearMention | WeekdayMention | RelativeMention | AnchoredMention | WeekendMention;

const MONTH_WORDS = alternation(MONTHS.flat());
const MONTH_ABBREVIATIONS = alternation(MONTHS.flatMap(([, ...abbreviations]) => abbreviations));
/** Weekday names in lower case, Sunday first: a weekday's number is its index. */
const WEEKDAY_KEYS = WEEKDAYS.map(([name]) => name.toLowerCase());
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

// Only an abbreviation takes a full stop ("Oct. 7"); after "October" it ends the sentence.
const month = (group: string) => `(?<![\\p{L}\\d])(?<${group}>${MONTH_WORDS})(?!\\p{L})(?:(?<=(?:${MONTH_ABBREVIATIONS}))\\.)?`;
const day = (group: string) => `(?<${group}>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d]|[,.:]\\d)`;
const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)(?!\\d)';
const RANGE = '\\s{0,2}(?:-|–|—|to|through|until|and)\\s{0,2}';
const GAP = '\\s{1,2}';

// "Oct. 7", "August 9, 2024", "May 6-9", "May 6 to May 9", "Oct. 7 last year".
const MONTH_DAY = new RegExp(
  `${month('m1')}\\s{0,2}${day('d1')}(?:${RANGE}(?:${month('m2')}\\s{0,2})?${day('d2')})?` +
    `(?:(?:,\\s{0,2}|\\s{1,2})(?<y>${YEAR})|${GAP}(?<rel>last|this|next)${GAP}year(?!\\p{L}))?`,
  'giu',
);
// "7 October", "31st Jan, 2025", "the 9th of August", "between 1 and 3 June 2024".
// "between 1 January and 13 April 2024": a span across months, the year written once at its end.
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d.,])(?:(?:between|from)${GAP})?(?:the${GAP})?${day('d1')}(?:${RANGE}(?:the${GAP})?${day('d2')})?` +
    `${GAP}(?:of${GAP})?${month('m1')}(?:${RANGE}(?:the${GAP})?${day('d3')}${GAP}(?:of${GAP})?${month('m2')})?(?:(?:,\\s{0,2}|\\s{1,2})(?<y>${YEAR}))?`,
  'giu',
);
const ISO_DAY = /(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])/g;
// "December 2022", "mid-March 2023", "from March to May 2024".
const MONTH_YEAR = new RegExp(
  `(?:(?:in|since|by|until|till|through|during|before|after|from|between)${GAP})?(?:(?:early|mid|late)[\\s-]{1,2})?` +
    `${month('m1')}(?:${RANGE}${month('m2')})?,?${GAP}(?<y>${YEAR})`,
  'giu',
);
// A month alone needs a word that makes it a time ("in May", not "May"): "May" is also a verb and a name.
const MONTH_ALONE = new RegExp(
  `(?<![\\p{L}])(?<prep>in|since|by|until|till|through|throughout|during|before|after|from|between|last|next|this|early|late|mid|` +
    `(?:the${GAP})?(?:end|beginning|start|middle|close|first half|second half|first week|last week|first days|last days)${GAP}of)` +
    `[\\s-]{1,2}(?:(?:early|late|mid)[\\s-]{1,2})?${month('m1')}(?:${RANGE}${month('m2')})?(?!\\.?\\s{0,2},?\\s{0,2}\\d)`,
  'giu',
);
const MONTH_WITH_RELATIVE_YEAR = new RegExp(`${month('m1')}\\s{1,2}(?<rel>last|this|next)\\s{1,2}year(?!\\p{L})`, 'giu');
// "in 2019", "mid-2022", "2019-2021", "the 2021 coup"; whether it is a year at all is decided from context.
const YEAR_NUMBER = new RegExp(
  `(?<![\\p{L}\\d$£€¥#.,/-])(?:(?<prep>in|since|by|until|till|through|during|before|after|from|between)${GAP})?` +
    `(?:(?<pre>early|mid|late)[\\s-]{1,2})?(?<y>${YEAR})` +
    `(?:\\s{0,2}(?:-|–|to|through|until|and)\\s{0,2}(?<y2>${YEAR})|[-–/](?<yy>\\d\\d)(?!\\d))?` +
    `(?![\\d%]|[.,:]\\d|s(?!\\p{L})|-(?:year|month|day|week|strong|member|metre|meter|foot|km|kilomet|mile|acre|ton|bed|page|word)|\\s{0,2}(?:GMT|UTC|BST|EST|EDT|CET|hrs|hours|local time)(?!\\p{L}))`,
  'giu',
);
const WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>(?:(?:late|early|earlier|later|on|since|by|until|till|through|before|after|from|last|next|this|coming|past|as of)${GAP}){1,3})|` +
    `(?<hours>(?:in${GAP})?the${GAP}(?:early|small|wee)${GAP}hours${GAP}(?:of|on)${GAP})|` +
    `(?<time>(?:(?:at|around|about|from|after|before|until|by)${GAP})?\\d{1,2}(?:[:.]\\d{2})?\\s{0,2}(?:a\\.m\\.|p\\.m\\.|am|pm)(?!\\p{L})\\s{0,2}(?:(?:local time|on)${GAP})?))?` +
    `(?<wd>${alternation(WEEKDAYS.map(([name]) => name))})(?:['’]s)?(?:${GAP}(?:morning|afternoon|evening|night|midday|noon))?(?!\\p{L})`,
  'giu',
);
const RELATIVE_DAY = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>since|until|till|by|from|before|after|earlier|later|late|early|as of)${GAP})?` +
    `(?<word>the${GAP}day${GAP}before${GAP}yesterday|the${GAP}day${GAP}after${GAP}tomorrow|yesterday|today|tonight|tomorrow|` +
    `this${GAP}(?:morning|afternoon|evening)|last${GAP}night)(?:['’]s)?(?:${GAP}(?:morning|afternoon|evening|night))?(?!\\p{L})`,
  'giu',
);
const RELATIVE_UNIT = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>earlier|later|since|until|by|from|during|late|early|as of|over|at|on|throughout)${GAP})?(?:(?<the>the)${GAP})?` +
    `(?<which>this${GAP}past|last|this|next|past|previous|prior|coming|following|same|that)${GAP}(?<unit>week|weekend|month|year)(?:['’]s)?(?!\\p{L})`,
  'giu',
);
const WEEKEND = new RegExp(`(?<![\\p{L}])(?:over|during|at|on|throughout)${GAP}the${GAP}weekend(?!\\p{L})`, 'giu');
const ANCHORED_DAY = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>earlier|later|late|early)${GAP})?(?:the${GAP}(?<which>following|next|previous|same|prior)${GAP}(?:day|morning|afternoon|evening|night)|` +
    `the${GAP}day${GAP}(?<dir>after|before)|that${GAP}(?:same${GAP})?(?:day|morning|afternoon|evening|night))(?!\\p{L})`,
  'giu',
);
const COUNT_AGO = new RegExp(
  `(?<![\\p{L}\\d])(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})${GAP}(?<unit>day|week|month|year)s?${GAP}(?<dir>ago|later|earlier)(?!\\p{L})`,
  'giu',
);

export function monthNumber(name: string): number {
  return 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
}

/** Month and weekday names are proper nouns: "may", "march" and "august" in lower case are other words. */
function capitalised(word: string | undefined): boolean {
  return !!word && /^\p{Lu}/u.test(word);
}

const DATE_PREPOSITIONS = new Set([
  'on',
  'since',
  'by',
  'until',
  'till',
  'before',
  'after',
  'from',
  'of',
  'in',
  'between',
  'and',
  'to',
  'through',
  'as',
  'at',
  'until',
  'during',
  'late',
  'early',
  'mid',
]);
// Words after "March 23" that make it a name ("the March 23 Movement") rather than a date.
const NAME_HEADS = new Set([
  'movement',
  'group',
  'brigade',
  'brigades',
  'street',
  'road',
  'avenue',
  'square',
  'stadium',
  'bridge',
  'party',
  'alliance',
  'front',
  'coalition',
  'revolution',
  'uprising',
  'memorial',
  'agreement',
  'accord',
  'accords',
  'declaration',
  'manifesto',
  'club',
  'battalion',
  'regiment',
  'division',
  'park',
  'hospital',
  'university',
  'college',
  'school',
  'airport',
  'station',
  'dam',
  'building',
  'tower',
  'market',
  'mosque',
  'church',
  'camp',
  'district',
  'avenida',
  'rue',
  'initiative',
  'committee',
]);
// Newspapers and named days, not dates: "the Sunday Times", "Black Friday", "Bloody Sunday".
const WEEKDAY_NAME_AFTER = new Set([
  'times',
  'telegraph',
  'mail',
  'express',
  'herald',
  'post',
  'mirror',
  'independent',
  'tribune',
  'star',
  'observer',
  'age',
  'nation',
  'standard',
  'monitor',
  'club',
  'prayers',
  'prayer',
  'sermon',
  'mass',
  'school',
  'service',
  'services',
  'market',
]);
const WEEKDAY_NAME_BEFORE = new Set([
  'black',
  'good',
  'bloody',
  'super',
  'ash',
  'holy',
  'easter',
  'palm',
  'maundy',
  'cyber',
  'shrove',
  'giving',
  'low',
  'whit',
  'trinity',
  'blue',
  'mad',
  'casual',
]);
// Words before a four-digit number that make it a quantity ("about 2000", "more than 1500").
const QUANTITY_BEFORE = new Set([
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'over',
  'than',
  'least',
  'approximately',
  'roughly',
  'estimated',
  'only',
  'just',
  'total',
  'another',
  'additional',
  'extra',
  'all',
  'those',
  'these',
  'up',
  'to',
  'with',
  'killed',
  'killing',
  'injured',
  'injuring',
  'wounded',
  'wounding',
  'displaced',
  'evacuated',
  'rescued',
  'housed',
  'hosted',
  'employs',
  'employed',
  'number',
  'numbered',
  'reached',
  'hit',
  'exceeded',
  'topped',
  'surpassed',
  'of',
  'and',
  'or',
  'by',
  'nearly',
  'under',
  'below',
  'above',
  'no',
]);
// Words that may stand before a year: "in 2019", "since 2015", "the 2021 coup", "early 2020".
const YEAR_BEFORE = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'before',
  'after',
  'between',
  'through',
  'the',
  'early',
  'late',
  'mid',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'year',
  'of',
  'and',
  'to',
  'as',
]);
// Plural nouns that a year never qualifies; a number before them is a count ("2000 homes").
const COUNTED = new Set([
  'people',
  'persons',
  'residents',
  'civilians',
  'homes',
  'houses',
  'households',
  'families',
  'children',
  'soldiers',
  'troops',
  'fighters',
  'patients',
  'cases',
  'deaths',
  'dead',
  'bodies',
  'victims',
  'refugees',
  'migrants',
  'workers',
  'students',
  'passengers',
  'buildings',
  'villages',
  'acres',
  'hectares',
  'tons',
  'tonnes',
  'metres',
  'meters',
  'feet',
  'miles',
  'km',
  'kilometres',
  'kilometers',
  'dollars',
  'euros',
  'pounds',
  'rupees',
  'times',
  'rockets',
  'missiles',
  'shells',
  'trucks',
  'vehicles',
  'cars',
  'beds',
  'doses',
  'tests',
  'animals',
  'cattle',
  'men',
  'women',
  'babies',
  'infants',
  'members',
  'staff',
  'officers',
  'police',
  'personnel',
  'prisoners',
  'detainees',
  'hostages',
  'others',
  'more',
  'new',
  'confirmed',
  'suspected',
]);
// Words ending in "s" that are not plural nouns, so a following year is still a year ("2019 was").
const NOT_PLURAL = new Set([
  'was',
  'has',
  'is',
  'as',
  'this',
  'its',
  'his',
  'hers',
  'always',
  'across',
  'towards',
  'afterwards',
  'besides',
  'unless',
  'whereas',
  'thus',
  'perhaps',
  'plus',
  'does',
  'goes',
  'comes',
  'marks',
  'sees',
  'saw',
  'elections',
  'polls',
  'games',
  'olympics',
  'floods',
  'protests',
  'riots',
  'attacks',
  'talks',
  'accords',
  'riots',
  'hostilities',
  'clashes',
  'hearings',
  'negotiations',
  'sanctions',
  'rules',
  'figures',
  'statistics',
  'data',
  'levels',
  'rates',
  'results',
]);

const WORD_CHAR = /[\p{L}\p{N}'’.-]/u;
const WORD_CHAR_AFTER = /[\p{L}\p{N}'’-]/u;
const SPACE = /[\s\u00A0]/u;
// The scans below test one character at a time: ASCII, nearly all of it, is told without a regular expression.
const spaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE.test(text[i]);
};
/** WORD_CHAR, or WORD_CHAR_AFTER (no full stop) when `dot` is false. */
const wordCharAt = (text: string, i: number, dot: boolean): boolean => {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isDigit(c) || isAsciiLetter(c) || c === 0x27 || c === 0x2d || (dot && c === 0x2e);
  return (dot ? WORD_CHAR : WORD_CHAR_AFTER).test(text[i]);
};

/** The word just before `offset` (with its trailing stop or apostrophe); '' when there is none. Scans by hand: an anchored-at-end regex would retry at every position. */
function wordBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && offset - end < 8 && spaceAt(text, end - 1)) end--;
  let start = end;
  while (start > 0 && end - start < 40 && wordCharAt(text, start - 1, true)) start--;
  return text.slice(start, end);
}

function wordAfter(text: string, offset: number): string {
  let start = offset;
  while (start < text.length && start - offset < 8 && spaceAt(text, start)) start++;
  let end = start;
  while (end < text.length && end - start < 40 && wordCharAt(text, end, false)) end++;
  return text.slice(start, end);
}

function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 6), offset);
  return offset === 0 || /(?:^|[.!?:;“"(–—-])[\s\u00A0]*$/u.test(before) || (/^[\s\u00A0]*$/u.test(before) && offset < 6);
}

function base(start: number, end: number, lean: Lean = null, strict = false): MentionBase {
  return { start, end, lean, strict };
}

function leanOfWord(word: string | undefined): Lean {
  const w = (word ?? '').toLowerCase();
  if (/\b(?:next|coming)\b/.test(w)) return 'future';
  if (/\b(?:last|past|since|earlier)\b/.test(w)) return 'past';
  return null;
}

// Words that every match of a pattern contains (with the pattern's flags), tested first: a paragraph
// without them cannot match, and the patterns, led by look-behinds and optional prefixes, are slow to
// scan. Most paragraphs name no month or weekday, so most scans are skipped. The five month patterns
// share one test (MONTH_HINT, in findDateMentions).
const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;
const HINTS = new Map<RegExp, RegExp>([
  [YEAR_NUMBER, /1[6-9]\d\d|20\d\d/u],
  [WEEKDAY, /sunday|monday|tuesday|wednesday|thursday|friday|saturday/iu],
  [RELATIVE_DAY, /yesterday|today|tonight|tomorrow|this\s{1,2}(?:morning|afternoon|evening)|last\s{1,2}night/iu],
  [RELATIVE_UNIT, /week|month|year/iu],
  [WEEKEND, /weekend/iu],
  [ANCHORED_DAY, /(?:following|next|previous|same|prior|the|that)\s{1,2}(?:day|morning|afternoon|evening|night)/iu],
  [COUNT_AGO, /ago|later|earlier/iu],
]);

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  if (HINTS.get(pattern)?.test(text) === false) return;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    yield match;
    if (match[0].length === 0) pattern.lastIndex++;
  }
}

/** A month-day that is really part of a name ("the March 23 Movement", "April 6 Youth Movement"). */
function isNamePart(text: string, start: number, end: number): boolean {
  const next = wordAfter(text, end);
  if (NAME_HEADS.has(next.toLowerCase()) && capitalised(next)) return true;
  const previousWord = wordBefore(text, start);
  const previous = previousWord.toLowerCase();
  if (capitalised(next) && (previous === 'the' || previous === 'a') && !WEEKDAY_KEYS.includes(next.toLowerCase())) return true;
  // "the Long March 5 rocket": a title-case word just before makes the month part of a name. All-caps
  // datelines ("KYIV March 5"), weekdays and sentence starts do not.
  const titleCase = /^\p{Lu}\p{Ll}/u.test(previousWord) && !/[.’']/u.test(previousWord);
  return (
    titleCase &&
    !WEEKDAY_KEYS.includes(previous) &&
    monthNumber(previous) < 1 &&
    !DATE_PREPOSITIONS.has(previous) &&
    !atSentenceStart(text, start - previousWord.length - 1)
  );
}

function findDays(text: string, out: DateMention[], namesMonth: boolean): void {
  for (const match of namesMonth ? matches(MONTH_DAY, text) : []) {
    const g = match.groups!;
    if (!capitalised(g.m1) || (g.m2 && !capitalised(g.m2))) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (isNamePart(text, start, end)) continue;
    const m = monthNumber(g.m1);
    const d = Number(g.d1);
    if (d < 1 || d > 31) continue;
    const until = g.d2 ? { y: g.y ? Number(g.y) : null, m: g.m2 ? monthNumber(g.m2) : m, d: Number(g.d2) } : null;
    if (until && (until.d < 1 || until.d > 31)) continue;
    const yearOffset = g.rel ? ({ last: -1, this: 0, next: 1 }[g.rel.toLowerCase()] ?? null) : null;
    out.push({ ...base(start, end), kind: 'day', y: g.y ? Number(g.y) : null, m, d, yearOffset, weekday: null, until });
  }
  for (const match of namesMonth ? matches(DAY_MONTH, text) : []) {
    const g = match.groups!;
    if (!capitalised(g.m1) || (g.m2 && !capitalised(g.m2))) continue;
    const start = match.index;
    const end = start + match[0].length;
    const m = monthNumber(g.m1);
    const d = Number(g.d1);
    if (d < 1 || d > 31 || (g.d2 && (Number(g.d2) < 1 || Number(g.d2) > 31)) || (g.d3 && (Number(g.d3) < 1 || Number(g.d3) > 31))) continue;
    const y = g.y ? Number(g.y) : null;
    const until = g.d3 ? { y, m: monthNumber(g.m2), d: Number(g.d3) } : g.d2 ? { y, m, d: Number(g.d2) } : null;
    out.push({ ...base(start, end), kind: 'day', y, m, d, yearOffset: null, weekday: null, until });
  }
  for (const match of matches(ISO_DAY, text)) {
    const g = match.groups!;
    const start = match.index;
    out.push({
      ...base(start, start + match[0].length),
      kind: 'day',
      y: Number(g.y),
      m: Number(g.m),
      d: Number(g.d),
      yearOffset: null,
      weekday: null,
      until: null,
    });
  }
}

function findMonths(text: string, out: DateMention[], namesMonth: boolean): void {
  if (!namesMonth) return;
  for (const match of matches(MONTH_YEAR, text)) {
    const g = match.groups!;
    if (!capitalised(g.m1) || (g.m2 && !capitalised(g.m2))) continue;
    const start = match.index;
    const y = Number(g.y);
    const until = g.m2 ? { y, m: monthNumber(g.m2) } : null;
    out.push({ ...base(start, start + match[0].length), kind: 'month', y, m: monthNumber(g.m1), sameYear: false, until });
  }
  for (const match of matches(MONTH_ALONE, text)) {
    const g = match.groups!;
    if (!capitalised(g.m1) || (g.m2 && !capitalised(g.m2))) continue;
    const prep = g.prep.toLowerCase();
    // "and May", "to May" only make a month inside a range, which the range alternative covers.
    const start = match.index;
    const lean: Lean = prep === 'last' ? 'past' : prep === 'next' ? 'future' : prep === 'since' ? 'past' : null;
    const until = g.m2 ? { y: null, m: monthNumber(g.m2) } : null;
    // "in August last year": the year phrase dates the month (and stays a year mention of its own,
    // as annotators list "last year" too).
    const tail = RELATIVE_YEAR_TAIL.exec(text.slice(start + match[0].length, start + match[0].length + 20));
    if (tail) {
      const yearOffset = { last: -1, this: 0, next: 1 }[tail[1].toLowerCase()] ?? 0;
      out.push({
        ...base(start, start + match[0].length),
        kind: 'month',
        y: null,
        m: monthNumber(g.m1),
        sameYear: false,
        yearOffset,
        until,
      });
      continue;
    }
    out.push({
      ...base(start, start + match[0].length, lean, prep === 'last' || prep === 'next'),
      kind: 'month',
      y: null,
      m: monthNumber(g.m1),
      sameYear: prep === 'this',
      until,
    });
  }
  // "the floods of August last year" (no preposition the bare-month rule needs): the month alone,
  // dated by the year phrase after it.
  for (const match of matches(MONTH_WITH_RELATIVE_YEAR, text)) {
    const g = match.groups!;
    if (!capitalised(g.m1)) continue;
    const yearOffset = { last: -1, this: 0, next: 1 }[g.rel.toLowerCase()] ?? 0;
    out.push({
      ...base(match.index, match.index + g.m1.length),
      kind: 'month',
      y: null,
      m: monthNumber(g.m1),
      sameYear: false,
      yearOffset,
      until: null,
    });
  }
}

const RELATIVE_YEAR_TAIL = /^\s{1,2}(last|this|next)\s{1,2}year(?!\p{L})/iu;

function findYears(text: string, out: DateMention[]): void {
  for (const match of matches(YEAR_NUMBER, text)) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const yearStart = start + match[0].indexOf(g.y);
    const previous = wordBefore(text, yearStart);
    const previousLower = previous.toLowerCase().replace(/[.’']+$/, '');
    const next = wordAfter(text, end);
    const nextLower = next.toLowerCase();
    if (!g.pre) {
      if (QUANTITY_BEFORE.has(previousLower) && !YEAR_BEFORE.has(previousLower)) continue;
      if (COUNTED.has(nextLower)) continue;
      const plural = /^\p{Ll}[\p{L}-]{2,}s$/u.test(next) && !NOT_PLURAL.has(nextLower);
      if (plural && !YEAR_BEFORE.has(previousLower)) continue;
      // "Flight 2019", "Resolution 2334": a number that is part of a name. "Israel's 2014 war" is a year.
      const nameBefore =
        capitalised(previous) &&
        !/['’]s$/.test(previous) &&
        !YEAR_BEFORE.has(previousLower) &&
        !DATE_PREPOSITIONS.has(previousLower) &&
        monthNumber(previous) < 1 &&
        !atSentenceStart(text, yearStart - previous.length - 1);
      if (nameBefore) continue;
      // "of 2000" and "and 2000" are years only when nothing counted follows.
      if (
        (previousLower === 'of' || previousLower === 'and' || previousLower === 'to') &&
        /^\p{Ll}/u.test(next) &&
        !NOT_PLURAL.has(nextLower) &&
        plural
      )
        continue;
    }
    const y = Number(g.y);
    let untilYear: number | null = null;
    if (g.y2) untilYear = Number(g.y2);
    else if (g.yy) untilYear = Math.floor(y / 100) * 100 + Number(g.yy);
    if (untilYear !== null && untilYear <= y) untilYear = null;
    out.push({ ...base(start, end), kind: 'year', y, untilYear });
  }
}

function findWeekdays(text: string, out: DateMention[]): void {
  for (const match of matches(WEEKDAY, text)) {
    const g = match.groups!;
    if (!/^\p{Lu}/u.test(g.wd)) continue;
    const start = match.index;
    const end = start + match[0].length;
    const wdStart = start + match[0].indexOf(g.wd);
    if (WEEKDAY_NAME_BEFORE.has(wordBefore(text, wdStart).toLowerCase()) && capitalised(wordBefore(text, wdStart))) continue;
    const next = wordAfter(text, wdStart + g.wd.length);
    if (capitalised(next) && WEEKDAY_NAME_AFTER.has(next.toLowerCase())) continue;
    const lean = leanOfWord(g.pre);
    const strict = /\b(?:next|last|coming)\b/i.test(g.pre ?? '');
    // "horrified by Thursday's attacks": before a possessive the preposition belongs to the noun phrase.
    const possessive = /['’]s$/.test(text.slice(start, end).replace(/\s+\p{L}+$/u, '')) && g.pre && !lean && !strict;
    out.push({
      ...base(possessive ? wdStart : start, end, lean, strict),
      kind: 'weekday',
      weekday: WEEKDAY_KEYS.indexOf(g.wd.toLowerCase()),
    });
  }
}

function findRelative(text: string, out: DateMention[]): void {
  for (const match of matches(RELATIVE_DAY, text)) {
    const word = match.groups!.word.toLowerCase().replace(/\s+/g, ' ');
    const offset = word.includes('before yesterday')
      ? -2
      : word.includes('after tomorrow')
        ? 2
        : word === 'yesterday' || word === 'last night'
          ? -1
          : word === 'tomorrow'
            ? 1
            : 0;
    out.push({ ...base(match.index, match.index + match[0].length), kind: 'relative', unit: 'day', offset });
  }
  for (const match of matches(RELATIVE_UNIT, text)) {
    const g = match.groups!;
    const which = g.which.toLowerCase();
    const unit = g.unit.toLowerCase();
    const start = match.index;
    const end = start + match[0].length;
    const hasThe = !!g.the;
    // "this past weekend" is the weekend just gone; "this past week" reads as a duration.
    if (/^this\s+past$/u.test(which)) {
      if (unit === 'weekend') out.push({ ...base(start, end, 'past'), kind: 'weekend' });
      continue;
    }
    if (unit === 'weekend') {
      if (hasThe && !['following', 'previous', 'same'].includes(which)) continue;
      if (which === 'past' || which === 'prior' || which === 'following' || which === 'previous' || which === 'same' || which === 'that')
        continue;
      const lean = which === 'next' || which === 'coming' ? 'future' : which === 'last' ? 'past' : null;
      out.push({ ...base(start, end, lean, which !== 'this'), kind: 'weekend' });
      continue;
    }
    const u = unit as Unit;
    // "the last week", "the past month", "the coming year" are durations, not dates.
    if (which === 'past' || which === 'coming' || (hasThe && (which === 'last' || which === 'next' || which === 'this'))) continue;
    if (which === 'following' || which === 'previous' || which === 'prior' || which === 'same' || which === 'that') {
      if (!hasThe && which !== 'that') continue;
      const offset = which === 'following' ? 1 : which === 'previous' || which === 'prior' ? -1 : 0;
      out.push({ ...base(start, end), kind: 'anchored', unit: u, offset });
      continue;
    }
    // "in the next month" also reads as a duration.
    const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    out.push({ ...base(start, end), kind: 'relative', unit: u, offset });
  }
  for (const match of matches(WEEKEND, text)) {
    out.push({ ...base(match.index, match.index + match[0].length), kind: 'weekend' });
  }
  for (const match of matches(ANCHORED_DAY, text)) {
    const g = match.groups!;
    const which = (g.which ?? '').toLowerCase();
    const offset =
      which === 'following' || which === 'next' || g.dir?.toLowerCase() === 'after'
        ? 1
        : which === 'previous' || which === 'prior' || g.dir?.toLowerCase() === 'before'
          ? -1
          : 0;
    out.push({ ...base(match.index, match.index + match[0].length), kind: 'anchored', unit: 'day', offset });
  }
  for (const match of matches(COUNT_AGO, text)) {
    const g = match.groups!;
    const n = NUMBER_WORDS[g.n.toLowerCase()] ?? Number(g.n);
    const unit = g.unit.toLowerCase() as Unit;
    const dir = g.dir.toLowerCase();
    const start = match.index;
    const end = start + match[0].length;
    if (dir === 'ago') out.push({ ...base(start, end, 'past'), kind: 'relative', unit, offset: -n });
    else out.push({ ...base(start, end), kind: 'anchored', unit, offset: dir === 'later' ? n : -n });
  }
}

/**
 * When a weekday stands right next to a date ("Saturday (Jan 8)", "Friday, August 9, 2024"), they
 * are one mention: the date wins and the weekday only helps choose its year.
 */
function mergeWeekdayAndDate(text: string, mentions: DateMention[]): DateMention[] {
  const merged: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const current = mentions[i];
    const next = mentions[i + 1];
    if (current.kind === 'weekday' && next?.kind === 'day') {
      const between = text.slice(current.end, next.start);
      if (/^\s{0,2}[,(]?\s{0,2}$/.test(between)) {
        const close = between.includes('(') && text[next.end] === ')' ? 1 : 0;
        merged.push({ ...next, start: current.start, end: next.end + close, weekday: current.weekday });
        i++;
        continue;
      }
    }
    merged.push(current);
  }
  return merged;
}

/**
 * "in 2018 and 2019" and "on May 6 and 9" are two dates; only "between … and …" is a span. The
 * range patterns accept "and" for the span, so a list is split back into its two dates here.
 */
function splitLists(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const mention of mentions) {
    const written = text.slice(mention.start, mention.end);
    const and = /\sand\s/u.exec(written);
    const ranged =
      (mention.kind === 'day' && mention.until) ||
      (mention.kind === 'month' && mention.until) ||
      (mention.kind === 'year' && mention.untilYear !== null);
    const between = /^between\s/iu.test(written) || wordBefore(text, mention.start).toLowerCase() === 'between';
    if (!and || !ranged || between) {
      out.push(mention);
      continue;
    }
    const first = { start: mention.start, end: mention.start + and.index };
    const second = { start: mention.start + and.index + and[0].length, end: mention.end };
    if (mention.kind === 'day' && mention.until) {
      const { until } = mention;
      // "on May 6 and 12 people died": the number after "and" counts something.
      const next = wordAfter(text, mention.end);
      if (COUNTED.has(next.toLowerCase()) || (/^\p{Ll}[\p{L}-]{2,}s$/u.test(next) && !NOT_PLURAL.has(next.toLowerCase()))) {
        out.push({ ...mention, ...first, until: null });
        continue;
      }
      out.push(
        { ...mention, ...first, until: null },
        { ...mention, ...second, y: until.y ?? mention.y, m: until.m, d: until.d, until: null },
      );
    } else if (mention.kind === 'month' && mention.until) {
      const { until } = mention;
      out.push({ ...mention, ...first, until: null }, { ...mention, ...second, y: until.y ?? mention.y, m: until.m, until: null });
    } else if (mention.kind === 'year' && mention.untilYear !== null) {
      out.push({ ...mention, ...first, untilYear: null }, { ...mention, ...second, y: mention.untilYear, untilYear: null });
    }
  }
  return out;
}

/** Every date expression in the paragraph, in reading order, none overlapping (the longest wins). */
export function findDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  const namesMonth = MONTH_HINT.test(text);
  findDays(text, found, namesMonth);
  findMonths(text, found, namesMonth);
  findYears(text, found);
  findWeekdays(text, found);
  findRelative(text, found);
  if (!found.length) return found;
  // Longest first, then claim characters: a shorter match inside a longer one ("2024" in "May 6, 2024") is dropped.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length + 1);
  const kept: DateMention[] = [];
  for (const mention of found) {
    let free = true;
    for (let i = mention.start; i < mention.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, mention.start, mention.end);
    kept.push(mention);
  }
  kept.sort((a, b) => a.start - b.start);
  return mergeWeekdayAndDate(text, splitLists(text, kept));
}
