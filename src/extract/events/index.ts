// The events extractor: every datable reference in the body, resolved against the publication day, with
// its kind and label. Recognition (find.ts), the clause around a date (grammar.ts, on the linguistic
// layer), tense (tense.ts), resolution (resolve.ts), kinds (kind.ts) and labels (label.ts) are separate
// modules; this one walks the paragraphs, names the rule behind each date and assembles the events.
import type { Confidence, DatedEvent, Entities, ParsedSeed, Position, Quote } from '../../schema/document.ts';
import { fitsPronoun, sexOf } from '../entities/gender.ts';
import { isHonorific, isRoleHead } from '../entities/lexicon.ts';
import { addDays, formatDay, formatMonth, nearestWeekday, parseIsoDay, weekdayOf, type Day, type Direction } from './calendar.ts';
import { WEEKDAY_KEYS } from './date-patterns.ts';
import { findDateMentions } from './find.ts';
import type { DateMention } from './mentions.ts';
import { eventLabel, fallbackLabel, type Label } from './label.ts';
import { afterPublication, afterSince, kindOf, type KindReading } from './kind.ts';
import { COLLECTIVE_NOUNS, COMPARISON_BEFORE, ENDED_BEFORE_OVER, FRONTED_OPENERS, PLURAL_PEOPLE } from './lexicon.ts';
import { ParagraphReader, type Reading } from './reader.ts';
import type { Clause, SentenceGrammar } from './grammar.ts';
import { resolveEventOffset } from './event-offset.ts';
import { dayAnchor, resolutionOf, resolveMention, type Anchor, type Resolution } from './resolve.ts';
import { sentenceSpan } from './sentence.ts';
import { directionOf } from './tense.ts';
import { positionIn } from '../text/paragraphs.ts';

/**
 * A wire dateline ("WASHINGTON, Aug 9 (Reuters) -", "Kinshasa, Jan. 30 (EFE) –", "(APP - 31st Jan, 2025)"):
 * near the start of the story, after nothing but capitalised place or agency words, and followed by
 * a bracket or a dash.
 */
function isDateline(paragraphIndex: number, text: string, mention: DateMention): boolean {
  if (paragraphIndex > 1 || mention.start > 120) return false;
  // Agency brackets may hold anything ("(APP - UrduPoint / … -"); outside them only capitalised words.
  const outsideBrackets = text.slice(0, mention.start).replace(/\([^()]*\)?/gu, ' ');
  if (/[.!?][\s\u00A0]/u.test(outsideBrackets) || /(?:^|[\s,/])\p{Ll}/u.test(outsideBrackets)) return false;
  // (A dash or bracket after it, or an agency's and then the dash ("Dec 4, 2015, SPA —"); or, alone as the
  // first paragraph, "Dhanbad, September 7".)
  return (
    /^[\s\u00A0]{0,3}(?:\(|\)|[-–—])|^,\s?\p{Lu}{2,8}\s?[-–—]/u.test(text.slice(mention.end, mention.end + 14)) ||
    (paragraphIndex === 0 && /^[\s.]*$/u.test(text.slice(mention.end)))
  );
}

// A month span with no year that describes what usually happens: "the monsoon runs from June to September".
const HABITUAL = /\b(?:seasons?|runs|lasts|usually|typically|normally|regularly|generally|annually|every\s+year|each\s+year|often)\b/iu;
// "about three weeks earlier": a rough count from another date is no date.
// ("declared over the following month": an end, not a hedge; find.ts leaves "over" out of the date.)
const ENDED_OVER = new RegExp(`\\b(?:${ENDED_BEFORE_OVER.join('|')})[\\s\u00A0]+over[\\s\u00A0]+$`, 'iu');
const HEDGE_BEFORE = /\b(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|at\s+least)[\s\u00A0]+$/iu;

// What separates the items of a list: "Monday, Tuesday and Thursday".
const LIST_GAP = /^\s{0,2},?\s{0,2}(?:(?:and|or)\s{1,2})?$/u;
// "beginning in Auckland on Monday and ending in Wellington on Friday", "from Monday to Friday": the end of
// a run of days ahead, perhaps with its place, is after its start.
const RUN_END_GAP =
  /^\s{0,2},?\s{0,2}(?:(?:and|or)\s{1,2})?(?:(?:ending|finishing|closing|concluding|until|till|through|to)\b[^,.;]{0,40}?\s(?:on\s)?)$/u;

// How far either side of a date its sentence is looked for: long enough for a long news sentence.
const SENTENCE_READ = 400;

