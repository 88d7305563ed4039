// The events extractor: every datable reference in the body, resolved against the publication day.
// Recognition (events-find), tense (events-tense), resolution (events-resolve) and labels
// (events-label) are separate modules; this one walks the paragraphs and assembles the events.
import type { DatedEvent, ParsedSeed, Position } from '../../schema/document.ts';
import { parseIsoDay, weekdayOf, type Day } from './calendar.ts';
import { findDateMentions } from './find.ts';
import type { DateMention } from './mentions.ts';
import { eventLabel } from './label.ts';
import { resolveMention, type Anchor } from './resolve.ts';
import { sentenceSpan } from './sentence.ts';
import { inReportedArrangement, pointsToFuture } from './tense.ts';
import { positionIn } from '../text/paragraphs.ts';

/** Mentions whose year or direction the text leaves open, so the tense of their clause decides. */
function needsTense(mention: DateMention): boolean {
  switch (mention.kind) {
    case 'weekday':
    case 'weekend':
      return mention.lean === null;
    case 'day':
      return mention.y === null && mention.yearOffset === null;
    case 'month':
      return mention.y === null && mention.lean === null && !mention.sameYear;
    default:
      return false;
  }
}

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
  return /^[\s\u00A0]{0,3}(?:\(|\)|[-–—])/u.test(text.slice(mention.end, mention.end + 6));
}

// "until Friday", "through 15 August": a state that lasts to a day is mostly still in force, so the day
// is ahead, unless the clause tells of a past state ("remained closed until Monday").
const UNTIL_BEFORE = /\b(?:until|till|through|thru)[\s\u00A0]*$/iu;
const UNTIL_IN = /^(?:until|till|through|thru)\b/iu;
const PAST_STATE = /\b(?:remained|stayed|lasted|continued|persisted|was|were|had|ended|kept)\b/iu;
// A month span with no year that describes what usually happens: "the monsoon runs from June to September".
const HABITUAL = /\b(?:seasons?|runs|lasts|usually|typically|normally|regularly|generally|annually|every\s+year|each\s+year|often)\b/iu;
// "about three weeks earlier": a rough count from another date is no date.
const HEDGE_BEFORE = /\b(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|at\s+least)[\s\u00A0]+$/iu;

function pointsAhead(text: string, sentence: { start: number; end: number }, mention: DateMention): boolean {
  const until =
    UNTIL_IN.test(text.slice(mention.start, mention.end)) || UNTIL_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start));
  if (pointsToFuture(text, sentence.start, sentence.end, mention.start, mention.end)) return true;
  return until && !PAST_STATE.test(text.slice(Math.max(sentence.start, mention.start - 120), mention.start));
}

/**
 * "was due to travel to the area on Wednesday" in a Tuesday report: an arrangement reported in the
 * past may be either side of publication, so the nearer weekday wins (a tie stays in the past).
 */
function arrangementAhead(text: string, sentence: { start: number; end: number }, mention: DateMention, published: Day | null): boolean {
  if (mention.kind !== 'weekday' || mention.lean !== null || !published) return false;
  if (!inReportedArrangement(text, sentence.start, mention.start)) return false;
  // "was due to take place on Sunday but was postponed": the arrangement fell through, so its day was reached.
  if (/\b(?:but|instead|postponed|cancell?ed|called\s+off|delayed|scrapped|never)\b/iu.test(text.slice(mention.end, sentence.end)))
    return false;
  const today = weekdayOf(published);
  const ahead = (mention.weekday - today + 7) % 7;
  const back = (today - mention.weekday + 7) % 7;
  return ahead > 0 && ahead < back;
}

/** A month or day written without a year takes the year named earlier in its sentence ("in 2017, … in June"). */
function withSentenceYear(mention: DateMention, year: number | null): DateMention {
  if (year === null) return mention;
  if (mention.kind === 'month' && mention.y === null && mention.lean === null && !mention.sameYear) return { ...mention, y: year };
  if (mention.kind === 'day' && mention.y === null && mention.yearOffset === null) return { ...mention, y: year };
  return mention;
}

export function extractEvents(doc: ParsedSeed): DatedEvent[] {
  const published = parseIsoDay(doc.published);
  const events: DatedEvent[] = [];
  let previous: Anchor | null = null;
  doc.paragraphs.forEach((paragraph, paragraphIndex) => {
    const { text } = paragraph;
    const mentions = findDateMentions(text);
    let sentenceYear: { start: number; y: number } | null = null;
    for (const found of mentions) {
      // Read 240 characters either side, as the label reads it: eventLabel takes it as computed here.
      const sentence = sentenceSpan(text, found.start, found.end);
      const yearHere = sentenceYear && sentenceYear.start === sentence.start ? sentenceYear.y : null;
      const mention = withSentenceYear(found, yearHere);
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
        HEDGE_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start))
      )
        continue;
      const future = needsTense(mention) && (pointsAhead(text, sentence, mention) || arrangementAhead(text, sentence, mention, published));
      const resolution = resolveMention(mention, published, future, previous);
      if (!resolution) continue;
      // Only a year that frames the sentence ("in 2017, when…", "last year") lends itself to later
      // months; "since 1948" or "from 2019" opens a period instead.
      const framing =
        mention.kind === 'year'
          ? mention.untilYear === null && /^in[\s\u00A0]/iu.test(text.slice(mention.start, mention.end))
          : mention.kind === 'relative';
      if (resolution.precision === 'year' && resolution.anchor && framing) {
        sentenceYear = { start: sentence.start, y: resolution.anchor.y };
      }
      if (resolution.anchor) previous = resolution.anchor;
      const position: Position = positionIn(doc.paragraphs, paragraphIndex, mention.start, mention.end);
      events.push({
        id: `event-${events.length + 1}`,
        date: resolution.date,
        precision: resolution.precision,
        endDate: resolution.endDate,
        text: text.slice(mention.start, mention.end),
        label: eventLabel(text, mention, mentions, isDateline(paragraphIndex, text, mention), sentence),
        kind: 'happened',
        position,
        rule: `events.${mention.kind}`,
        confidence: resolution.date ? 'medium' : 'low',
        edited: false,
      });
    }
  });
  return events;
}
