// Recognises date expressions in one paragraph ("on Friday", "Oct. 7", "9 August 2024", "last week",
// "in 2019") without resolving them: resolution needs the publication date and the surrounding clause.
// The patterns are in date-patterns.ts, the word lists in lexicon.ts; this file decides what each match is.
import {
  ANCHORED_DAY,
  COUNT_AGO,
  COUNT_FROM_EVENT,
  DAY_MONTH,
  FISCAL_YEAR,
  HOLIDAY,
  IN_COUNT,
  LISTED_MONTHS,
  MONTH_LIST,
  MONTH_SPAN,
  MONTH_MODIFIER,
  MONTH_POSSESSIVE,
  SPOKEN_YEAR,
  YEAR_END,
  ISO_DAY,
  NUMERIC_DAY,
  ORDINAL_DAY,
  matches,
  QUARTER,
  SEASON,
  MONTH_ALONE,
  MONTH_DAY,
  MONTH_HINT,
  MONTH_WITH_RELATIVE_YEAR,
  MONTH_YEAR,
  monthNumber,
  RELATIVE_DAY,
  RELATIVE_UNIT,
  WEEKDAY,
  WEEKDAY_KEYS,
  WEEKEND,
  END_OF_YEAR,
  YEAR_NUMBER,
} from './date-patterns.ts';
import {
  ANY_SUPERLATIVE,
  COUNT_UNITS,
  HOLIDAY_KEEPS,
  isEventNoun,
  COUNTED,
  DATE_PREPOSITIONS,
  FIXED_HOLIDAYS,
  NAME_HEADS,
  ENDED_BEFORE_OVER,
  NOT_PLURAL,
  NOT_A_PERIOD_AFTER,
  NUMBER_WORDS,
  QUANTITY_BEFORE,
  QUARTER_END_AFTER,
  QUARTER_WHICH,
  SEASONS,
  WEEKDAY_NAME_AFTER,
  WEEKDAY_NAME_BEFORE,
  YEAR_BEFORE,
  YEAR_NAMED_EVENTS,
  OVERNIGHT_KINDS,
} from './lexicon.ts';
import { atSentenceStart, capitalised, wordAfter, wordBefore } from './nearby-words.ts';
import { TEENS, UNITS } from '../text/lexicon.ts';
import type { DateMention, Lean, MentionBase, Unit } from './mentions.ts';

function base(start: number, end: number, lean: Lean = null, strict = false): MentionBase {
  return { start, end, lean, strict };
}

/** "two fortnights" as weeks: the unit a count is in and how many of it. */
function counted(number: string, unitWord: string): [Unit, number] {
  const [unit, times] = COUNT_UNITS[unitWord.toLowerCase()];
  return [unit, (NUMBER_WORDS[number.toLowerCase()] ?? Number(number)) * times];
}

function leanOfWord(word: string | undefined): Lean {
  const w = (word ?? '').toLowerCase();
  if (/\b(?:next|coming)\b/.test(w)) return 'future';
  if (/\b(?:last|past|since|earlier)\b/.test(w)) return 'past';
  return null;
}