/** What the other extractors found, when the caller has it: speakers of quotes, people for "he" and "she". */
export interface EventContext {
  quotes?: readonly Quote[];
  entities?: Entities;
}

/** The rule that dated a mention, and how sure it is (an explicit full date is high; a guess low). */
function dateRule(mention: DateMention, direction: Direction, resolution: Resolution, fromSentenceYear: boolean): [string, Confidence] {
  if (!resolution.date) return [`${mention.kind}-unresolved`, 'low'];
  switch (mention.kind) {
    case 'day':
      if (fromSentenceYear) return ['day-sentence-year', 'medium'];
      if (mention.y !== null) return ['day-full', 'high'];
      if (mention.yearOffset !== null) return ['day-relative-year', 'high'];
      if (mention.weekday !== null) return ['day-weekday', 'high'];
      return [`day-${direction}`, 'medium'];
    case 'month':
      if (fromSentenceYear) return ['month-sentence-year', 'medium'];
      if (mention.y !== null) return ['month-year', 'high'];
      if (mention.yearOffset !== undefined || mention.sameYear) return ['month-relative-year', 'high'];
      if (mention.lean) return [`month-${mention.lean}`, 'medium'];
      return [`month-${direction}`, 'medium'];
    case 'year':
      return [mention.untilYear !== null ? 'year-range' : 'year', 'high'];
    case 'weekday':
      if (mention.lean) return [`weekday-${mention.lean}`, 'medium'];
      return [direction === 'future' ? 'weekday-future' : 'weekday-past', 'medium'];
    case 'weekend':
      return ['weekend', 'medium'];
    case 'relative':
      return [mention.unit === 'day' ? 'relative-day' : 'relative-period', 'medium'];
    case 'anchored':
      return ['anchored', 'medium'];
    case 'holiday':
      return [mention.lean ? `holiday-${mention.lean}` : `holiday-${direction}`, 'medium'];
    case 'event-offset':
      return ['event-offset', 'medium'];
  }
}

/** A month or day written without a year takes the year named earlier in its sentence ("in 2017, … in June"). */
function withSentenceYear(mention: DateMention, year: number | null): DateMention {
  if (year === null) return mention;
  if (mention.kind === 'month' && mention.y === null && mention.lean === null && !mention.sameYear && mention.yearOffset === undefined)
    return { ...mention, y: year };
  if (mention.kind === 'day' && mention.y === null && mention.yearOffset === null) return { ...mention, y: year };
  return mention;
}

// A figure right before an offset: "$27.1 million, or $1.16 a share, a year ago", "up from seven a year ago".
const FIGURE_BEFORE =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b)[^\d.;:]{0,28}[\s,]$/iu;

/** "a year ago", "a month earlier" counted back as the base of a comparison of figures. */
function isComparisonOffset(mention: DateMention, written: string, before: string): boolean {
  const offset = (mention.kind === 'relative' || mention.kind === 'anchored') && mention.unit !== 'day' && mention.offset !== 0;
  // "from the previous week", "up 5% on the previous year": the preposition may be among the date's words.
  const from = /^(?:from|on|over)\s+/iu.exec(written);
  const date = from ? written.slice(from[0].length) : written;
  if (!offset || !/\b(?:ago|earlier|before)$|^(?:the\s+)?(?:previous|prior)\b/iu.test(date)) return false;
  const lower = `${before.toLowerCase()}${from ? `${from[0].trim().toLowerCase()} ` : ''}`;
  if (COMPARISON_BEFORE.test(lower.slice(-60)) || FIGURE_BEFORE.test(lower) || /\b(?:than|compared|versus)\b[^,;.]{0,40}$/u.test(lower))
    return true;
  // "surpassed the quantity from a year earlier", "down 5,000 from the previous week".
  return (
    /\bfrom\s+$/u.test(lower) &&
    /\b(?:surpass|exceed|up|down|rose|fell|increase|decrease|higher|lower|more|fewer|less|compared)\w*/u.test(lower)
  );
}

/** "yesterday", "today", "tonight": a day counted from when the words were said. */
function isRelativeDay(mention: DateMention): boolean {
  return mention.kind === 'relative' && mention.unit === 'day';
}

// The attribution closing a lead: ", the coast guard said Wednesday." (not "Sununu was told Wednesday by …").
const SAID_BEFORE = /,[^,]{2,60}\bsaid\s+(?:on\s+)?$/iu;

// "in March 2023", "on June 9, 2022": the date stands as an adverbial (the preposition may be among its words).
const DATED_ADVERBIAL = /\b(?:in|on|during)\s+\||\|(?:in|on|during)\s/iu;

