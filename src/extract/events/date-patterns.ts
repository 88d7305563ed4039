// The patterns of date expressions: flat alternations of literal words with bounded gaps, so scanning
// stays linear. Month and weekday names come from text/lexicon.ts; each pattern's meaning is read in find.ts.
import { MONTHS, WEEKDAYS } from '../text/lexicon.ts';
import { alternation } from '../text/patterns.ts';
import { COUNT_UNITS, FIXED_HOLIDAYS, NUMBER_WORDS, QUARTER_WHICH, SEASONS } from './lexicon.ts';

const MONTH_WORDS = alternation(MONTHS.flat());
const MONTH_ABBREVIATIONS = alternation(MONTHS.flatMap(([, ...abbreviations]) => abbreviations));
/** Weekday names in lower case, Sunday first: a weekday's number is its index. */
export const WEEKDAY_KEYS = WEEKDAYS.map(([name]) => name.toLowerCase());

// Only an abbreviation takes a full stop ("Oct. 7"); after "October" it ends the sentence.
const month = (group: string) => `(?<![\\p{L}\\d])(?<${group}>${MONTH_WORDS})(?!\\p{L})(?:(?<=(?:${MONTH_ABBREVIATIONS}))\\.)?`;
const day = (group: string) => `(?<${group}>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d]|[,.:]\\d)`;
const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)(?!\\d)';
const RANGE = '\\s{0,2}(?:-|–|—|to|through|until|till|and)\\s{0,2}';
const GAP = '\\s{1,2}';

