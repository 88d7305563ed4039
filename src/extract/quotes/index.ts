// Direct quotations and who said them.
// Marks are paired per paragraph (marks.ts); a quote split around its attribution ("“A,” he said. “B”")
// is joined, and a newswire quote that runs over paragraphs (no closing mark until the last) is one quote.
// The speaker comes from the attribution after or before the quote, or continues the last speaker when
// a paragraph holds only quoted words; phrases resolve to entities in speaker.ts.
import type { Entities, ParsedDocument, Quote } from '../../schema/document.ts';
import { findMarkedSpans, opensWithMark, type MarkedSpan } from './marks.ts';
import { indexMentions, resolveSpeaker, subjectAfter, subjectBefore, type ResolveState, type Speaker } from './speaker.ts';
import { isReportingVerb } from './verbs.ts';
import { countBelow, firstAtOrAbove, lastAtOrBelow } from '../text/sorted-search.ts';
import { positionIn } from '../text/paragraphs.ts';
import { wordKey } from '../text/word-key.ts';

interface QuoteGroup {
  parts: MarkedSpan[];
  gaps: { paragraph: number; start: number; end: number }[]; // attributions between joined parts
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const wordCount = (s: string): number => (s.match(WORD) ?? []).length;

function wordsWithOffsets(text: string, start: number, end: number): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.slice(start, end).matchAll(WORD))
    out.push({ word: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

// A base-form verb after a modal or "to" ("the search would continue", "refused to comment") reports nothing yet.
const MODAL = /^(?:would|will|could|should|may|might|must|can|cannot|to|not|n't|never)$/i;

// Every word reportsAt can accept, so that all others are turned away by one lookup.
const CALL_OR_PUT = new Set(['call', 'called', 'calls', 'calling', 'put', 'puts', 'putting']);

/** Whether words[i] attributes speech: a reporting verb not governed by a modal, or "called for". */
function reportsAt(words: readonly { word: string }[], i: number): boolean {
  const w = words[i].word;
  const key = wordKey(w);
  if (!CALL_OR_PUT.has(key) && !isReportingVerb(key)) return false;
  if (/^call(?:ed|s|ing)?$/i.test(w)) return /^(?:called|calls)$/i.test(w) && words[i + 1]?.word.toLowerCase() === 'for';
  // "A security source put the toll at “more than 40 dead”": an estimate attributed like speech.
  if (/^(?:put|puts|putting)$/i.test(w))
    return /^(?:the\s+)?(?:(?:death|casualty|final|overall|provisional)\s+)?(?:toll|number|figure|total|count|tally)\s+at$/i.test(
      words
        .slice(i + 1, i + 5)
        .map((x) => x.word)
        .join(' ')
        .replace(/^(.*?\bat)\b.*$/i, '$1'),
    );
  if (!isReportingVerb(w)) return false;
  return !(i > 0 && MODAL.test(words[i - 1].word) && !/(?:ed|s)$/i.test(w));
}

// "said in a statement", "wrote on X": words issued as a statement, which a later "it said" refers back to.
const STATEMENT_AFTER =
  /^[^.;]{0,40}?\b(?:in|on|via)\s+(?:a|an|the|its|his|her|their)?\s*(?:\w+\s+)?(?:statement|post|posting|tweet|release|communiqu[eé]|message|letter|report|bulletin|update|briefing|video)\b|^[^.;]{0,25}?\bon\s+(?:X|Twitter|Facebook|Telegram|Instagram|social media)\b/i;
const STATEMENT_VERBS = /^(?:posted|wrote|tweeted|stated|announced|declared|published)$/i;

/** Every direct quotation, with its speaker resolved against the document's entities. */
export function extractQuotes(doc: ParsedDocument, entities: Entities): Quote[] {
  const paragraphs = doc.paragraphs;
  const spans = paragraphs.map((p, i) => findMarkedSpans(p, i));
  const groups = groupSpans(doc, spans);
  const state: ResolveState = { events: [], subjects: [], index: indexMentions(entities) };
  collectSubjects(doc, spans, state);

  // Quotes and indirect speech ("X said that…") are visited in reading order, so "he said" and
  // continuation paragraphs see every speaker that came before them.
  const verbEvents = findSpeechVerbs(doc, spans);
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
    const speaker = findSpeaker(doc, group, spans, state);
    if (speaker) state.events.push({ paragraph: first.paragraph, offset: first.open, speaker });
    const quote = toQuote(doc, group, speaker, quotes.length + 1);
    if (quote) quotes.push(quote);
  }
  return quotes;
}

/** Pairs spans into quotes: joins split quotes and run-on paragraphs. */
function groupSpans(doc: ParsedDocument, spans: MarkedSpan[][]): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  let runOn: QuoteGroup | null = null;
  doc.paragraphs.forEach((paragraph, p) => {
    let list = spans[p];
    if (runOn) {
      const head = list[0];
      if (head && opensWithMark(paragraph) && head.open === paragraph.text.search(/\S/)) {
        runOn.parts.push(head);
        list = list.slice(1);
        if (head.closed) runOn = null;
        else if (!list.length) return;
      } else runOn = null;
    }
    let previous: QuoteGroup | null = null;
    for (const span of list) {
      const last = previous?.parts[previous.parts.length - 1];
      if (previous && last && last.paragraph === p && last.closed && isSplitAttribution(paragraph.text, last, span)) {
        previous.parts.push(span);
        previous.gaps.push({ paragraph: p, start: last.end, end: span.open });
      } else {
        previous = { parts: [span], gaps: [] };
        groups.push(previous);
      }
      if (!span.closed) runOn = previous;
    }
  });
  return groups;
}

// "“A,” he said. “B”": the text between two quotes is only an attribution, and the first part ends in a comma.
function isSplitAttribution(text: string, a: MarkedSpan, b: MarkedSpan): boolean {
  const gap = text.slice(a.end, b.open);
  if (gap.length > 160) return false;
  const inner = text.slice(a.innerStart, a.innerEnd).trimEnd();
  if (!inner.endsWith(',') && !/^\s*,/.test(gap)) return false;
  const words = wordsWithOffsets(text, a.end, b.open);
  if (!words.length || words.length > 16) return false;
  // Only one sentence may sit between the parts: "…,” said X. The fire spread. “…" is two quotes.
  const end = sentenceEnd(text, a.end, b.open);
  if (/[\p{L}\p{N}]/u.test(text.slice(end + 1, b.open))) return false;
  return words.some((w) => isReportingVerb(w.word));
}

// Spans of one paragraph never overlap and are sorted by their opening mark, so ends are sorted too.
function inQuote(spans: MarkedSpan[], offset: number): boolean {
  const span = lastAtOrBelow(spans, offset, (s) => s.open);
  return span !== undefined && offset < span.end;
}

function previousSpanEnd(spans: MarkedSpan[], offset: number): number {
  return lastAtOrBelow(spans, offset, (s) => s.end)?.end ?? 0;
}

function nextSpanOpen(spans: MarkedSpan[], offset: number, fallback: number): number {
  return firstAtOrAbove(spans, offset, (s) => s.open)?.open ?? fallback;
}

function sentenceStartAt(paragraph: ParsedDocument['paragraphs'][number], offset: number): number {
  return lastAtOrBelow(paragraph.sentences, offset, (s) => s.start)?.start ?? 0;
}

// The first person named in each sentence, outside quotes: who "he" or "she" most likely refers to.
function collectSubjects(doc: ParsedDocument, spans: MarkedSpan[][], state: ResolveState): void {
  doc.paragraphs.forEach((paragraph, p) => {
    // A possessive ("Hensley's sister") names whose relative acts, not who acts.
    const mentions = (state.index.byParagraph.get(p) ?? []).filter(
      (m) => m.kind === 'person' && !inQuote(spans[p], m.start) && !/^['’]s\b/u.test(paragraph.text.slice(m.end, m.end + 3)),
    );
    for (const sentence of paragraph.sentences) {
      const first = mentions[countBelow(mentions, sentence.start, (m) => m.start)];
      if (first && first.start < sentence.end) state.subjects.push({ paragraph: p, offset: first.start, entity: first.entity });
    }
  });
}

interface VerbEvent {
  paragraph: number;
  verbStart: number;
  verbEnd: number;
  clauseStart: number;
  limit: number;
  according: boolean;
}

// Reporting verbs outside quotes: indirect speech ("the ministry said 44 contacts…") that later quotes may continue.
function findSpeechVerbs(doc: ParsedDocument, spans: MarkedSpan[][]): VerbEvent[] {
  const events: VerbEvent[] = [];
  doc.paragraphs.forEach((paragraph, p) => {
    const text = paragraph.text;
    for (const sentence of paragraph.sentences) {
      const words = wordsWithOffsets(text, sentence.start, sentence.end);
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (inQuote(spans[p], w.start)) continue;
        const according = w.word.toLowerCase() === 'according' && words[i + 1]?.word.toLowerCase() === 'to';
        if (!according && (!reportsAt(words, i) || /^according$/i.test(w.word))) continue;
        const previousQuoteEnd = previousSpanEnd(spans[p], w.start);
        events.push({
          paragraph: p,
          verbStart: w.start,
          verbEnd: according ? words[i + 1].end : w.end,
          clauseStart: Math.max(sentence.start, previousQuoteEnd),
          limit: sentence.end,
          according,
        });
      }
    }
  });
  return events;
}

function recordVerbEvent(doc: ParsedDocument, event: VerbEvent, state: ResolveState): void {
  const { paragraph, clauseStart, verbStart, verbEnd, limit, according } = event;
  const speaker = attributionAt(doc, paragraph, clauseStart, verbStart, verbEnd, limit, according, verbStart, state);
  if (speaker) state.events.push({ paragraph, offset: verbStart, speaker });
}

/** The speaker named around one reporting verb. */
function attributionAt(
  doc: ParsedDocument,
  p: number,
  clauseStart: number,
  verbStart: number,
  verbEnd: number,
  limit: number,
  according: boolean,
  reference: number,
  state: ResolveState,
): Speaker | null {
  const text = doc.paragraphs[p].text;
  const verb = text.slice(verbStart, verbEnd);
  const statement = STATEMENT_AFTER.test(text.slice(verbEnd, verbEnd + 60)) || STATEMENT_VERBS.test(verb);
  if (according) {
    // The source runs to the next comma or sentence end ("According to Dr. Ahmed Karimi, …").
    const stop = Math.min(sentenceEnd(text, verbEnd, limit), verbEnd + 120);
    const match = /^\s+([^,;:“”"()]{1,120})/.exec(text.slice(verbEnd, stop));
    if (!match) return null;
    const start = verbEnd + text.slice(verbEnd).indexOf(match[1]);
    return resolveSpeaker(doc.paragraphs, p, start, start + match[1].trimEnd().length, state, statement, reference);
  }
  const leading = text.slice(clauseStart, verbStart);
  const resolve = (range: { start: number; end: number }, stop: number): Speaker | null =>
    withAppositiveName(
      doc,
      p,
      range.end,
      stop,
      state,
      statement,
      resolveSpeaker(doc.paragraphs, p, range.start, range.end, state, statement, reference),
    );
  if (!/[\p{L}\p{N}]/u.test(leading) || (/,\s*$/.test(leading) && wordCount(leading) === 0)) {
    const after = subjectAfter(text, verbEnd, limit);
    return after ? resolve(after, limit) : null;
  }
  const subject = subjectBefore(text, clauseStart, verbStart);
  if (subject) return resolve(subject, verbStart);
  // "…, said the ministry": an inverted verb right after a comma.
  if (/,\s*$/.test(leading)) {
    const after = subjectAfter(text, verbEnd, limit);
    if (after) return resolve(after, limit);
  }
  return null;
}

/**
 * "said Unicef's representative in Mozambique, Jonas Lindqvist" and "Hensley's sister, Brenda Pauley,
 * said": a description followed by a named person in apposition is that person.
 */
function withAppositiveName(
  doc: ParsedDocument,
  p: number,
  end: number,
  stop: number,
  state: ResolveState,
  statement: boolean,
  found: Speaker | null,
): Speaker | null {
  if (found && (found.kind !== 'person' || state.index.entities.people.some((e) => e.name === found.name))) return found;
  const text = doc.paragraphs[p].text;
  const gap = /^[^,.;:!?“”"()]{0,60},\s*/u.exec(text.slice(end, Math.min(stop, end + 80)));
  if (!gap) return found;
  const at = end + gap[0].length;
  const mentions = state.index.byParagraph.get(p) ?? [];
  const mention = mentions.find((m) => m.kind === 'person' && m.start === at);
  if (mention) {
    if (!/^\s*(?:[,.;]|$)/u.test(text.slice(mention.end, Math.min(stop, mention.end + 2)))) return found;
    return { name: mention.entity.name, role: mention.entity.role, kind: 'person', statement };
  }
  // A name the entity lists do not know: two or three capitalised words closing the phrase, and not a place or body.
  const name = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}(?=\s*(?:[,.;]|$))/u.exec(text.slice(at, Math.min(stop, at + 80)));
  if (!name || mentions.some((m) => m.kind !== 'person' && m.start < at + name[0].length && m.end > at)) return found;
  return { name: name[0], role: null, kind: 'person', statement };
}

/** Ends a search at the first sentence end that is not an abbreviation ("U.S.", "Mr.", "Jan."). */
function sentenceEnd(text: string, from: number, limit: number): number {
  // Attributions are short: searching a bounded window keeps a paragraph without full stops linear.
  const windowEnd = Math.min(limit, from + 400);
  const window = text.slice(from, windowEnd);
  for (const m of window.matchAll(/[.!?](?=\s|$)/g)) {
    const at = from + m.index;
    if (at + 1 === windowEnd && windowEnd < text.length && !/\s/.test(text[windowEnd])) continue;
    const before = text.slice(Math.max(from, at - 6), at);
    if (
      /(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|Jr|Sr|Inc|Corp|Ltd|Co))$/u.test(
        before,
      )
    )
      continue;
    return at;
  }
  return windowEnd;
}

function findSpeaker(doc: ParsedDocument, group: QuoteGroup, spans: MarkedSpan[][], state: ResolveState): Speaker | null {
  const first = group.parts[0];
  const p = first.paragraph;
  const text = doc.paragraphs[p].text;
  const reference = first.open;

  // 1. Between the parts of a split quote.
  for (const gap of group.gaps) {
    const found = attributionIn(doc, gap.paragraph, gap.start, gap.end, 'after', reference, state);
    if (found) return found;
  }
  // 2. Right after the quote, in the same sentence: "…,” said Miller." / "…,” the ministry said.
  const lastInParagraph = group.parts.filter((s) => s.paragraph === p).at(-1) ?? first;
  // A quote that ends with a full stop ends its sentence: what follows belongs to the next one.
  const endsSentence = /\.\s*$/.test(text.slice(lastInParagraph.innerStart, lastInParagraph.innerEnd));
  if (lastInParagraph.closed && !endsSentence) {
    const nextOpen = nextSpanOpen(spans[p], lastInParagraph.end, text.length);
    const end = sentenceEnd(text, lastInParagraph.end, nextOpen);
    const found = attributionIn(doc, p, lastInParagraph.end, end, 'after', reference, state);
    if (found) return found;
  }
  // 2b. A quote run over paragraphs may be attributed after its last part: "…,” she said.
  const lastPart = group.parts[group.parts.length - 1];
  if (lastPart.paragraph !== p && lastPart.closed) {
    const lastText = doc.paragraphs[lastPart.paragraph].text;
    const nextOpen = nextSpanOpen(spans[lastPart.paragraph], lastPart.end, lastText.length);
    const found = attributionIn(
      doc,
      lastPart.paragraph,
      lastPart.end,
      sentenceEnd(lastText, lastPart.end, nextOpen),
      'after',
      lastPart.open,
      state,
    );
    if (found) return found;
  }
  // 3. Before the quote, in the same sentence: "Smith told Reuters: “…”", "According to Smith, “…”".
  const sentenceStart = sentenceStartAt(doc.paragraphs[p], first.open);
  const previousEnd = previousSpanEnd(spans[p], first.open);
  const clauseStart = Math.max(sentenceStart, previousEnd, lastSentenceBreak(text, first.open));
  const leading = text.slice(clauseStart, first.open);
  if (/[\p{L}\p{N}]/u.test(leading)) {
    const found = attributionIn(doc, p, clauseStart, first.open, 'before', reference, state);
    if (found) return found;
  }
  // 4. A quote that opens its sentence or follows a colon continues the last speaker; one embedded in
  //    a sentence that names nobody ("The victim was described as “…”") has no speaker.
  const opensSentence = !/[\p{L}\p{N}]/u.test(leading) || /:\s*$/.test(leading);
  if (!opensSentence) {
    // "X said it was “…” and that its “…”": a second quote in the sentence of an attributed one shares its speaker.
    const previous = state.events.at(-1);
    if (
      previous &&
      previous.paragraph === p &&
      previousEnd > sentenceStart &&
      previous.offset >= sentenceStart &&
      previous.offset < first.open
    )
      return { ...previous.speaker };
    return null;
  }
  if (!/[\p{L}\p{N}]/u.test(leading)) {
    // "He said:" closing the previous sentence or paragraph introduces this quote.
    const colon = colonIntroduction(doc, p, clauseStart, spans);
    if (colon) {
      const found = attributionIn(doc, colon.paragraph, colon.start, colon.end, 'before', reference, state);
      if (found) return found;
    }
  }
  const last = state.events.at(-1);
  return last ? { ...last.speaker } : null;
}

// The sentence splitter sometimes runs a sentence across a closing quote; a full stop then a capital is a break.
function lastSentenceBreak(text: string, before: number): number {
  const slice = text.slice(Math.max(0, before - 400), before);
  const offset = Math.max(0, before - 400);
  let at = 0;
  for (const m of slice.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu)) {
    const prev = slice.slice(Math.max(0, m.index - 5), m.index);
    if (/(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No))$/u.test(prev)) continue;
    at = offset + m.index + m[0].length;
  }
  return at;
}

