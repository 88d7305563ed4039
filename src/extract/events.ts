// The events extractor: every datable reference in the body, resolved against the publication day.
// Recognition (events-find), tense (events-tense), resolution (events-resolve) and labels
// (events-label) are separate modules; this one walks the paragraphs and assembles the events.
import type { DatedEvent, ParsedDocument, Position } from '../schema/document.ts';
import { parseIsoDay } from './events-calendar.ts';
import { findDateMentions, type DateMention } from './events-find.ts';
import { eventLabel } from './events-label.ts';
import { resolveMention, type Anchor } from './events-resolve.ts';
import { sentenceSpan } from './events-sentence.ts';
import { pointsToFuture } from './events-tense.ts';
import { positionIn } from './text.ts';

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

export function extractEvents(doc: ParsedDocument): DatedEvent[] {
  const published = parseIsoDay(doc.published);
  const events: DatedEvent[] = [];
  let previous: Anchor | null = null;
  doc.paragraphs.forEach((paragraph, paragraphIndex) => {
    const { text } = paragraph;
    const mentions = findDateMentions(text);
    for (const mention of mentions) {
      const sentence = sentenceSpan(text, mention.start, mention.end);
      const future = needsTense(mention) && pointsToFuture(text, sentence.start, sentence.end, mention.start, mention.end);
      const resolution = resolveMention(mention, published, future, previous);
      if (!resolution) continue;
      if (resolution.anchor) previous = resolution.anchor;
      const position: Position = positionIn(doc.paragraphs, paragraphIndex, mention.start, mention.end);
      events.push({
        id: `event-${events.length + 1}`,
        date: resolution.date,
        precision: resolution.precision,
        endDate: resolution.endDate,
        text: text.slice(mention.start, mention.end),
        label: eventLabel(text, mention, mentions, isDateline(paragraphIndex, text, mention)),
        position,
      });
    }
  });
  return events;
}
