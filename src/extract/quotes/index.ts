// Direct quotations and who said them.
// Marks are paired per paragraph (marks.ts, quote-spans.ts); a quote split around its attribution ("“A,” he said. “B”")
// is joined, and a newswire quote that runs over paragraphs (no closing mark until the last) is one quote.
// The speaker comes from the attribution after or before the quote, or continues the last speaker when
// a paragraph holds only quoted words (find-speaker.ts); indirect speech outside quotes is read in
// reading order (speech-verbs.ts); phrases (speaker-phrase.ts) resolve to entities in speaker.ts.
import type { Entities, ParsedSeed, Quote } from '../../schema/document.ts';
import { sexesOf } from '../entities/gender.ts';
import { findMarkedSpans } from './marks.ts';
import { indexMentions, type ResolveState } from './speaker.ts';
import { positionIn } from '../text/paragraphs.ts';
import { groupSpans, lastSentenceBreak, type QuoteGroup, sentenceStartAt, wordCount } from './quote-spans.ts';
import { collectSubjects, findSpeechVerbs, recordVerbEvent } from './speech-verbs.ts';
import { type Attribution, findSpeaker } from './find-speaker.ts';

/** Every direct quotation, with its speaker resolved against the document's entities. */
export function extractQuotes(doc: ParsedSeed, entities: Entities): Quote[] {
  const paragraphs = doc.paragraphs;
  const spans = paragraphs.map((p, i) => findMarkedSpans(p, i));
  const groups = groupSpans(doc, spans);
  // Speakers are read only up to the paragraph after the last one a quote touches: nothing later
  // attributes a quote. A document without quotes reads none.
  if (!groups.length) return [];
  const through = groups.reduce((most, g) => Math.max(most, g.parts[g.parts.length - 1].paragraph + 2), 0);
  const state: ResolveState = { events: [], subjects: [], sexes: sexesOf(entities.people, paragraphs), index: indexMentions(entities) };
  collectSubjects(doc, spans, state, through);

  // Quotes and indirect speech ("X said that…") are visited in reading order, so "he said" and
  // continuation paragraphs see every speaker that came before them.
  const verbEvents = findSpeechVerbs(doc, spans, through);
  const quotes: Quote[] = [];
  let v = 0;
  for (const group of groups) {
    const first = group.parts[0];
    while (
      v < verbEvents.length &&
      (verbEvents[v].paragraph < first.paragraph || (verbEvents[v].paragraph === first.paragraph && verbEvents[v].verbStart < first.open))
    ) {
      recordVerbEvent(doc, verbEvents[v], state);
      v++;
    }
    // Empty pairs of marks ("" or a stray run of marks) quote nothing and have no speaker to find.
    if (!group.parts.some((s) => /[\p{L}\p{N}]/u.test(doc.paragraphs[s.paragraph].text.slice(s.innerStart, s.innerEnd)))) continue;
    const found = findSpeaker(doc, group, spans, state);
    if (found.speaker) state.events.push({ paragraph: first.paragraph, offset: first.open, speaker: found.speaker });
    const quote = toQuote(doc, group, found, quotes.length + 1);
    if (quote) quotes.push(quote);
  }
  return quotes;
}

function toQuote(doc: ParsedSeed, group: QuoteGroup, { speaker, rule, confidence }: Attribution, n: number): Quote | null {
  const hasWords = (s: QuoteGroup['parts'][number]) =>
    /[\p{L}\p{N}]/u.test(doc.paragraphs[s.paragraph].text.slice(s.innerStart, s.innerEnd));
  // A stray opening mark that runs on into the next paragraph quotes nothing itself: the quote, its
  // text and its position, start at the first part with words in it.
  const firstIndex = group.parts.findIndex(hasWords);
  if (firstIndex < 0) return null;
  const first = group.parts[firstIndex];
  const text = group.parts
    .slice(firstIndex)
    .map((s) =>
      doc.paragraphs[s.paragraph].text
        .slice(s.innerStart, s.innerEnd)
        .trim()
        .replace(/[\s,]+$/, ''),
    )
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const paragraph = doc.paragraphs[first.paragraph];
  const lastInParagraph = group.parts.filter((s) => s.paragraph === first.paragraph).at(-1) ?? first;
  const sentenceStart = sentenceStartAt(paragraph, first.open);
  const leading = paragraph.text.slice(Math.max(sentenceStart, lastSentenceBreak(paragraph.text, first.open)), first.open);
  const embedded = /[\p{L}\p{N}]/u.test(leading) && !/:\s*$/.test(leading);
  const partial = /^\p{Ll}/u.test(text) || embedded;
  return {
    id: `quote-${n}`,
    text,
    speaker: speaker?.name ?? null,
    role: speaker?.role ?? null,
    fragment: partial && wordCount(text) < 4,
    position: positionIn(doc.paragraphs, first.paragraph, first.open, lastInParagraph.end),
    rule,
    confidence,
    edited: false,
  };
}