export function extractEvents(doc: ParsedSeed, context: EventContext = {}): DatedEvent[] {
  const published = parseIsoDay(doc.published);
  const events: DatedEvent[] = [];
  let previous: Anchor | null = null;
  // The year of the last quarter dated ("over the last quarter"): "over the quarter" later is that quarter.
  let previousQuarter: Anchor | null = null;
  // The day the report's words were gathered: its dateline's, or its lead's when that is publication day
  // or the day before. A "today" quoted with no day of its own counts from it.
  let reportDay: Day | null = null;
  // The dateline's day when it is before publication's (a print edition's): day words count from it.
  let datelineDay: Day | null = null;
  let leadRead = false;
  // The month of an earlier year the text last dated in full ("in March 2023", not "the August 1988
  // cease-fire"): a bare later month of the next sentences ("In May, …") goes on in that year's story,
  // not in the year of publication. Any other date brings the story back to the present.
  let storyMonth: { y: number; m: number } | null = null;
  doc.paragraphs.forEach((paragraph, paragraphIndex) => {
    const { text } = paragraph;
    const mentions = findDateMentions(text);
    if (!mentions.length) return;
    const reader = new ParagraphReader(paragraph, mentions);
    let sentenceYear: { start: number; y: number } | null = null;
    // The last day this paragraph dated, for "between Wednesday and Thursday": one span, not two events.
    let lastDay: { end: number; event: DatedEvent; opensSpan: boolean } | null = null;
    // The last weekday dated in the paragraph, for a list of days ("on Monday, Tuesday and Thursday").
    let listed: { end: number; day: Day } | null = null;
    // Where the last base of a comparison ended: "than those of 1995 and 2007" compares with both.
    let comparedTo = -1;
    for (const [n, found] of mentions.entries()) {
      // "overnight Sunday-Monday", "overnight Thursday and Friday": the night is the days named after it.
      const next = mentions[n + 1];
      if (
        isRelativeDay(found) &&
        /^overnight$/iu.test(text.slice(found.start, found.end)) &&
        next?.kind === 'weekday' &&
        /^\s+$/u.test(text.slice(found.end, next.start))
      )
        continue;
      const sentence = sentenceSpan(text, found.start, found.end, SENTENCE_READ);
      const yearHere = sentenceYear && sentenceYear.start === sentence.start ? sentenceYear.y : null;
      const storyYear =
        yearHere === null && storyMonth && published && storyMonth.y < published.y && 'm' in found && found.m >= storyMonth.m
          ? storyMonth.y
          : null;
      const mention = withSentenceYear(found, yearHere ?? storyYear);
      if (
        mention.kind === 'month' &&
        mention.until &&
        mention.y === null &&
        mention.until.y === null &&
        HABITUAL.test(text.slice(Math.max(sentence.start, mention.start - 150), Math.min(sentence.end, mention.end + 150)))
      )
        continue;
      if (
        mention.kind === 'anchored' &&
        mention.unit !== 'day' &&
        HEDGE_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start)) &&
        !ENDED_OVER.test(text.slice(Math.max(0, mention.start - 24), mention.start))
      )
        continue;
      // "up 18% from $1.69 billion a year earlier", "compared with 40% a year ago": the base of a comparison
      // is a period, not a date of its own.
      if (
        isComparisonOffset(
          mention,
          text.slice(mention.start, mention.end),
          text.slice(Math.max(sentence.start, mention.start - 80), mention.start),
        )
      )
        continue;
      const reading = reader.read(sentence, mention.start, mention.end);
      const quoted = reading !== null && reader.isQuoted(reading.date.from);
      const direction = directionOf(text, sentence, mention, reading, published);
      // "Dhanbad, September 7 … the mine which collapsed yesterday", published on the 8th: a day word
      // outside quotes counts from the dateline's day.
      let reference = !quoted && isRelativeDay(mention) && datelineDay ? datelineDay : published;
      let rule: string | null = null;
      if (quoted && isRelativeDay(mention)) {
        reference = attributionDay(reader, mentions, mention, published) ?? reportDay;
        rule = reference ? 'quoted-day' : 'quoted-day-unknown';
      }
      let offsetClause: Clause | null = null;
      let eventTo: number | null = null;
      let resolution = reference || !quoted ? resolveMention(mention, reference, direction, previous, previousQuarter) : null;
      // "as of Thursday evening, when rescue teams called off their work overnight": a night after a day the
      // sentence dated is that day's night, not the one before the report.
      if (
        isRelativeDay(mention) &&
        /^overnight$/iu.test(text.slice(mention.start, mention.end)) &&
        lastDay &&
        lastDay.end >= sentence.start &&
        lastDay.event.date
      ) {
        const day = parseIsoDay(lastDay.event.date);
        if (day) resolution = resolutionOf(dayAnchor(day));
      }
      if (mention.kind === 'relative' && mention.quarter && resolution?.anchor) previousQuarter = resolution.anchor;
      // "will strike on Monday, Tuesday and Thursday": a list of days ahead runs forward, each after the one before.
      if (
        mention.kind === 'weekday' &&
        direction === 'future' &&
        listed &&
        resolution?.anchor &&
        (LIST_GAP.test(text.slice(listed.end, mention.start)) || RUN_END_GAP.test(text.slice(listed.end, mention.start)))
      ) {
        resolution = resolutionOf(dayAnchor(nearestWeekday(listed.day, mention.weekday, 'future', true)));
      }
      // "…, the coast guard said Wednesday" leading a report dated Tuesday: the lead's day of saying is the
      // report's own, one day ahead where the words were written, never the week before.
      const zoneAhead =
        paragraphIndex === 0 &&
        mention.kind === 'weekday' &&
        mention.lean === null &&
        published &&
        resolution?.anchor &&
        formatDay(addDays(resolution.anchor, 6)) === formatDay(published) &&
        SAID_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 80), mention.start)) &&
        /^\s*\./u.test(text.slice(mention.end, mention.end + 3));
      if (zoneAhead) resolution = resolutionOf(dayAnchor(addDays(published, 1)));
      listed = mention.kind === 'weekday' && resolution?.anchor ? { end: mention.end, day: resolution.anchor } : null;
      if (mention.kind === 'event-offset' && reading) {
        const counted = resolveEventOffset(mention, reading.grammar, events, published);
        if (counted) {
          resolution = counted.resolution;
          rule = counted.rule;
          offsetClause = counted.clause;
          eventTo = counted.eventTo;
        }
      }
      if (!resolution) {
        if (rule !== 'quoted-day-unknown') continue;
      }
      const resolved: Resolution = resolution ?? { date: null, precision: 'day', endDate: null, anchor: null };
      // A year frames the sentence's later months and days when it opens the sentence ("In 2017, …") or a
      // when-clause follows it ("in 2019, when rivers burst in July"); "an agreement signed in 1987 …
      // through Sept. 29" does not.
      const opensSentence = /^[\s\u00A0“"‘]*(?:(?:and|but|so)[\s\u00A0]+)?$/iu.test(text.slice(sentence.start, mention.start));
      const framing =
        (mention.kind === 'year'
          ? mention.untilYear === null && /^in[\s\u00A0]/iu.test(text.slice(mention.start, mention.end))
          : mention.kind === 'relative') &&
        (opensSentence || /^[\s\u00A0]*,?[\s\u00A0]*when\b/iu.test(text.slice(mention.end, mention.end + 12)));
      if (resolved.precision === 'year' && resolved.anchor && framing) sentenceYear = { start: sentence.start, y: resolved.anchor.y };
      // "the following day" chains from the last date; "a year earlier" counts from the last date the text
      // gives, not from another offset.
      if (resolved.anchor && !quoted && !(mention.kind === 'anchored' && mention.unit !== 'day')) previous = resolved.anchor;
      if (!quoted && resolved.anchor)
        storyMonth =
          (found.kind === 'month' || found.kind === 'day') &&
          found.y !== null &&
          resolved.precision !== 'year' &&
          DATED_ADVERBIAL.test(`${text.slice(Math.max(0, found.start - 8), found.start)}|${text.slice(found.start, found.start + 7)}`)
            ? { y: found.y, m: found.m }
            : mention !== found && storyMonth
              ? { y: storyMonth.y, m: resolved.anchor.m }
              : null;
      const dateline = isDateline(paragraphIndex, text, mention);
      if (!leadRead && paragraphIndex <= 1 && resolved.anchor?.precision === 'day' && !quoted && published) {
        const day = resolved.anchor;
        const lead = formatDay(day) === formatDay(published) || formatDay(addDays(day, 1)) === formatDay(published);
        if (dateline || lead) reportDay = { y: day.y, m: day.m, d: day.d };
        // (Only a dateline a day or two before publication: a print edition's.)
        if (dateline && formatDay(day) < formatDay(published) && formatDay(addDays(day, 2)) >= formatDay(published))
          datelineDay = { y: day.y, m: day.m, d: day.d };
        leadRead = dateline || lead || paragraphIndex > 0;
      }
      const [dateRuleName, dateConfidence] = rule
        ? [rule, rule === 'quoted-day' || rule.startsWith('event-offset') ? ('medium' as const) : ('low' as const)]
        : dateRule(mention, direction, resolved, yearHere !== null && mention !== found);
      const kind: KindReading = kindOf({
        text,
        mention,
        resolution: resolved,
        published,
        dateline,
        ahead: direction === 'future',
        grammar: reading?.grammar ?? null,
        clause: reading?.clause ?? null,
        date: reading?.date ?? null,
      });
      // (What was said there is reported as done, not expected.)
      if (zoneAhead && kind.kind === 'expected') Object.assign(kind, { kind: 'happened', rule: 'past' });
      if (comparedTo >= 0 && kind.kind !== 'mention' && /^\s*(?:,|,?\s*and|,?\s*or)\s*$/u.test(text.slice(comparedTo, mention.start)))
        Object.assign(kind, { kind: 'mention', rule: 'comparison' });
      comparedTo = kind.rule === 'comparison' ? mention.end : -1;
      const labelReading: Reading | null = !reading
        ? null
        : offsetClause
          ? { ...reading, clause: offsetClause }
          : eventTo !== null
            ? { ...reading, date: { from: reading.date.from, to: Math.max(reading.date.to, eventTo) } }
            : reading;
      const label: Label = labelReading
        ? labelOf(reader, labelReading, context, paragraphIndex, doc, dateline)
        : fallbackLabel(text, mention, sentence);
      // "since October 7, when Hamas stormed across the border": the clause after the date says what
      // happened on it, so the date is an event even when it also starts a period or a comparison.
      // (Not the base of a comparison: "US$49 billion in 2020, when the world faced the lockdown" compares.)
      if (
        label.rule === 'label.when-clause' &&
        (kind.rule === 'running-total' || (kind.rule === 'comparison' && afterSince(text, mention.start, mention.end)))
      ) {
        kind.kind = afterPublication(resolved, published) ? 'expected' : 'happened';
        kind.rule = 'past';
      }
      const position: Position = positionIn(doc.paragraphs, paragraphIndex, mention.start, mention.end);
      const base = {
        precision: resolved.precision,
        text: text.slice(mention.start, mention.end),
        label: label.text,
        kind: kind.kind,
        position,
        rule: `events.${dateRuleName}/${kind.rule}/${label.rule.slice(6)}${label.whole ? '' : '/partial-label'}`,
        // A label that does not read whole is not shown as fact: the event waits for an editor's label.
        confidence: label.whole ? dateConfidence : ('low' as const),
        edited: false,
      };
      // "between Wednesday and Thursday", "from Monday to Friday", "yesterday and today": two days joined
      // as one stretch (days apart joined by "and", "on Monday and Wednesday", stay two events).
      const link = lastDay && resolved.precision === 'day' && resolved.date ? text.slice(lastDay.end, mention.start) : null;
      const spanStart =
        lastDay &&
        link &&
        SPAN_LINK.test(link) &&
        (lastDay.opensSpan || (/^\s+and\s+$/u.test(link) && nextDay(lastDay.event.date, resolved.date)))
          ? lastDay.event
          : null;
      if (spanStart?.date && resolved.date && spanStart.date < resolved.date && !spanStart.endDate) {
        // "between Wednesday and Thursday": the first day opens the span, the second is its end, a mention.
        spanStart.endDate = resolved.date;
        events.push({
          id: `event-${events.length + 1}`,
          date: resolved.date,
          endDate: null,
          ...base,
          kind: 'mention',
          rule: `${base.rule}/range-end`,
        });
        lastDay = null;
        continue;
      }
      const event: DatedEvent = { id: `event-${events.length + 1}`, date: resolved.date, endDate: resolved.endDate, ...base };
      events.push(event);
      lastDay =
        resolved.precision === 'day' && !resolved.endDate
          ? {
              end: mention.end,
              event,
              opensSpan:
                /\b(?:between|from)\s+$/iu.test(text.slice(Math.max(0, mention.start - 12), mention.start)) ||
                /^(?:between|from)\s/iu.test(base.text),
            }
          : null;
      // "during June, July and August": every month of a list is a date, in the year of the first (the next
      // year once the list passes December).
      if (mention.kind === 'month' && mention.listed && resolved.anchor) {
        let { y, m } = resolved.anchor;
        for (const next of mention.listed) {
          if (next < m) y++;
          m = next;
          events.push({ id: `event-${events.length + 1}`, date: formatMonth(y, m), endDate: null, ...base, rule: `${base.rule}/listed` });
        }
      }
      // A span's end is a date of its own ("from Aug. 26 to Oct. 20"): a mention, so timelines draw the span once.
      if (resolved.endDate)
        events.push({
          id: `event-${events.length + 1}`,
          date: resolved.endDate,
          endDate: null,
          ...base,
          kind: 'mention',
          rule: `${base.rule}/range-end`,
        });
    }
  });
  return withoutRepeats(nightsIntoMorning(restatedDays(events, doc), doc));
}

