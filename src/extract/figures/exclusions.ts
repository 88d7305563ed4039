// Exclusions: what looks like a number but is not a count: dates, clock times, ages, years,
// measurements, labels ("flight 370", "Category 5") and codes ("COVID-19", "0800").
import type { NumberMention } from '../text/numbers.ts';
import { CURRENCY_CODES, MONTHS, UNITS, WEEKDAYS } from '../text/lexicon.ts';
import { alternation } from '../text/patterns.ts';
import { isGivenName } from '../entities/lexicon.ts';
import {
  AGE_COMPARISONS,
  AGE_GROUP_NOUNS,
  FRACTION_WORDS,
  GLUED_UNITS,
  LABEL_WORDS,
  MEASUREMENT_UNITS,
  RATE_NOUNS,
  SMALL_NUMBER_WORDS,
} from './lexicon.ts';

const LABELS = new RegExp(`\\b(?:${alternation(LABEL_WORDS)})\\.?\\s*[-–#]?\\s*$`, 'i');
// What a score is of, after it and at most four words of the competition: "24-13 win", "1-2 home defeat".
const SCORE_AFTER =
  /^\s+(?:[\p{L}’'-]+\s+){0,4}?(?:win|wins|victory|victories|defeat|defeats|loss|losses|draw|triumph|thrashing|drubbing|scoreline)\b/iu;
// A time before a count, not a label: "the previous week 50 were killed".
const TIME_BEFORE_COUNT =
  /\b(?:the|this|that|last|next|previous|following|same|each|every)\s+(?:previous\s+|following\s+|same\s+)?(?:day|week|season)\s*$/i;
// "Phases 1 and 2", "Articles 3, 5 and 9", "Terminals 1-3": labels in the plural, then their list of numbers.
const LABELS_LISTED = new RegExp(`\\b(?:${alternation(LABEL_WORDS)})s\\s+(?:\\d+\\s*(?:,|and|&|to|-|–)\\s*)*$`, 'i');
const LISTED_NEXT = /^\s*(?:,|and|&|to|-|–)\s*\d/;
// "Flight 4U 9525", "flight QZ 8501", "Route US 1": a carrier's or network's code between the label and its number.
const LABEL_CODE = /\s(?=[A-Z\d]{0,2}[A-Z])[A-Z\d]{2,3}\s*$/;
// A unit, a clock time ("6 a.m.", "1400 hrs") or a fraction ("two-thirds") after the number.
const MEASUREMENT_AFTER = new RegExp(
  `^\\s?-?\\s?(?:${alternation(MEASUREMENT_UNITS)}|[ap]\\.?\\s?m\\b|hrs?\\b|h\\b|-?(?:${alternation(FRACTION_WORDS)}))(?!\\p{L})`,
  'iu',
);
const AGE_GROUP = new RegExp(`\\b(?:${alternation(AGE_GROUP_NOUNS)})\\s+(?:aged\\s+)?(?:${alternation(AGE_COMPARISONS)})\\s+$`, 'i');
const SMALL_NUMBER = `(?:\\d+|${alternation(SMALL_NUMBER_WORDS)})`;
// "1 in 5": a proportion, unless "in N" counts events or places ("3 in 2 attacks"); "44 out of 45 seats"
// is two counts (relations.ts).
const PROPORTION_BEFORE = new RegExp(`\\b${SMALL_NUMBER}\\s+in\\s+$`, 'i');
const PROPORTION_AFTER = new RegExp(`^\\s?in\\s+${SMALL_NUMBER}\\b(?!(?:[\\d,]*)\\s*(?:${alternation(RATE_NOUNS)}))`, 'i');
// Dates: "May 6", "Oct. 7" (a month before the number) and "6 May", "31st Jan" (after it).
const MONTH = alternation(MONTHS.flat());
const MONTH_BEFORE = new RegExp(`(?:\\b(?:${MONTH})\\.?,?)$`);
const MONTH_AFTER = new RegExp(`^\\s*(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTH})\\b`);
const DAY_RANGE_BEFORE = new RegExp(`\\b(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|to|and|through)\\s*$`);
const DAY_RANGE_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:-|–|to|and|through)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})\\b`);

// "Rescue 1122", "Channel 8", "Section 23": a number right after a capitalised word inside the sentence
// names something (a month, weekday or currency before it is read by the date and money rules).
// "EW 9", "week (EW) 1": an abbreviation names it too.
// ("The BAe 146": a maker's name in mixed capitals.)
const NAME_BEFORE = /[\p{L},;:'’)(]\s*(\p{Lu}\p{Ll}{2,}|\p{Lu}{2,5}|\p{Lu}{2,3}\p{Ll})\)?\s$/u;
// "…won 331 seats, Labour 232, the SNP 56 and the Lib Dems 8": a name and a number as an item of a list
// is a count the list's noun carries over (relations.ts), not a name; so is "…, CPN (Unified Socialist) 10".
const LIST_ITEM_BEFORE = /(?:,|\band|;)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:\([^()]{1,40}\)\s+)?$/u;
const LIST_ITEM_AFTER = /^\s*(?:[,;.)]|and\b|$)/u;
const NOT_NAMES: ReadonlySet<string> = new Set([...MONTHS.flat(), ...WEEKDAYS.flat(), ...Object.keys(CURRENCY_CODES)]);

const DOTTED_CURRENCY = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(Object.keys(CURRENCY_CODES).filter((code) => code.endsWith('.')))})$`,
  'u',
);

