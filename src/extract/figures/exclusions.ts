// Exclusions: what looks like a number but is not a count: dates, clock times, ages, years,
// measurements, labels ("flight 370", "Category 5") and codes ("COVID-19", "0800").
import type { NumberMention } from '../text/numbers.ts';
import { MONTH_NAMES } from './lexicon.ts';

const LABELS =
  /\b(?:no|nos|number|flight|route|article|resolution|chapter|category|cat|level|phase|section|page|room|gate|platform|highway|interstate|apollo|channel|tier|stage|grade|class|model|version|line|bus|division|brigade|battalion|ward|block|sector|zone|act|item|vol|volume|paragraph|clause|verse|psalm|figure|fig|table|day|week|season|episode|game|match|exit|terminal|pier|magnitude|measuring|size|type|code|decree|covid|sars|group|team|unit|camp|district|station|street|avenue|road|lane|gaza|term)\.?\s*[-–#]?\s*$/i;
const MEASUREMENT_AFTER =
  /^\s?-?\s?(?:km|kms|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?|feet|foot|ft|inch(?:es)?|cm|mm|yards?|kg|kilo(?:gram)?s?|grams?|tonnes?|tons?|pounds?|lbs?|litres?|liters?|gallons?|barrels?|mph|kph|km\/h|knots?|nautical|volts?|watts?|megawatts?|mw|kw|gw|square|sq|cubic|calibre|caliber|storeys?|stories|floors?|degrees?|deg|°|º|bytes?|mb|gb|magnitude|on the richter|point|points|[ap]\.?\s?m\b|o'clock|gmt|utc|bst|cet|eet|edt|est|pdt|pst|ist|local time|hrs?\b|h\b|hours?|minutes?|mins?|seconds?|secs?|-?(?:half|halves|thirds?|quarters?|fifths?|sixths?|tenths?))(?!\p{L})/iu;
const GLUED_UNITS = new Set([
  'st',
  'nd',
  'rd',
  'th',
  's',
  'am',
  'pm',
  'h',
  'hrs',
  'gmt',
  'utc',
  'km',
  'kg',
  'ft',
  'cm',
  'mm',
  'mph',
  'kph',
  'kmh',
  'mw',
  'kw',
  'gw',
  'g',
  'lb',
  'lbs',
  'mi',
  'c',
  'f',
  'x',
  't',
  'ha',
  'sq',
  'mb',
  'gb',
  'hz',
  'v',
  'w',
  'd',
  'p',
]);
const AGE_GROUP =
  /\b(?:children|kids|people|adults|those|persons|men|women|girls|boys|babies|infants|minors|anyone|residents|patients|population|citizens|everyone)\s+(?:aged\s+)?(?:under|over|above|below|older than|younger than|between)\s+$/i;

export function isExcluded(m: NumberMention, before: string, after: string): boolean {
  if (m.suffix && GLUED_UNITS.has(m.suffix)) return true; // "15th", "1990s", "6pm", "46.9C", "10km"
  if (m.suffix && m.form === 'digits' && !/^(?:m|bn|k)$/.test(m.suffix)) return true;
  if (m.form === 'digits' && /^0\d/.test(m.text)) return true; // "0800": a code or a clock time
  if (/\d\s*[:.]\s*$/.test(before) || /^\s*:\s*\d/.test(after)) return true; // "4:00", "10.30"
  if (/(?:^|[^\d\s])\.$/.test(before) || (/^\.$/.test(before.slice(-1)) && !/\d\.$/.test(before))) return true; // ".45-caliber"
  if (/\p{L}-$/u.test(before)) return true; // "COVID-19", "F-16", "Su-25"
  if (LABELS.test(before)) return true;
  if (/\b(?:aged?|ages|age of|aging|ageing)\s+$/i.test(before)) return true;
  // The upper end of an age range: "children aged 6 weeks to 14 years", "people aged 18-59".
  if (/\b(?:aged?|ages)\s+\d{1,3}\s*(?:(?:days?|weeks?|months?|years?)\s*)?(?:to|-|–|and)\s*$/i.test(before)) return true;
  if (AGE_GROUP.test(before)) return true;
  if (
    /(?:\s|-)(?:years?|months?)(?:\s|-)old\b/i.test(after.slice(0, 20)) &&
    !/^(?:\s|-)(?:years?|months?|weeks?|days?|decades?)(?:\s|-)old\s+/i.test(after)
  ) {
    // "a 12-year-old" with no noun after "old" is an age; with a noun it is checked as a duration.
    return true;
  }
  if (/^\s*-\s*year-old/i.test(after)) return true;
  // "Abdullah Sharif, 45," and "John Smith (45)" are ages.
  if (
    !m.grouped &&
    m.value < 120 &&
    ((/\p{Lu}[\p{L}'’]+,\s$/u.test(before) && /^,/.test(after)) || (/\p{Lu}[\p{L}'’]+\s\($/u.test(before) && /^\)/.test(after)))
  )
    return true;
  if (MEASUREMENT_AFTER.test(after)) return true;
  if (/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+$/i.test(before)) return true; // "1 in 5"
  if (
    /^\s?(?:in|out of)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!(?:[\d,]*)\s*(?:hours?|days?|weeks?|months?|years?|minutes?|attacks?|strikes?|raids?|incidents?|villages?|towns?|cities|provinces?|districts?|regions?|states?|countries))/i.test(
      after,
    ) &&
    !/^\s?in\s+\d{4}\b/.test(after)
  )
    return true; // "one in five"
  // Dates: "May 6", "Oct. 7", "6 May", "31st Jan"
  if (!m.grouped && !m.scaled && m.form === 'digits' && (m.value <= 31 || (m.value >= 1000 && m.value <= 2100))) {
    if (MONTH_NAMES.test(before.trimEnd()) && /\s$|\.$/.test(before)) return true;
    if (
      /^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/.test(
        after,
      )
    )
      return true;
  }
  return false;
}