/**
 * "with effect from tomorrow (Sunday)": a weekday in brackets right after a day restates that day; it is
 * that day (not the Sunday before, as a past verb alone would read it), and no second event.
 */
function restatedDays(events: DatedEvent[], doc: ParsedSeed): DatedEvent[] {
  return events.map((event, i) => {
    const before = events[i - 1];
    if (!before?.date || !event.date || before.precision !== 'day' || event.precision !== 'day') return event;
    if (before.position.paragraph !== event.position.paragraph) return event;
    const between = doc.paragraphs[event.position.paragraph].text.slice(before.position.end, event.position.start);
    const weekday = WEEKDAY_KEYS.indexOf(event.text.toLowerCase().replace(/[^a-z]/gu, ''));
    const day = parseIsoDay(before.date);
    if (!/^\s*\(\s*$/u.test(between) || weekday < 0 || !day || weekdayOf(day) !== weekday) return event;
    return { ...event, date: before.date, kind: 'mention', rule: `${event.rule}/restated` };
  });
}

/** A time in the small hours, "at 3:15", "around 2 a.m.", "0300 GMT" (not "3:15 pm"). */
const SMALL_HOURS =
  /\b(?:at|around|about|before|after)\s+(?:0?[0-5][:.][0-5]\d(?!\s*p\.?m)|0?[1-5]\s*a\.?m\b|0[0-5][0-5]\d\s*(?:GMT|UTC|local))/iu;

/**
 * "two buses collided on Saturday night" and "the accident occurred on Sunday at 3:15": a night runs past
 * midnight, so when the report puts something in the next day's small hours, the night is drawn as the
 * stretch from its evening to that morning rather than on the evening alone.
 */
function nightsIntoMorning(events: DatedEvent[], doc: ParsedSeed): DatedEvent[] {
  const morning = new Set<string>();
  // (Each sentence is read once, however many dates it holds.)
  const read = new Map<string, boolean>();
  for (const event of events) {
    if (!event.date || event.precision !== 'day') continue;
    const key = `${event.position.paragraph}:${event.position.sentence}`;
    let early = read.get(key);
    if (early === undefined) {
      const paragraph = doc.paragraphs[event.position.paragraph];
      const sentence = paragraph?.sentences[event.position.sentence];
      early = !!sentence && SMALL_HOURS.test(paragraph.text.slice(sentence.start, sentence.end));
      read.set(key, early);
    }
    if (early) morning.add(event.date);
  }
  if (morning.size === 0) return events;
  return events.map((event) => {
    if (event.kind === 'mention' || event.precision !== 'day' || event.endDate || !/\bnight\b/iu.test(event.text)) return event;
    const day = parseIsoDay(event.date);
    const next = day ? formatDay(addDays(day, 1)) : null;
    return next && morning.has(next) ? { ...event, endDate: next, rule: `${event.rule}/into-morning` } : event;
  });
}

/**
 * "KUALA LUMPUR, July 28 — Najib has been sentenced … today": two dates that resolve to the same day and
 * give the same label are one event; so are two labels of one day that give the same count ("The death
 * toll rose to 40", "The minister said 40 miners were confirmed dead"). The second is kept as a mention.
 */
function withoutRepeats(events: DatedEvent[]): DatedEvent[] {
  const seen = new Set<string>();
  return events.map((event) => {
    // (Only events a timeline shows count: a label waiting for an editor hides no other.)
    if (event.kind === 'mention' || !event.date || event.confidence === 'low') return event;
    const keys = [event.label, ...(event.label.match(/\d[\d,.]*/gu) ?? []).map((n) => `#${n}`)].map((k) => `${event.date}\u0000${k}`);
    const repeat = keys.some((k) => seen.has(k));
    for (const k of keys) seen.add(k);
    return repeat ? { ...event, kind: 'mention', rule: `${event.rule}/repeat` } : event;
  });
}

/** Whether ISO day `b` is the day after ISO day `a`. */
function nextDay(a: string | null, b: string | null): boolean {
  if (!a || !b || a.length !== 10 || b.length !== 10) return false;
  return Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`) === 86_400_000;
}

/** What joins the two days of a span: "between Wednesday and Thursday", "from Monday to Friday". */
const SPAN_LINK = /^\s+(?:and|to|through|until|till)\s+$|^\s*[-–]\s*$/u;

/**
 * The day a quotation was spoken, from a date in its paragraph that stands outside the quote on a verb
 * of saying ("…,” he said on Monday").
 */
function attributionDay(reader: ParagraphReader, mentions: readonly DateMention[], quoted: DateMention, published: Day | null): Day | null {
  for (const other of mentions) {
    if (other === quoted || other.kind !== 'weekday') continue;
    const sentence = sentenceSpan(reader.text, other.start, other.end, SENTENCE_READ);
    const reading = reader.read(sentence, other.start, other.end);
    if (!reading || reader.isQuoted(reading.date.from) || !reading.grammar.isSaying(reading.clause.verb)) continue;
    const resolution = resolveMention(other, published, 'past', null);
    if (resolution?.anchor) return { y: resolution.anchor.y, m: resolution.anchor.m, d: resolution.anchor.d };
  }
  return null;
}

function labelOf(
  reader: ParagraphReader,
  reading: Reading,
  context: EventContext,
  paragraphIndex: number,
  doc: ParsedSeed,
  dateline: boolean,
): Label {
  const { grammar, date } = reading;
  let { clause } = reading;
  if (dateline) {
    // A dateline labels nothing of its own: the story's first clause after it says what the report is.
    const first = grammar.verbGroups().find((g) => g.from >= date.to && g.finite);
    if (first) clause = grammar.clauseAround(first.from, first.to);
  }
  const at = grammar.words[date.from].start;
  const speaker = reader.isQuoted(date.from) ? speakerOf(context.quotes, paragraphIndex, at) : null;
  return eventLabel({
    grammar,
    clause,
    date,
    // The date's own span may reach past the date words: "six weeks after the explosion".
    isDate: (i) => reader.isDate(i) || (i >= date.from && i < date.to),
    isQuoted: (i) => reader.isQuoted(i),
    speaker,
    referent: (i) => referentOf(reader, grammar, i, context, paragraphIndex, doc),
    isPlace: (from, to) => {
      const [start, end] = [grammar.words[from].start, grammar.words[to].end];
      return (context.entities?.places ?? []).some((place) =>
        place.mentions.some((m) => m.paragraph === paragraphIndex && m.start === start && m.end === end),
      );
    },
  });
}

/** The speaker of the quotation that holds offset `at` of a paragraph. */
function speakerOf(quotes: readonly Quote[] | undefined, paragraph: number, at: number): string | null {
  for (const quote of quotes ?? []) {
    const p = quote.position;
    if (p.paragraph === paragraph && p.start <= at && at < p.end) return quote.speaker;
  }
  return null;
}

/**
 * What a subject pronoun stands for: "he" and "she" the person last named before it (their surname),
 * "it" and "they" the subject of the sentence before, when that is a noun phrase without a date.
 */
function referentOf(
  reader: ParagraphReader,
  grammar: SentenceGrammar,
  i: number,
  context: EventContext,
  paragraphIndex: number,
  doc: ParsedSeed,
): string | null {
  const k = grammar.words[i].key;
  const at = grammar.words[i].start;
  if (STORM_NOUNS.has(k)) return stormName(doc);
  if (k === 'he' || k === 'she') {
    // "After he cast his vote on Thursday, Mr Jammeh said": in a clause fronted before its sentence's
    // subject, the pronoun stands for that subject, named after the comma.
    let comma = i + 1;
    while (comma < grammar.to && grammar.words[comma].text !== ',') comma++;
    if (comma < grammar.to && FRONTED_OPENERS.has(grammar.words[grammar.from].key)) {
      const after = grammar.words[comma].end;
      const text = doc.paragraphs[paragraphIndex].text;
      for (const person of context.entities?.people ?? []) {
        const named = person.mentions.some(
          (m) => m.paragraph === paragraphIndex && m.start >= after && /^\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u.test(text.slice(after, m.start)),
        );
        if (named && fitsPronoun(k, sexOf(person, doc.paragraphs))) return person.name.split(/\s+/u).at(-1) ?? null;
      }
    }
    let best: { paragraph: number; start: number; name: string } | null = null;
    for (const person of context.entities?.people ?? []) {
      // (Not a woman for "he", nor a man for "she".)
      if (!fitsPronoun(k, sexOf(person, doc.paragraphs))) continue;
      for (const m of person.mentions) {
        const before = m.paragraph < paragraphIndex || (m.paragraph === paragraphIndex && m.end <= at);
        if (before && (!best || m.paragraph > best.paragraph || (m.paragraph === best.paragraph && m.start > best.start)))
          best = { paragraph: m.paragraph, start: m.start, name: person.name };
      }
    }
    return best ? (best.name.split(/\s+/u).at(-1) ?? null) : null;
  }
  if (k !== 'it' && k !== 'they') return null;
  // The subject of a clause before the pronoun in its sentence ("Saudi Aramco said it earned", "flights
  // ended after they began"), else of the sentence before it in the paragraph.
  const own = subjectBefore(reader, grammar, i, k);
  if (own) return own;
  const sentences = doc.paragraphs[paragraphIndex].sentences;
  const index = sentences.findIndex((s) => s.start <= at && at < s.end);
  if (index <= 0) return null;
  const words = grammar.words;
  const previous = sentences[index - 1];
  let from = grammar.from;
  while (from > 0 && words[from - 1].start >= previous.start) from--;
  const before = reader.sentenceAt(from, grammar.from);
  return before ? subjectBefore(reader, before, before.to, k) : null;
}

const STORM_NOUNS = new Set(['storm', 'typhoon', 'hurricane', 'cyclone']);
const STORM_NAME = /\b(?:(?:Super|Severe|Tropical)\s+)?(?:Typhoon|Hurricane|Cyclone|Storm)\s+\p{Lu}\p{Ll}+\b/gu;

/** The one storm a story names ("Super Typhoon Rai"), in its fullest form; null when it names none or two. */
function stormName(doc: ParsedSeed): string | null {
  const names = new Set<string>();
  for (const p of doc.paragraphs) for (const m of p.text.matchAll(STORM_NAME)) names.add(m[0]);
  const full = [...names].sort((a, b) => b.length - a.length);
  // ("Typhoon Rai" is "Super Typhoon Rai" again.)
  return full.length && full.every((n) => full[0].endsWith(n)) ? full[0] : null;
}

/** The subject (a noun phrase, not a pronoun or a date) of the first clause before word i that has one. */
function subjectBefore(reader: ParagraphReader, grammar: SentenceGrammar, i: number, pronoun: string): string | null {
  const words = grammar.words;
  const groups = grammar.verbGroups();
  // The nearest clause first: "the plane went down as it travelled".
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group.from >= i || !group.finite) continue;
    const subject = grammar.clauseAround(group.from, group.to).subject;
    if (!subject || subject.to > i) continue;
    // ("the last time inflation was below 6 per cent was …": a time and a phrase opened by a preposition
    // are no subjects a pronoun stands for.)
    const time = grammar.key(subject.from) === 'the' && grammar.key(subject.from + 2) === 'time';
    if (words[subject.from].tag === 'ADP' || time) continue;
    // ("as many as 1,500 people were packed onto the Neptune … when it went down", "the captain said …":
    // "it" is no count of people, no plural and no person.)
    const head = words[subject.to - 1];
    if (
      pronoun === 'it' &&
      (words.slice(subject.from, subject.to).some((w) => w.tag === 'NUM') ||
        (head.tag === 'NOUN' && /[^s]s$/u.test(head.key)) ||
        PLURAL_PEOPLE.has(head.key) ||
        isRoleHead(head.text))
    )
      continue;
    // ("The victory banished memories of the team’s failure when they lost": "they" is no singular thing;
    // a body of people may be, "the team … they".)
    // Nor is one person: "Mr. Obama … told his advisers … They found a way".
    const oneNamed =
      isHonorific(words[subject.from].text) && !words.slice(subject.from, subject.to).some((w) => w.key === 'and' || w.text === ',');
    if (pronoun === 'they' && ((head.tag === 'NOUN' && !/s$/u.test(head.key) && !COLLECTIVE_NOUNS.has(head.key)) || oneNamed)) continue;
    const kept: string[] = [];
    let depth = 0;
    let usable = true;
    for (let j = subject.from; j < subject.to; j++) {
      const w = words[j];
      if (reader.isDate(j) || w.tag === 'PRON') usable = false;
      if (w.text === '(') depth++;
      else if (w.text === ')') depth = Math.max(0, depth - 1);
      else if (!depth) kept.push(w.text);
    }
    const phrase = kept.join(' ').replace(/\s+([,.’'])/gu, '$1');
    if (usable && phrase.length <= 32) return phrase.replace(/^(?:The|A|An)\s/u, (m) => m.toLowerCase());
  }
  return null;
}