const BROKEN_INTO =
  /\b(?:split|splits|splitting|broke|breaks|breaking|broken|snapped|tore|torn|ripped|sliced|cut|cracked)\s+(?:in|into)\s+$/i;

// Video formats written like pence ("720p", "1080p"): lines of a screen, no sum.
const SCREEN_LINES = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

/** "38.7p", "39p": pence, as British business copy writes a share's earnings or dividend. */
export function isPence(m: NumberMention): boolean {
  return m.suffix === 'p' && m.form === 'digits' && !m.scaled && !SCREEN_LINES.has(m.value);
}

/**
 * "giving the PA 21 seats", "BN 16 seats and PH 24 seats": a body's initials before the number and a
 * plural noun after it make the number a count of the body's, not a number in a name ("Channel 8").
 */
function givenToBody(tail: string, after: string): boolean {
  return /(?:^|[^\p{L}])\p{Lu}{2,5}\s$/u.test(tail) && /^\s+\p{Ll}+s\b/u.test(after);
}

// A full name of two to four capitalised words and its comma; its first word is captured.
const AGE_AFTER_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:\s\p{Lu}[\p{Ll}'’-]+){1,3},\s$/u;
// "9-12 months and 16-24 months of age": a number, perhaps a range, then its unit and "of age".
const OF_AGE_AFTER =
  /^(?:\s*(?:-|–|to)\s*\d{1,3})?\s*(?:months?|years?|weeks?)(?:\s+(?:and|or)\s+\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?\s*(?:months?|years?|weeks?))?\s+of\s+age\b/iu;
// A share after the number: then no age.
const PERCENT_AFTER = /^\s*(?:%|per\s*cent|percent|pc\b)/iu;

const NUMBER_WORD_BEFORE = new RegExp(`\\b(?:${alternation(Object.keys(UNITS))})-$`, 'iu');

export function isExcluded(m: NumberMention, fullBefore: string, after: string): boolean {
  // Every pattern on the words before the number ends at it and spans a few words: each is read on the
  // last 40 characters, so it costs a few dozen steps rather than one per character of the look-back.
  const before = fullBefore.slice(-40);
  if (isPence(m)) return false;
  if (m.suffix && GLUED_UNITS.has(m.suffix)) return true; // "15th", "1990s", "6pm", "46.9C", "10km"
  if (m.suffix && m.form === 'digits' && !/^(?:m|bn|k|pc)$/.test(m.suffix)) return true; // "29pc": per cent
  if (m.form === 'digits' && /^0\d/.test(m.text)) return true; // "0800": a code or a clock time
  if (/\d\s*[:.]\s*$/.test(before) || /^\s*:\s*\d/.test(after)) return true; // "4:00", "10.30"
  // ".45-caliber", but not a sum after a currency written with a point ("Rs.50 lakh").
  if (!DOTTED_CURRENCY.test(before) && (/(?:^|[^\d\s])\.$/.test(before) || (/^\.$/.test(before.slice(-1)) && !/\d\.$/.test(before))))
    return true;
  // "COVID-19", "F-16", "Su-25"; not the end of a range of number words ("two-three more bodies").
  if (/\p{L}-$/u.test(before) && !(m.form === 'words' && NUMBER_WORD_BEFORE.test(before))) return true;
  // "2022-23", "1998–99": the short end of a span of years (a fiscal or a season), no count.
  if (m.form === 'digits' && /^\d{2}$/.test(m.text) && /(?:^|[^\d,.])(?:1[89]|20)\d{2}[-–/]$/.test(before)) return true;
  // ("Day 5", "in week 3" are labels; "the previous week 50 were killed", "that day 30 bodies were found" a time
  // and a count.)
  if (LABELS.test(before) && !TIME_BEFORE_COUNT.test(before)) return true;
  // "their 24-13 win over the Chiefs", "a 1-2 defeat": a score, neither a count nor a range.
  if (
    m.form === 'digits' &&
    ((/^[-–]\d{1,3}\b/u.test(after) && SCORE_AFTER.test(after.replace(/^[-–]\d{1,3}/u, ''))) ||
      (/\d[-–]$/u.test(before) && SCORE_AFTER.test(after)))
  )
    return true;
  if (m.form === 'digits' && LABELS_LISTED.test(before) && (LISTED_NEXT.test(after) || /\d\s*(?:,|and|&|to|-|–)\s*$/.test(before)))
    return true;
  const code = LABEL_CODE.exec(before);
  if (code && LABELS.test(before.slice(0, code.index))) return true;
  const tail = before.slice(-32);
  const name = !m.grouped && !m.scaled && m.form === 'digits' && /[\p{Lu}\p{Ll})]\s$/u.test(tail.slice(-2)) ? NAME_BEFORE.exec(tail) : null;
  if (name && !NOT_NAMES.has(name[1]) && !(LIST_ITEM_BEFORE.test(tail) && LIST_ITEM_AFTER.test(after)) && !givenToBody(tail, after))
    return true;
  if (/\b(?:aged?|ages|age of|aging|ageing)\s+(?:(?:just|only|about|around|barely|nearly|almost)\s+)?$/i.test(before)) return true;
  // "given to children at 9-12 months and 16-24 months of age", "in the age group of 9 months to 15 years": ages.
  if (OF_AGE_AFTER.test(after)) return true;
  if (/\bage\s+groups?\s+(?:of\s+)?(?:(?:\d{1,3}|[a-z]+)\s*(?:months?|years?|weeks?)?\s*(?:to|-|–)\s*)?$/iu.test(before)) return true;
  // "Mary Jones, 38, and", "Beatriz Hope Chavez, 4; Olivia Meneses Moral, 63;": an age in apposition after a full
  // name that opens with a given name (not a place's tally: "Western Cape, 12;").
  if (m.form === 'digits' && !m.grouped && m.value < 120 && /^(?:\s*[,;)]|\s+and\b|\.?\s*$)/u.test(after)) {
    const name = AGE_AFTER_NAME.exec(before);
    if (name && isGivenName(name[1])) return true;
  }
  // "Williams, who at 34 is …", "At 34, she is the oldest": a person's age after "at".
  if (
    !m.grouped &&
    m.value < 120 &&
    (/\b(?:who|he|she|I|and)\s+at\s+$/i.test(tail) || (/(?:^|[.!?]\s+)At\s+$/.test(tail) && /^,/.test(after)))
  )
    return true;
  // "He was 15", "6,200 of them are under five", "ranged in age from 16 to 71": people's ages.
  if (/\b(?:he|she|i|who)\s+(?:was|is|'s|’s|turned|turns|will\s+turn)\s+$/i.test(tail) && !m.grouped && m.value < 120) return true;
  if (
    /\b(?:are|were|is|was)\s+(?:under|over|below|above|aged|older than|younger than)\s+$/i.test(tail) &&
    !m.grouped &&
    m.value < 120 &&
    !PERCENT_AFTER.test(after) // ("inflation was below 6 per cent")
  )
    return true;
  // ("aged between nine months and 14 years": either end, in digits or words, with its unit.)
  if (
    /\b(?:in\s+age|ages|aged)\s+(?:from|between)\s+(?:(?:\d{1,3}|[a-z]+)\s*(?:(?:days?|weeks?|months?|years?)\s*)?(?:to|-|–|and)\s*)?$/i.test(
      tail,
    )
  )
    return true;
  // A telephone number or code: "(937) 555-0142", "0800 123 456", "+44 20 7946 0958".
  // (Not a sum: "the N6.6 billion 24km road", "$660 24 hours a day".)
  if (m.form === 'digits' && !m.grouped && !m.scaled && (/(?:\d|\+)\s?$/.test(tail) || (/^\s\d/.test(after) && !/\p{Sc}\s?$/u.test(tail))))
    return true;
  if ((/\($/.test(tail) && /^\)\s*\d/.test(after)) || (/^\d{3}$/.test(m.text) && /^-\d{4}\b/.test(after))) return true;
  // A number in three or more hyphened groups: "306-752-8700" (a telephone number), "2024-05-10" (a date).
  if (/\d{2,4}-\d{2,4}-$/.test(tail) || /^-\d{2,4}-\d{2,4}\b/.test(after)) return true;
  if (/&#?$/.test(tail) && after.startsWith(';')) return true; // "Africa&39;s": a character reference the copy broke
  // The upper end of an age range or a later age of a list: "children aged 6 weeks to 14 years", "people
  // aged 18-59", "women aged 68, 65 and 33".
  if (/\b(?:aged?|ages)\s+\d{1,3}\s*(?:(?:days?|weeks?|months?|years?)\s*)?(?:(?:,\s*\d{1,3}\s*)*(?:,|,?\s*and)|to|-|–)\s*$/i.test(before))
    return true;
  if (AGE_GROUP.test(before)) return true;
  if (
    /(?:\s|-)(?:years?|months?)(?:\s|-)old\b/i.test(after.slice(0, 20)) &&
    !/^(?:\s|-)(?:years?|months?|weeks?|days?|decades?)(?:\s|-)old\s+/i.test(after)
  ) {
    // "a 12-year-old" with no noun after "old" is an age; with a noun it is checked as a duration.
    return true;
  }
  if (/^\s*-\s*year-old/i.test(after)) return true;
  // "Abdullah Sharif, 45,", "Harry Clemons Jr., 39," and "John Smith (45)" are ages.
  if (
    !m.grouped &&
    m.value < 120 &&
    ((/^,/.test(after) && /\p{Lu}[\p{L}'’]+\.?,\s$/u.test(tail)) || (/^\)/.test(after) && /\p{Lu}[\p{L}'’]+\s\($/u.test(tail)))
  )
    return true;
  // "the boat split into two,", "broke in three": the pieces a thing breaks into, with no noun after them.
  if (BROKEN_INTO.test(tail) && /^(?:\s*[,.;:!?)"”’]|\s*$|\s+(?:and|but|as|when|after)\b)/.test(after)) return true;
  // (A fraction of a point in words is a rate's move, no measurement: "a quarter-point increase".
  // Nor a race's time to hundredths: "9.82 seconds", read as a duration.)
  if (
    MEASUREMENT_AFTER.test(after) &&
    !(m.form === 'words' && m.decimal && /^[\s-]?points?\b/iu.test(after)) &&
    !(m.decimal && /^\sseconds\b/iu.test(after))
  )
    return true;
  // "around 10-12 km away", "2,000 to 3,000 feet": the first end of a range whose unit follows the second.
  const rangeEnd = /^\s*(?:-|–|to)\s*\d[\d,.]*/u.exec(after);
  if (rangeEnd && MEASUREMENT_AFTER.test(after.slice(rangeEnd[0].length))) return true;
  // "a new Seven Sisters facility", "the Three Gorges Dam": a capitalised number word inside a sentence,
  // before a capitalised word, is part of a name.
  if (m.form === 'words' && /^\p{Lu}/u.test(m.text) && /\p{L}[,;]?\s$/u.test(before) && /^\s\p{Lu}\p{Ll}/u.test(after)) return true;
  // "on a scale of one to five", "rated 7 out of 10": the ends of a scale.
  if (/\bscale\s+of\s+(?:(?:\d{1,2}|one|zero)\s+to\s+)?$/i.test(before) || (/\bscale\s+of\s+$/i.test(before) && /^\s*to\s/i.test(after)))
    return true;
  // "7 to 8 kg explosive", "100 kg of explosives": the size of a bomb, like its count, is no figure of harm.
  if (
    /^(?:\s*(?:to|-|–)\s*\d+(?:\.\d+)?)?\s?(?:kg|kilos?|kilograms?|kilogrammes?|pounds|lbs?|tonnes?|tons?)\s+(?:of\s+)?(?:\p{L}+\s+)?explosives?\b/iu.test(
      after,
    )
  )
    return true;
  // "x=9", "__pwned=9", "id_12": a number glued to an equals sign or an underscore is code, no count.
  if (/[=_]$/u.test(before)) return true;
  // "12″ wide", "5′": inches and feet in primes.
  if (/^[″′]/u.test(after)) return true;
  // Numbers joined by a slash: a date ("12/03/2024", "on 3/10", "9/11"), a fraction ("3/10 of voters") or "24/7".
  if (/\d\s?\/$/u.test(before) || /^\s?\/\s?\d/u.test(after)) return true;
  if (PROPORTION_BEFORE.test(before)) return true; // "1 in 5"
  if (PROPORTION_AFTER.test(after) && !/^\s?in\s+\d{4}\b/.test(after)) return true; // "one in five"
  // Dates: "May 6", "Oct. 7", "6 May", "31st Jan"
  if (!m.grouped && !m.scaled && m.form === 'digits' && (m.value <= 31 || (m.value >= 1000 && m.value <= 2100))) {
    // ("In January, 11 miners were killed": after a month and its comma a day is no date, a year still is.)
    if (MONTH_BEFORE.test(before.trimEnd()) && /\s$|\.$/.test(before) && !(m.value <= 31 && /,\s*$/u.test(before))) return true;
    if (MONTH_AFTER.test(after)) return true;
    // "from October 10 to 13, 2023", "from 10 to 13 October": the other end of a range of days.
    if (m.value <= 31 && DAY_RANGE_BEFORE.test(before)) return true;
    if (m.value <= 31 && DAY_RANGE_AFTER.test(after)) return true;
    // "12.03.2024": a date in numbers, its day or its month.
    if (
      /^\.\d{1,2}\.(?:19|20)\d\d(?![\d.])/u.test(after) ||
      (/(?:^|[^\d.])\d{1,2}\.$/u.test(before) && /^\.(?:19|20)\d\d(?![\d.])/u.test(after))
    )
      return true;
  }
  return false;
}