function colonIntroduction(
  doc: ParsedDocument,
  p: number,
  clauseStart: number,
  spans: MarkedSpan[][],
): { paragraph: number; start: number; end: number } | null {
  const text = doc.paragraphs[p].text;
  // Only the characters just before the quote matter; a bounded window keeps long paragraphs linear.
  const windowStart = Math.max(0, clauseStart - 400);
  const before = text.slice(windowStart, clauseStart).trimEnd();
  if (before.endsWith(':')) {
    const colon = windowStart + before.length - 1;
    const start = Math.max(lastSentenceBreak(text, colon), previousSpanEnd(spans[p], colon));
    return { paragraph: p, start, end: colon };
  }
  if (!before && windowStart === 0 && p > 0) {
    const prev = doc.paragraphs[p - 1].text.trimEnd();
    if (prev.endsWith(':')) {
      const start = Math.max(lastSentenceBreak(prev, prev.length - 1), previousSpanEnd(spans[p - 1], prev.length - 1));
      return { paragraph: p - 1, start, end: prev.length - 1 };
    }
  }
  return null;
}

/** Looks for a reporting verb in [start, end) and returns the speaker it names. */
function attributionIn(
  doc: ParsedDocument,
  p: number,
  start: number,
  end: number,
  where: 'before' | 'after',
  reference: number,
  state: ResolveState,
): Speaker | null {
  const text = doc.paragraphs[p].text;
  const words = wordsWithOffsets(text, start, end);
  if (!words.length) return null;
  if (where === 'after') {
    // The attribution must follow at once: "…,” he said", not "…” and said aid was needed".
    if (/^(?:and|but|or|which|that|because|so|if|when|while)$/i.test(words[0].word)) return null;
    for (let i = 0; i < Math.min(words.length, 14); i++) {
      const w = words[i];
      if (w.word.toLowerCase() === 'according' && words[i + 1]?.word.toLowerCase() === 'to') {
        return attributionAt(doc, p, start, w.start, words[i + 1].end, end, true, reference, state);
      }
      if (!isReportingVerb(w.word)) continue;
      return attributionAt(doc, p, start, w.start, w.end, end, false, reference, state);
    }
    return null;
  }
  // Before the quote: the last reporting verb of the clause ("Smith said in a tweet:").
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w.word.toLowerCase() === 'according' && words[i + 1]?.word.toLowerCase() === 'to') {
      return attributionAt(doc, p, start, w.start, words[i + 1].end, end, true, reference, state);
    }
    if (!reportsAt(words, i) || /^according$/i.test(w.word)) continue;
    const found = attributionAt(doc, p, start, w.start, w.end, end, false, reference, state);
    if (found) return found;
  }
  return null;
}

function toQuote(doc: ParsedDocument, group: QuoteGroup, speaker: Speaker | null, n: number): Quote | null {
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
  };
}