/** A month-day that is really part of a name ("the March 23 Movement", "April 6 Youth Movement"). */
function isNamePart(text: string, start: number, end: number): boolean {
  const next = wordAfter(text, end);
  if (NAME_HEADS.has(next.toLowerCase()) && capitalised(next)) return true;
  const previousWord = wordBefore(text, start);
  const previous = previousWord.toLowerCase();
  // "the March 23 Movement" is a name; "the Aug. 7 Embassy bombings" a date before a noun phrase that ends
  // in a lower-case noun.
  if (capitalised(next) && (previous === 'the' || previous === 'a') && !WEEKDAY_KEYS.includes(next.toLowerCase())) {
    const afterName = wordAfter(text, text.indexOf(next, end) + next.length);
    return !/^\p{Ll}{3,}s$/u.test(afterName);
  }
  // "the Long March 5 rocket": a title-case word just before makes the month part of a name when the name
  // goes on after it. All-caps datelines ("KYIV March 5"), weekdays, sentence starts and a date that ends
  // its phrase ("arrived in the United States April 2, and …") do not.
  const titleCase = /^\p{Lu}\p{Ll}/u.test(previousWord) && !/[.’']/u.test(previousWord);
  const phraseEnds = next === '' || /^[,.;:)]/u.test(text.slice(end).trimStart()) || /^(?:and|or|but|to|in|at|on)$/u.test(next);
  return (
    titleCase &&
    !phraseEnds &&
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
  for (const match of matches(ORDINAL_DAY, text)) {
    const d = Number(match.groups!.d);
    if (d < 1 || d > 31) continue;
    const start = match.index + match[0].search(/the/iu);
    out.push({
      ...base(start, match.index + match[0].length),
      kind: 'day',
      y: null,
      m: 0,
      d,
      yearOffset: null,
      weekday: null,
      until: null,
      monthUnwritten: true,
    });
  }
  for (const match of matches(NUMERIC_DAY, text)) {
    const g = match.groups!;
    const [a, b] = [Number(g.a), Number(g.b)];
    // The day is the number over 12 when one is; with both 12 or less, the day comes first (as most of
    // the world writes it), and resolution may swap them.
    const [d, m] = b > 12 ? [b, a] : [a, b];
    if (m < 1 || m > 12 || d < 1 || d > 31) continue;
    const y = g.y.length === 2 ? 2000 + Number(g.y) : Number(g.y);
    out.push({
      ...base(match.index, match.index + match[0].length),
      kind: 'day',
      y,
      m,
      d,
      yearOffset: null,
      weekday: null,
      until: null,
      ...(a <= 12 && b <= 12 && a !== b ? { swappable: true as const } : {}),
    });
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
    // ("the year to March": figures for a period are reported once it has ended, unless they are looked
    // forward to: "we anticipate growth for the year to March".)
    const periodEnd = /(?:to|ending)$/.test(prep) && !LOOKING_AHEAD.test(text.slice(Math.max(0, start - 120), start));
    const lean: Lean = prep === 'last' || prep === 'since' || periodEnd ? 'past' : prep === 'next' ? 'future' : null;
    const until = g.m2 ? { y: null, m: monthNumber(g.m2) } : null;
    // "in August last year": the year phrase dates the month, and is one date with it.
    const tail = RELATIVE_YEAR_TAIL.exec(text.slice(start + match[0].length, start + match[0].length + 20));
    if (tail) {
      const yearOffset = { last: -1, this: 0, next: 1 }[tail[1].toLowerCase()] ?? 0;
      out.push({
        ...base(start, start + match[0].length + tail[0].length),
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
  for (const match of matches(MONTH_SPAN, text)) {
    const g = match.groups!;
    if (!capitalised(g.m1) || !capitalised(g.m2)) continue;
    // "fiscal year 2022-23 (April-March)": the months that make up the span of years before them, no date.
    if (/\d{4}\s*[-–/]\s*\d{2,4}\s*\(\s*$/u.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    out.push({
      ...base(match.index, match.index + match[0].length),
      kind: 'month',
      y: null,
      m: monthNumber(g.m1),
      sameYear: false,
      until: { y: null, m: monthNumber(g.m2) },
    });
  }
  for (const match of matches(MONTH_LIST, text)) {
    const g = match.groups!;
    const names = [...g.rest.matchAll(LISTED_MONTHS)].map(([name]) => name);
    if (!capitalised(g.m1) || !names.every(capitalised)) continue;
    const prep = (g.prep ?? '').toLowerCase();
    const lean: Lean = prep === 'last' || prep === 'since' ? 'past' : prep === 'next' ? 'future' : null;
    out.push({
      ...base(match.index, match.index + match[0].length, lean, prep === 'last' || prep === 'next'),
      kind: 'month',
      y: g.y ? Number(g.y) : null,
      m: monthNumber(g.m1),
      sameYear: prep === 'this',
      until: null,
      listed: names.map(monthNumber),
    });
  }
  // "the floods of August last year" (no preposition the bare-month rule needs): the month alone,
  // dated by the year phrase after it.
  for (const match of matches(MONTH_WITH_RELATIVE_YEAR, text)) {
    const g = match.groups!;
    if (!capitalised(g.m1)) continue;
    const yearOffset = { last: -1, this: 0, next: 1 }[g.rel.toLowerCase()] ?? 0;
    out.push({
      ...base(match.index, match.index + match[0].length),
      kind: 'month',
      y: null,
      m: monthNumber(g.m1),
      sameYear: false,
      yearOffset,
      until: null,
    });
  }
}

const LOOKING_AHEAD = /\b(?:anticipat\w*|expect\w*|forecast\w*|project\w*|guidance|outlook|will|target\w*)\b[^.;!?]*$/iu;
// ("in August last year", "in February of last year".)
const RELATIVE_YEAR_TAIL = /^\s{1,2}(?:of\s{1,2})?(last|this|next)\s{1,2}year(?!\p{L})/iu;

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
    // "post-1959 politics", "pre-2008 levels": a year after "post-" or "pre-" is a year whatever follows.
    if (!g.pre && !/^(?:post|pre)-$/iu.test(previous)) {
      if (QUANTITY_BEFORE.has(previousLower) && !YEAR_BEFORE.has(previousLower)) continue;
      if (COUNTED.has(nextLower)) continue;
      const plural = /^\p{Ll}[\p{L}-]{2,}s$/u.test(next) && !NOT_PLURAL.has(nextLower);
      if (plural && !YEAR_BEFORE.has(previousLower)) continue;
      // "Flight 2019", "Resolution 2334": a number that is part of a name. "Israel's 2014 war" is a year, and
      // so is "the U.S. 2016 election" (initials stand before a year, not in a name with it).
      const nameBefore =
        capitalised(previous) &&
        !/['’]s$/.test(previous) &&
        !/^(?:\p{Lu}\.){2,}$/u.test(previous) &&
        !YEAR_BEFORE.has(previousLower) &&
        !DATE_PREPOSITIONS.has(previousLower) &&
        monthNumber(previous) < 1 &&
        !atSentenceStart(text, yearStart - previous.length - 1);
      // "ODI World Cup 2023", "the Paris Games 2024": an event's year is that year; and a span of two years
      // names nothing ("since James Blake 2006/07").
      if (nameBefore && !YEAR_NAMED_EVENTS.has(previousLower) && !g.y2 && !g.yy) continue;
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
    // "each Thursday", "every Monday", "Monday and Tuesday nights": days that recur are no date.
    if (/^(?:each|every)$/iu.test(wordBefore(text, wdStart))) continue;
    if (
      /^(?:nights|mornings|evenings|afternoons)$/iu.test(wordAfter(text, end)) ||
      (/^and$/iu.test(wordAfter(text, end)) &&
        /^\p{Lu}\p{Ll}+day\s+(?:nights|mornings|evenings|afternoons)\b/u.test(text.slice(end).replace(/^\s*and\s+/u, '')))
    )
      continue;
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

// "today's youth", "tomorrow's leaders": the present age, not a day.
const GENERIC_AFTER_TODAY = new Set([
  'youth',
  'world',
  'society',
  'generation',
  'children',
  'young',
  'economy',
  'standards',
  'technology',
  'leaders',
  'politics',
  'market',
  'people',
  'students',
  'workers',
  'families',
  'women',
  'men',
]);

function findRelative(text: string, out: DateMention[]): void {
  for (const match of matches(RELATIVE_DAY, text)) {
    const written = match.groups!.word;
    const word = written.toLowerCase().replace(/\s+/g, ' ');
    const after = wordAfter(text, match.index + match[0].length);
    // "VOA Today", "the people of tomorrow", "today's youth": a name, or the present age, not a day.
    if (/^Today$/u.test(written) && match.index > 0 && !atSentenceStart(text, match.index)) continue;
    // ("the early hours of today", "the evening of tomorrow" are that day.)
    if (
      /^of$/iu.test(wordBefore(text, match.index)) &&
      !/\b(?:hours|morning|afternoon|evening|night)\s+of\s+$/iu.test(text.slice(Math.max(0, match.index - 24), match.index)) &&
      /^(?:today|tomorrow)$/u.test(word) &&
      !match.groups!.pre &&
      !/['’]s$/u.test(match[0])
    )
      continue;
    if (/['’]s$/u.test(match[0]) && /^(?:today|tomorrow)/u.test(word) && GENERIC_AFTER_TODAY.has(after.toLowerCase())) continue;
    // "victory overnight", "an overnight attack": the night before the report, counted as its day; "an
    // overnight trip" is a kind of trip; "overnight into Tuesday" is a night another date places.
    if (
      word === 'overnight' &&
      (OVERNIGHT_KINDS.has(after.toLowerCase()) || match.groups!.pre || /^(?:into|to|until|till|through|on|from|between)$/iu.test(after))
    )
      continue;
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
    // "ABC News' “This Week”": a programme's name.
    if (/^This\s+Week$/u.test(match[0].slice(-9)) && /W/u.test(match[0])) continue;
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
  for (const match of matches(END_OF_YEAR, text)) {
    out.push({ ...base(match.index, match.index + match[0].length), kind: 'relative', unit: 'year', offset: 0 });
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
    // "the day before the stock market plunge": counted from an event the text names, not from the date before.
    if (g.dir && /^(?:the|a|an|his|her|their|its|\p{Lu})/u.test(wordAfter(text, match.index + match[0].length))) continue;
    out.push({ ...base(match.index, match.index + match[0].length), kind: 'anchored', unit: 'day', offset });
  }
  for (const match of matches(COUNT_AGO, text)) {
    const g = match.groups!;
    const [unit, n] = counted(g.n, g.unit);
    const dir = g.dir.toLowerCase();
    const start = match.index;
    const end = start + match[0].length;
    // "20-25 years ago", "two or three years ago": a span of counts is a vague time, no date.
    if (/(?:\d\s*[-–]|\b(?:or|to)\s)\s*$/iu.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (dir === 'ago') out.push({ ...base(start, end, 'past'), kind: 'relative', unit, offset: -n });
    else out.push({ ...base(start, end), kind: 'anchored', unit, offset: dir === 'later' ? n : -n });
  }
}

const SPOKEN_NUMBERS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(Object.entries({ ...UNITS, ...TEENS }).filter(([, n]) => n < 20)),
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** "ninety-six" -> 96, "ten" -> 10. */
function spokenNumber(words: string): number {
  return words
    .toLowerCase()
    .split(/[\s-]+/u)
    .reduce((sum, word) => sum + (SPOKEN_NUMBERS[word] ?? 0), 0);
}

/** The fourth Thursday of November, the Tuesday after the first Monday of November… (month 1-12, weekday 0-6). */
function nthWeekday(y: number, m: number, weekday: number, n: number, after = 0): { m: number; d: number } {
  const first = new Date(Date.UTC(y, m - 1, 1 + after)).getUTCDay();
  return { m, d: 1 + after + ((weekday - first + 7) % 7) + 7 * (n - 1) };
}

const HOLIDAY_DAYS: Readonly<Record<string, (y: number) => { m: number; d: number }>> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'christmas eve': () => ({ m: 12, d: 24 }),
  christmas: () => ({ m: 12, d: 25 }),
  "new year's day": () => ({ m: 1, d: 1 }),
  "new year's eve": () => ({ m: 12, d: 31 }),
  halloween: () => ({ m: 10, d: 31 }),
  "valentine's day": () => ({ m: 2, d: 14 }),
  // United States: the Tuesday after the first Monday of November.
  'election day': (y) => nthWeekday(y, 11, 2, 1, 1),
  ...Object.fromEntries(Object.entries(FIXED_HOLIDAYS).map(([name, [m, d]]) => [name.toLowerCase(), () => ({ m, d })])),
};

/**
 * Spoken years, holidays, months that qualify a noun ("a June agreement"), year-end, fiscal years and
 * counts ahead ("in five years").
 */
function findMore(text: string, out: DateMention[], namesMonth: boolean): void {
  for (const match of matches(SPOKEN_YEAR, text)) {
    const g = match.groups!;
    const y = g.cent
      ? g.rest.toLowerCase() === 'hundred'
        ? spokenNumber(g.cent) * 100
        : spokenNumber(g.cent) * 100 + spokenNumber(g.rest)
      : 2000 + (g.small ? spokenNumber(g.small) : 0);
    const start = match.index;
    const end = start + match[0].length;
    if (g.m1 && capitalised(g.m1)) out.push({ ...base(start, end), kind: 'month', y, m: monthNumber(g.m1), sameYear: false, until: null });
    else out.push({ ...base(g.m1 ? start + g.m1.length + 1 : start, end), kind: 'year', y, untilYear: null });
  }
  for (const match of matches(HOLIDAY, text)) {
    const g = match.groups!;
    const name = g.name
      .toLowerCase()
      .replace(/\s+/gu, ' ')
      .replace('’', "'")
      .replace(/^thanksgiving day$/u, 'thanksgiving')
      .replace(/^christmas day$/u, 'christmas');
    const dayIn = HOLIDAY_DAYS[name];
    if (!dayIn) continue;
    // "the Halloween crowd crush", "a crowd of Halloween partygoers", "Christmas shoppers": a holiday that
    // qualifies a noun names the season's thing, not a day ("on Halloween", "Halloween night" are days).
    // ("a Bastille Day fireworks celebration" is held on the day: an event noun in the next two words keeps it.)
    const after = /^\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?/u.exec(text.slice(match.index + match[0].length));
    const held = after && (isEventNoun(after[1]) || (after[2] !== undefined && isEventNoun(after[2])));
    if (!g.pre && after && !HOLIDAY_KEEPS.has(after[1]) && !held) continue;
    const lean = leanOfWord(g.pre);
    out.push({ ...base(match.index, match.index + match[0].length, lean, lean !== null), kind: 'holiday', dayIn });
  }
  for (const match of namesMonth ? [...matches(MONTH_MODIFIER, text), ...matches(MONTH_POSSESSIVE, text)] : []) {
    const g = match.groups!;
    if (!capitalised(g.m1)) continue;
    const start = match.index + (match[0].startsWith(g.m1) ? 0 : match[0].indexOf(g.m1, match[0].search(/\s/u)));
    out.push({
      ...base(start, start + g.m1.length),
      kind: 'month',
      y: null,
      m: monthNumber(g.m1),
      sameYear: false,
      until: null,
      modifier: true,
    });
  }
  for (const match of matches(YEAR_END, text)) {
    const pre = (match.groups!.pre ?? '').toLowerCase();
    const lean: Lean = pre === 'since' || pre === 'after' ? (pre === 'since' ? 'past' : null) : null;
    out.push({
      ...base(match.index, match.index + match[0].length, lean),
      kind: 'day',
      y: null,
      m: 12,
      d: 31,
      yearOffset: null,
      weekday: null,
      until: null,
    });
  }
  for (const match of matches(FISCAL_YEAR, text)) {
    const which = (match.groups!.which ?? match.groups!.own ?? '').toLowerCase();
    const offset = /^(?:last|latest|previous|past)$/u.test(which) ? -1 : /^(?:next|coming)$/u.test(which) ? 1 : 0;
    out.push({ ...base(match.index, match.index + match[0].length), kind: 'relative', unit: 'year', offset });
  }
  for (const match of matches(SEASON, text)) {
    const g = match.groups!;
    const end = match.index + match[0].length;
    if (NOT_A_PERIOD_AFTER.has(wordAfter(text, end).toLowerCase())) continue;
    out.push({ ...base(match.index, end), kind: 'relative', unit: 'year', offset: 0, season: SEASONS[g.season.toLowerCase()] });
  }
  for (const match of matches(QUARTER, text)) {
    const g = match.groups!;
    const end = match.index + match[0].length;
    // "the quarter" needs a preposition ("over the quarter"); "a quarter" and "quarter" alone are shares.
    if (!g.which && !(g.the && g.pre)) continue;
    const after = wordAfter(text, end).toLowerCase();
    if (NOT_A_PERIOD_AFTER.has(after) || QUARTER_END_AFTER.has(after)) continue;
    // "the quarter" alone is the quarter the text dated last (index.ts), or none.
    const offset = g.which ? QUARTER_WHICH[g.which.toLowerCase()] : 0;
    out.push({ ...base(match.index, end), kind: 'relative', unit: 'year', offset, quarter: g.which ? 'relative' : 'again' });
  }
  for (const match of matches(COUNT_FROM_EVENT, text)) {
    const g = match.groups!;
    const [unit, n] = counted(g.n, g.unit);
    const end = match.index + match[0].length;
    const offset = g.dir.toLowerCase() === 'after' ? n : -n;
    out.push({ ...base(match.index, end), kind: 'event-offset', unit, offset, event: end + 1 });
  }
  for (const match of matches(IN_COUNT, text)) {
    const g = match.groups!;
    // "the smallest gain in a year", "the worst floods in a decade": a period of comparison, no date.
    if (
      ANY_SUPERLATIVE.test(
        text
          .slice(Math.max(0, match.index - 60), match.index)
          .split(/[,;:.]/u)
          .at(-1) ?? '',
      )
    )
      continue;
    const [unit, n] = counted(g.n, g.unit);
    out.push({
      ...base(match.index, match.index + match[0].length, 'future'),
      kind: 'relative',
      unit,
      offset: n,
      ahead: true,
    });
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

/**
 * "the outbreak was declared over the following month": "over" says the outbreak ended, so it is no word of
 * the date (a label without it would say the outbreak was declared, the opposite).
 */
function withoutEndedOver(text: string, mention: DateMention): DateMention {
  const over = /^over\s+/iu.exec(text.slice(mention.start, mention.end));
  if (!over || !ENDED.has(wordBefore(text, mention.start).toLowerCase())) return mention;
  return { ...mention, start: mention.start + over[0].length };
}
const ENDED = new Set(ENDED_BEFORE_OVER);

// The characters claimed by a mention, one buffer for every paragraph (all zero between calls): a fresh
// typed array per paragraph cost more than the claiming itself.
let claimed = new Uint8Array(1024);
function takenFor(length: number): Uint8Array {
  if (claimed.length < length) claimed = new Uint8Array(Math.max(length, 2 * claimed.length));
  return claimed;
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
  findMore(text, found, namesMonth);
  if (!found.length) return found;
  // Longest first, then claim characters: a shorter match inside a longer one ("2024" in "May 6, 2024") is dropped.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = takenFor(text.length + 1);
  const kept: DateMention[] = [];
  for (const mention of found) {
    let free = true;
    for (let i = mention.start; i < mention.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, mention.start, mention.end);
    kept.push(mention);
  }
  for (const mention of kept) taken.fill(0, mention.start, mention.end); // clean for the next paragraph
  kept.sort((a, b) => a.start - b.start);
  return mergeWeekdayAndDate(
    text,
    splitLists(
      text,
      kept.map((mention) => withoutEndedOver(text, mention)),
    ),
  );
}