// "Oct. 7", "August 9, 2024", "May 6-9", "May 6 to May 9", "Oct. 7 last year".
export const MONTH_DAY = new RegExp(
  `${month('m1')}\\s{0,2}${day('d1')}(?:${RANGE}(?:${month('m2')}\\s{0,2})?${day('d2')})?` +
    `(?:(?:,\\s{0,2}|\\s{1,2})(?<y>${YEAR})|${GAP}(?:of${GAP})?(?<rel>last|this|next)${GAP}year(?!\\p{L}))?`,
  'giu',
);
// "7 October", "31st Jan, 2025", "the 9th of August", "between 1 and 3 June 2024".
// "between 1 January and 13 April 2024": a span across months, the year written once at its end.
export const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d.,])(?:(?:between|from)${GAP})?(?:the${GAP})?${day('d1')}(?:${RANGE}(?:the${GAP})?${day('d2')})?` +
    `${GAP}(?:of${GAP})?${month('m1')}(?:${RANGE}(?:the${GAP})?${day('d3')}${GAP}(?:of${GAP})?${month('m2')})?` +
    `(?:(?:,\\s{0,2}|\\s{1,2})(?<y>${YEAR}))?`,
  'giu',
);
// "on the 29th": a day whose month is the story's (the last date written, or the month of publication).
// Not "on the 29th floor", "the 5th anniversary", "on the 3rd day".
export const ORDINAL_DAY =
  /(?<![\p{L}\d])on\s{1,2}the\s{1,2}(?<d>\d{1,2})(?:st|nd|rd|th)(?![\p{L}\d])(?!\s{0,2}[-–]|\s{1,2}(?:of\s|\p{L}))/giu;
export const ISO_DAY = /(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])/g;
// "12/03/2024", "12.03.2024", "3/12/24": a day in numbers, day and month in either order (resolve.ts).
export const NUMERIC_DAY = /(?<![\d/.])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d)/g;
// "December 2022", "mid-March 2023", "from March to May 2024".
export const MONTH_YEAR = new RegExp(
  `(?:(?:in|since|by|until|till|through|during|before|after|from|between)${GAP})?(?:(?:early|mid|late)[\\s-]{1,2})?` +
    `${month('m1')}(?:${RANGE}${month('m2')})?,?${GAP}(?:of${GAP})?(?<y>${YEAR})`, // ("since March of 2009")
  'giu',
);
// A month alone needs a word that makes it a time ("in May", not "May"): "May" is also a verb and a name.
export const MONTH_ALONE = new RegExp(
  `(?<![\\p{L}])(?<prep>in|since|by|until|till|through|throughout|during|before|after|from|between|as${GAP}of|last|next|this|early|late|mid|` +
    `(?:the${GAP})?(?:end|beginning|start|middle|close|first half|second half|first week|last week|first days|last days|` +
    `(?:first|last|final)${GAP}\\d{1,2}${GAP}(?:days|weeks))${GAP}of|` +
    // "inflation for the year to March", "the 12 months ending June": a period that ends in the month.
    `(?:year|quarter|(?:three|six|nine|twelve|3|6|9|12)${GAP}months)${GAP}(?:to|ending))` +
    // Not "June 5" (a day) nor "June, 2023" (a month and year); "In June, 5,956 people" is a month.
    `[\\s-]{1,2}(?:(?:early|late|mid)[\\s-]{1,2})?${month('m1')}(?:${RANGE}${month('m2')})?(?!\\.?\\s{0,2}\\d)(?!\\s{0,2},\\s{0,2}(?:1[6-9]|20)\\d\\d(?![\\d,]))`,
  'giu',
);
// "the April-June period", "January–March": two month names joined by a dash make a span of months
// with no preposition ("May" alone may be a verb or a name; a dashed pair is neither).
export const MONTH_SPAN = new RegExp(
  `${month('m1')}[-–]${month('m2')}(?!\\.?\\s{0,2}\\d)(?!\\s{0,2},\\s{0,2}(?:1[6-9]|20)\\d\\d(?![\\d,]))`,
  'giu',
);
// "during June, July and August", "in January, March or May 2024": three or more months in a list share
// its preposition and its year. Two ("in June and July") are a range the patterns above split.
const LISTED_MONTH = `(?:${MONTH_WORDS})(?!\\p{L})(?:(?<=(?:${MONTH_ABBREVIATIONS}))\\.)?`;
export const MONTH_LIST = new RegExp(
  `(?<![\\p{L}])(?:(?<prep>in|since|by|until|till|through|throughout|during|before|after|from|for|last|next|this)${GAP})?` +
    `${month('m1')}(?<rest>(?:\\s{0,2},\\s{0,2}${LISTED_MONTH}){1,10}\\s{0,2},?${GAP}(?:and|or)${GAP}${LISTED_MONTH})` +
    `(?!\\.?\\s{0,2}\\d(?!\\d{3}))(?:,?${GAP}(?:of${GAP})?(?<y>${YEAR}))?`,
  'giu',
);
/** The month names of a list's tail, in order. */
export const LISTED_MONTHS = new RegExp(LISTED_MONTH, 'giu');
export const MONTH_WITH_RELATIVE_YEAR = new RegExp(
  `${month('m1')}\\s{1,2}(?:of\\s{1,2})?(?<rel>last|this|next)\\s{1,2}year(?!\\p{L})`,
  'giu',
);
// "in 2019", "mid-2022", "2019-2021", "the 2021 coup"; whether it is a year at all is decided from context.
export const YEAR_NUMBER = new RegExp(
  `(?:(?<![\\p{L}\\d$£€¥#.,/-])|(?<=(?<![\\p{L}])(?:post|pre)-))(?:(?<prep>in|since|by|until|till|through|during|before|after|from|between)${GAP})?` +
    `(?:(?<pre>early|mid|late)[\\s-]{1,2})?(?<y>${YEAR})` +
    `(?:\\s{0,2}(?:-|–|to|through|until|and)\\s{0,2}(?<y2>${YEAR})|[-–/](?<yy>\\d\\d)(?!\\d))?` +
    `(?![\\d%]|[.,:]\\d|s(?!\\p{L})|-(?:year|month|day|week|strong|member|metre|meter|foot|km|kilomet|mile|acre|ton|bed|page|word)` +
    `|\\s{0,2}(?:GMT|UTC|BST|EST|EDT|CET|hrs|hours|local time)(?!\\p{L}))`,
  'giu',
);
export const WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>` +
    `(?:(?:late|early|earlier|later|on|since|by|until|till|through|before|after|from|last|next|this|coming|past|as of)${GAP}){1,3})|` +
    `(?<hours>(?:in${GAP})?the${GAP}(?:early|small|wee)${GAP}hours${GAP}(?:of|on)${GAP})|` +
    `(?<time>(?:(?:at|around|about|from|after|before|until|by)${GAP})?` +
    `\\d{1,2}(?:[:.]\\d{2})?\\s{0,2}(?:a\\.m\\.|p\\.m\\.|am|pm)(?!\\p{L})` +
    `\\s{0,2}(?:(?:local time|on)${GAP})?))?` +
    `(?<wd>${alternation(WEEKDAYS.map(([name]) => name))})(?:['’]s)?(?:${GAP}(?:morning|afternoon|evening|night|midday|noon))?(?!\\p{L})`,
  'giu',
);
export const RELATIVE_DAY = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>since|until|till|by|from|before|after|earlier|later|late|early|as of)${GAP})?` +
    `(?<word>the${GAP}day${GAP}before${GAP}yesterday|the${GAP}day${GAP}after${GAP}tomorrow|yesterday|today|tonight|tomorrow|overnight|` +
    `this${GAP}(?:morning|afternoon|evening)|last${GAP}night)(?:['’]s)?(?:${GAP}(?:morning|afternoon|evening|night))?(?!\\p{L})`,
  'giu',
);
export const RELATIVE_UNIT = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>earlier|later|since|until|by|from|during|late|early|as of|over|at|on|throughout)${GAP})?(?:(?<the>the)${GAP})?` +
    `(?<which>this${GAP}past|last|this|next|past|previous|prior|coming|following|same|that)` +
    `${GAP}(?<unit>week|weekend|month|year)(?:['’]s)?(?!\\p{L})`,
  'giu',
);
// "before the end of the year": the story's own year. ("By the end of the month" is left alone: annotators of
// TimeBank do not date it.)
export const END_OF_YEAR = new RegExp(
  `(?<![\\p{L}])(?:(?:by|before|until|till|at|around|toward|towards)${GAP})?(?:the${GAP})?end${GAP}of${GAP}the${GAP}year(?![\\p{L}'’-])`,
  'giu',
);
export const WEEKEND = new RegExp(`(?<![\\p{L}])(?:over|during|at|on|throughout)${GAP}the${GAP}weekend(?!\\p{L})`, 'giu');
export const ANCHORED_DAY = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>earlier|later|late|early)${GAP})?` +
    `(?:the${GAP}(?<which>following|next|previous|same|prior)${GAP}(?:day|morning|afternoon|evening|night)|` +
    `the${GAP}day${GAP}(?<dir>after|before)|that${GAP}(?:same${GAP})?(?:day|morning|afternoon|evening|night))(?!\\p{L})`,
  'giu',
);
const COUNT_UNIT = alternation(Object.keys(COUNT_UNITS));
export const COUNT_AGO = new RegExp(
  `(?<![\\p{L}\\d])(?<n>${alternation(Object.keys(NUMBER_WORDS))}|\\d{1,2})${GAP}` +
    `(?<unit>${COUNT_UNIT})s?${GAP}(?<dir>ago|later|earlier)(?!\\p{L})`,
  'giu',
);

// "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand": years as they are spoken.
const TEEN_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
export const SPOKEN_YEAR = new RegExp(
  `(?<![\\p{L}])(?:(?<m1>${MONTH_WORDS})${GAP})?(?:(?<cent>nineteen|eighteen|twenty)[\\s-]{1,2}` +
    `(?<rest>${TEEN_WORDS}|(?:${TENS_WORDS})(?:[\\s-]{1,2}(?:${UNIT_WORDS}))?|hundred)|` +
    `the${GAP}year${GAP}two${GAP}thousand(?:${GAP}(?:and${GAP})?(?<small>${UNIT_WORDS}|${TEEN_WORDS}))?)(?![\\p{L}-])`,
  'giu',
);
// Named days on a fixed date ("Bastille Day", "St Patrick’s Day"), either apostrophe, any spacing.
const FIXED_HOLIDAY_NAMES = alternation(Object.keys(FIXED_HOLIDAYS)).replace(/'/g, "['’]").replace(/ /g, GAP);
// Holidays with a day of their own: "Thanksgiving Day", "last Thanksgiving", "Christmas Eve", "Election Day".
export const HOLIDAY = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>last|next|this|since|by|until|before|after)${GAP})?(?<name>Thanksgiving(?:${GAP}Day)?|` +
    `Christmas(?:${GAP}(?:Day|Eve))?|New${GAP}Year['’]s(?:${GAP}(?:Day|Eve))|Halloween|Valentine['’]s${GAP}Day|Election${GAP}Day|` +
    `${FIXED_HOLIDAY_NAMES})(?![\\p{L}])`,
  'gu',
);
// "a June agreement", "the October slaying": a month that qualifies the noun after it.
export const MONTH_MODIFIER = new RegExp(
  `(?<![\\p{L}])(?:a|an|the|its|their|his|her)${GAP}(?:(?:early|late|mid)[\\s-]{1,2})?${month('m1')}${GAP}` +
    `(?!(?:of|and|to|or|in|on|at|is|was|were|will|has|had|as|for|by|when|that|which|after|before|last|this|next)(?!\\p{L}))(?=\\p{Ll}{3,})`,
  'giu',
);
// "June's inconclusive election", "March's floods": a month's possessive before a noun phrase ("May's"
// is left out: it is as often Theresa May's).
export const MONTH_POSSESSIVE = new RegExp(
  `(?<![\\p{L}\\d])(?<m1>${alternation(MONTHS.map(([name]) => name).filter((name) => name !== 'May'))})['’]s${GAP}(?=\\p{Ll}{3,})`,
  'gu',
);
// "this autumn": the season of publication's year, dated by that year.
export const SEASON = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>until|by|from|during|over|in|through|throughout|later|earlier)${GAP})?` +
    `this${GAP}(?<season>${alternation(Object.keys(SEASONS))})(?:['’]s)?(?![\\p{L}-])`,
  'giu',
);
// "last quarter", "over the past quarter", and then "over the quarter": a quarter near publication, dated by
// its year (as a quarter of a written year is that year); "a quarter" is a share.
export const QUARTER = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>in|during|over|for|through|throughout|since|by)${GAP})?(?:(?<the>the)${GAP})?` +
    `(?:(?<which>${alternation(Object.keys(QUARTER_WHICH))})${GAP})?quarter(?:['’]s)?(?![\\p{L}-])`,
  'giu',
);
// "by year-end", "since year end", "by year's end": the last day of a year.
export const YEAR_END = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>by|at|around|before|until|till|after|since|through)${GAP})?(?:the${GAP})?` +
    `(?:year[\\s-]end|year['’]s${GAP}end)(?![\\p{L}-])(?!${GAP}\\p{Ll})`,
  'giu',
);
// "the fiscal year", "this fiscal year", "the latest fiscal year".
export const FISCAL_YEAR = new RegExp(
  `(?<![\\p{L}])(?:the${GAP}(?:(?<which>current|latest|last|next|previous|coming|past)${GAP})?|(?<own>this|last|next)${GAP})fiscal${GAP}year(?![\\p{L}-])(?!${GAP}(?:ended|ending|to|that)(?!\\p{L}))`,
  'giu',
);
// "would be redeemed in five years": a count ahead, a date only when its clause looks ahead.
export const IN_COUNT = new RegExp(
  `(?<![\\p{L}])in${GAP}(?<n>${alternation(Object.keys(NUMBER_WORDS))}|\\d{1,2})${GAP}(?<unit>${COUNT_UNIT})s?(?![\\p{L}])(?!${GAP}or(?!\\p{L}))` +
    // ("in three months to February" is the period ending then, below.)
    `(?!${GAP}(?:to|ending|ended|through)${GAP}\\p{Lu})`,
  'giu',
);

// "six weeks after the explosion", "a day after the Labor Department said", "three days before the quarter
// ended": a count from an event the text names.
export const COUNT_FROM_EVENT = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:just|only|some|about|nearly|almost)${GAP})?(?<n>${alternation(Object.keys(NUMBER_WORDS))}|\\d{1,2})${GAP}` +
    `(?<unit>${COUNT_UNIT})s?${GAP}(?<dir>after|before)(?=${GAP}(?:the|a|an|his|her|its|their|\\p{Lu}))`,
  'giu',
);

export function monthNumber(name: string): number {
  return 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
}

// Words that every match of a pattern contains (with the pattern's flags), tested first: a paragraph
// without them cannot match, and the patterns, led by look-behinds and optional prefixes, are slow to
// scan. Most paragraphs name no month or weekday, so most scans are skipped. The five month patterns
// share one test (MONTH_HINT, in findDateMentions).
export const MONTH_HINT = new RegExp(MONTHS.map(([name]) => name.slice(0, 3)).join('|'), 'iu');
const HINTS = new Map<RegExp, RegExp>([
  [YEAR_NUMBER, /1[6-9]\d\d|20\d\d/u],
  [NUMERIC_DAY, /\d[/.]\d{1,2}[/.]\d/u],
  [WEEKDAY, new RegExp(WEEKDAYS.map(([name]) => name).join('|'), 'iu')],
  [RELATIVE_DAY, /yesterday|today|tonight|tomorrow|overnight|this\s{1,2}(?:morning|afternoon|evening)|last\s{1,2}night/iu],
  [RELATIVE_UNIT, /week|month|year/iu],
  [WEEKEND, /weekend/iu],
  [END_OF_YEAR, /end\s{1,2}of\s{1,2}the\s{1,2}year/iu],
  [ANCHORED_DAY, /(?:following|next|previous|same|prior|the|that)\s{1,2}(?:day|morning|afternoon|evening|night)/iu],
  [COUNT_AGO, /ago|later|earlier/iu],
  [SPOKEN_YEAR, /nineteen|eighteen|twenty|thousand/iu],
  [HOLIDAY, new RegExp(`Thanksgiving|Christmas|Year['’]s|Halloween|Valentine|Election Day|${FIXED_HOLIDAY_NAMES}`, 'u')],
  [YEAR_END, /year[\s-]end|year['’]s\s{1,2}end/iu],
  [FISCAL_YEAR, /fiscal/iu],
  [SEASON, new RegExp(`this\\s{1,2}(?:${alternation(Object.keys(SEASONS))})`, 'iu')],
  [QUARTER, /quarter/iu],
  [IN_COUNT, /\bin\s/iu],
  [COUNT_FROM_EVENT, /after|before/iu],
]);

// The word every match of a pattern holds, and how many characters at most its match runs before that
// word (the longest optional lead: "in the early hours of Monday", "at 9:30 a.m. local time on Monday").
// A match cannot start more than that before the next such word, so the scan starts there rather than
// trying every character of the text; matches found are the same.
// (Each pattern's month is a whole word: "Marrow" and "mayor" hold none.)
const MONTH_WORD = new RegExp(`(?:${MONTH_WORDS})(?!\\p{L})`, 'giu');
const ANCHORS = new Map<RegExp, { word: RegExp; lead: number }>([
  [MONTH_DAY, { word: MONTH_WORD, lead: 0 }],
  [MONTH_WITH_RELATIVE_YEAR, { word: MONTH_WORD, lead: 0 }],
  [MONTH_LIST, { word: MONTH_WORD, lead: 24 }], // "throughout  " 12
  [MONTH_YEAR, { word: MONTH_WORD, lead: 24 }], // "between  early- " 16
  [MONTH_MODIFIER, { word: MONTH_WORD, lead: 24 }], // "their  early- " 14
  [MONTH_POSSESSIVE, { word: MONTH_WORD, lead: 0 }],
  [MONTH_ALONE, { word: MONTH_WORD, lead: 48 }], // "the  final  12  weeks  of  early- " 34
  [WEEKDAY, { word: new RegExp(alternation(WEEKDAYS.map(([name]) => name)), 'giu'), lead: 48 }], // "before  12:30  a.m.  local time  " 33
  [YEAR_NUMBER, { word: /1[6-9]\d\d|20\d\d/gu, lead: 24 }], // "between  early- " 16
  [RELATIVE_UNIT, { word: /week|month|year/giu, lead: 40 }], // "throughout  the  this  past  " 29
]);

/** Every match of `pattern` (global) in `text`, in order. */
// Where each anchor word starts in the last text read: the month patterns share one scan for month names.
const anchorScans = new Map<RegExp, { text: string; starts: number[] }>();
function anchorsIn(word: RegExp, text: string): number[] {
  const last = anchorScans.get(word);
  if (last && last.text === text) return last.starts;
  const starts: number[] = [];
  word.lastIndex = 0;
  for (let found = word.exec(text); found; found = word.exec(text)) {
    starts.push(found.index);
    word.lastIndex = found.index + 1;
  }
  anchorScans.set(word, { text, starts });
  return starts;
}

export function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (HINTS.get(pattern)?.test(text) === false) return found;
  pattern.lastIndex = 0;
  const anchor = ANCHORS.get(pattern);
  if (anchor) {
    // The first match at or after `from` starts at most `lead` characters before the first anchor word there.
    const words = anchorsIn(anchor.word, text);
    let w = 0;
    for (let from = 0; from <= text.length;) {
      while (w < words.length && words[w] < from) w++;
      if (w === words.length) break;
      pattern.lastIndex = Math.max(from, words[w] - anchor.lead);
      const match = pattern.exec(text);
      if (!match) break;
      found.push(match);
      from = pattern.lastIndex + (match[0].length === 0 ? 1 : 0);
    }
    return found;
  }
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}
