// Figures: numbers that count people or impact (killed, injured, displaced…), damage, money and
// durations. Each number found by text/numbers.ts is first ruled out if it is a date, time, age, year,
// measurement or code; then its neighbours decide what it counts: a verb before it ("killing 12"),
// a tally before it ("the death toll rose to 375"), its noun and predicate after it ("40,000
// Palestinians have been killed"), or a coordinated number ("64 children and 57 women were killed").
// One job a file: analyse.ts reads one number (exclusions, quantity, hedge, left-cues, right-cues and
// noun.ts each read one part of it), coordination.ts lets numbers share a cue, attribution.ts finds the
// source; this file keeps what counts and assembles the figures.
import type { Entities, Figure, Paragraph, ParsedSeed } from '../../schema/document.ts';
import { extractEntities } from '../entities/index.ts';
import { foldDigits } from '../text/normalize.ts';
import { findNumbers } from '../text/numbers.ts';
import { tokenize, type Token } from '../text/number-tokens.ts';
import { positionIn } from '../text/paragraphs.ts';
import { alternation } from '../text/patterns.ts';
import { countBelow } from '../text/sorted-search.ts';
import { analyse, paragraphNumbers } from './analyse.ts';
import { findAttribution } from './attribution.ts';
import type { Candidate } from './candidate.ts';
import { inherit } from './coordination.ts';
import { reading } from './keep.ts';
import { fronted, placeNames, placeOf } from './places.ts';
import { statusOf } from './status.ts';
import { markBackground } from './background.ts';
import { linkGroupParts } from './group-parts.ts';
import { isListLine, listItems, partsAcross, type Topic } from './relations.ts';
import { measureNamed } from './right-cues.ts';
import { layerOf, type Layer } from './layer.ts';
import { DISEASE_WORDS, WOUND_WORDS } from './lexicon.ts';

/**
 * Every number that counts people, things or impact, and durations, in document order. `entities` (the
 * entities extractor's, computed here when not given) say which names are places.
 */
export function extractFigures(doc: ParsedSeed, entities: Pick<Entities, 'places'> = extractEntities(doc)): Figure[] {
  const figures: Figure[] = [];
  const names = placeNames(entities.places);
  // In an epidemic report nobody is wounded: "hospitalised" patients are cases of the disease.
  // (The story's first 20,000 characters, read once by the two kinds of report below.)
  const body = doc.paragraphs
    .map((p) => p.text)
    .join('\n')
    .slice(0, 20_000);
  const sick = isDiseaseReport(doc.title, body);
  // In a kidnapping (its headline or lead tells one), those rescued or freed are the hostages set free.
  const kidnapStory = KIDNAP.test(doc.title) || KIDNAP.test(doc.paragraphs[0]?.text.slice(0, 2_000) ?? '');
  // Before a storm, a flood or an eruption that the story tells an evacuation of, people in shelters are its
  // evacuees (as two blind annotators counted them); in a war they are the displaced.
  const evacuationStory = isHazardEvacuation(doc.title, body);
  let topic: Topic = { measure: null, unit: 'people', count: null };
  // Ids first, for the whole document: a part may name a whole that comes after it ("49 of the first 54
  // seats") or in the paragraph before ("Of them, …").
  const ids = new Map<Candidate, string>();
  doc.paragraphs.forEach((paragraph, index) => {
    const tokensByWindow = new Map<string, Token[]>();
    // Numbers are read in the digit-folded text ("４０,０００" as "40,000"); `text` quotes the original.
    const readable = foldDigits(paragraph.text);
    const { candidates, tokens, layer } = paragraphCandidates(readable, paragraph);
    // A list's lines count what its opening line names, or what the count before the list counts.
    if (isListLine(readable)) listItems(candidates, topic);
    else {
      partsAcross(readable, candidates, topic);
      topic = topicOf(readable, candidates, tokens, layer) ?? topic;
    }
    // (Once per paragraph: a megabyte paragraph of figures stays linear.)
    const captivity = kidnapStory || KIDNAP.test(readable);
    const first = paragraph.sentences[0];
    const paragraphPlace = first ? fronted(readable.slice(first.start, first.start + 80), names) : null;
    const readings = candidates.map((c) => {
      const kept = reading(c);
      if (kept) ids.set(c, `figure-${ids.size + 1}`);
      return kept;
    });
    candidates.forEach((c, at) => {
      const kept = readings[at];
      if (!kept) return;
      // The source is named near its figure: an ordinary sentence is read whole (and tokenized once),
      // a pathological megabyte-long one only around the figure.
      const long = c.sentence.end - c.sentence.start > 1200;
      let windowStart = long ? Math.max(c.sentence.start, c.spanStart - 250) : c.sentence.start;
      let windowEnd = long ? Math.min(c.sentence.end, c.spanEnd + 250) : c.sentence.end;
      const key = `${windowStart}:${windowEnd}`;
      let windowTokens = tokensByWindow.get(key);
      if (!windowTokens) {
        // The paragraph's own tokens, re-based on the window (no second tokenizing pass).
        const first = countBelow(tokens, windowStart, (t) => t.start);
        let last = first;
        while (last < tokens.length && tokens[last].end <= windowEnd) last++;
        if (last > first) {
          windowStart = Math.min(windowStart, tokens[first].start);
          windowEnd = Math.max(windowEnd, tokens[last - 1].end);
        }
        const base = windowStart;
        windowTokens = tokens.slice(first, last).map((t) => ({ ...t, start: t.start - base, end: t.end - base }));
        if (!long) tokensByWindow.set(key, windowTokens);
      }
      const sentenceText = readable.slice(windowStart, windowEnd);
      const sign = negativeSign(paragraph.text, c);
      const negative = sign > 0;
      if (negative && c.spanStart === c.mention.start) c.spanStart -= sign;
      figures.push({
        id: ids.get(c) ?? '',
        value: negative ? -c.mention.value : c.mention.value,
        qualifier: c.qualifier,
        // A percentage is kept for its impact context but counts no one itself.
        measure: measureOf(
          c,
          sick,
          captivity && FREED.test(readable.slice(Math.max(c.sentence.start, c.spanStart - 200), Math.min(c.sentence.end, c.spanEnd + 200))),
          evacuationStory && SHELTERED.test(readable.slice(c.spanStart, c.spanEnd)),
        ),
        subject: c.subject,
        unit: c.unit,
        text: paragraph.text.slice(c.spanStart, c.spanEnd),
        attribution: findAttribution(sentenceText, c.spanStart - windowStart, c.spanEnd - windowStart, windowTokens),
        place: placeOf(
          readable,
          c,
          names,
          paragraphPlace,
          candidates[at - 1]?.mention.end ?? 0,
          // (The clause runs on past a number inside the figure's own span: "are staying in 53 camps in Goalpara".)
          nextAfterSpan(candidates, at, readable.length),
        ),
        partOf: (c.partOf && ids.get(c.partOf)) ?? null,
        status: statusOf(readable, c),
        position: positionIn(doc.paragraphs, index, c.spanStart, c.spanEnd),
        ...kept,
        edited: false,
      });
    });
  });
  markBackground(doc, figures);
  linkGroupParts(doc, figures);
  return figures;
}

// Disease words that make a document an epidemic report; bounded scan of the first 20,000 characters.
const DISEASE = new RegExp(`\\b(?:${alternation(DISEASE_WORDS)})\\b`, 'i');
const WOUNDS = new RegExp(`\\b(?:${alternation(WOUND_WORDS)})\\b`, 'i');

function isDiseaseReport(title: string, body: string): boolean {
  return DISEASE.test(`${title}\n${body}`) && !WOUNDS.test(body);
}

/** The measure a candidate is published with: a percentage counts no one itself, and a report's kind can rename its measure. */
function measureOf(c: Candidate, sick: boolean, freedFromCaptivity: boolean, shelteredFromHazard: boolean): Figure['measure'] {
  if (c.kind === 'percent') return 'other';
  if (c.measure === 'injured' && c.careCue && sick) return 'affected';
  if (c.measure === 'evacuated' && freedFromCaptivity) return 'hostages';
  if (c.measure === 'displaced' && shelteredFromHazard) return 'evacuated';
  return c.measure ?? 'other';
}

// A hazard people are moved out of the way of, and the evacuation itself.
const HAZARD = /\b(?:cyclone|hurricane|typhoon|storm|flood\w*|eruption|volcano|wildfire|bushfire|tsunami)\b/i;
const EVACUATION = /\bevacuat\w*/i;
const WAR = /\b(?:war|airstrikes?|air\s+strikes?|shelling|bombardment|offensive|militants?|troops|invasion)\b/i;
// Said of the people a figure counts: "forced to seek refuge in shelters", "spent the night in shelters".
const SHELTERED =
  /\b(?:in|to|into)\s+(?:the\s+)?(?:\p{L}+\s+)?shelters\b|\b(?:seek|sought|seeking|take|took|taken|taking)\s+(?:refuge|shelter)\b|\bsheltering\b/iu;

function isHazardEvacuation(title: string, body: string): boolean {
  const text = `${title}\n${body}`;
  return HAZARD.test(text) && EVACUATION.test(text) && !WAR.test(text);
}

// The words that tell a kidnapping.
const KIDNAP = /\b(?:kidnap\w*|abduct\w*|hostages?|held\s+captive)\b/i;
// What befalls a captive who comes out: "rescued 24 kidnap victims", "were freed", "escaped".
const FREED = /\b(?:rescued|freed|released|escaped|regained\s+(?:their\s+)?freedom)\b/i;

/** What a list after this paragraph would count: the measure it names when it opens a list ("Deaths:"), else its last count's. */
function topicOf(text: string, candidates: readonly Candidate[], tokens: readonly Token[], layer: Layer): Topic | null {
  if (/:\s*$/.test(text)) {
    const measure = measureNamed(tokens, layer);
    if (measure) return { measure, unit: 'people', count: null };
  }
  const last = candidates.findLast((c) => c.kind === 'count' && c.measure !== null);
  return last ? { measure: last.measure, unit: last.unit, count: last } : null;
}

function paragraphCandidates(text: string, paragraph: Paragraph): { candidates: Candidate[]; tokens: Token[]; layer: Layer } {
  const { sentences } = paragraph;
  const tokens = tokenize(text);
  const layer = layerOf(paragraph, tokens);
  const mentions = findNumbers(text, tokens);
  const mentionAtToken = new Map<number, number>();
  mentions.forEach((m, i) => {
    for (let t = m.first; t <= m.last; t++) mentionAtToken.set(t, i);
  });
  const sentenceOf = (offset: number): { start: number; end: number } => {
    // Binary search: sentences are in order and do not overlap.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < sentences[mid].start) hi = mid - 1;
      else if (offset >= sentences[mid].end) lo = mid + 1;
      else return sentences[mid];
    }
    return { start: lo > 0 ? sentences[lo - 1].end : 0, end: lo < sentences.length ? sentences[lo].start : text.length };
  };

  const candidates: Candidate[] = [];
  const numbers = paragraphNumbers(text, mentions, tokens);
  for (const mention of mentions) {
    const sentence = sentenceOf(mention.start);
    const c = analyse(text, tokens, layer, mention, sentence, mentionAtToken, numbers);
    if (c) candidates.push(c);
  }
  inherit(text, candidates);
  return { candidates, tokens, layer };
}

/** Where the first number after candidate `at`'s own span starts (its clause may run on to it), else `end`. */
function nextAfterSpan(candidates: readonly Candidate[], at: number, end: number): number {
  for (let k = at + 1; k < candidates.length; k++)
    if (candidates[k].mention.start >= candidates[at].spanEnd) return candidates[k].mention.start;
  return end;
}

/**
 * "corn (-4.3 percent)", "from -3.5 percent": a rate written with a minus sign glued to it is negative. Only
 * rates: a hyphen before other numbers is more often a dash or a range ("10-12", "- 16 = June 29"). The
 * length of the sign, which the figure's text takes in; 0 when there is none.
 */
function negativeSign(text: string, c: Candidate): number {
  if (c.kind !== 'percent') return 0;
  // ("at (-) 12.91 per cent": a sign written in brackets before it, as statistical releases do.)
  const before = text.slice(Math.max(0, c.mention.start - 6), c.mention.start);
  if (/(?:^|[\s(\[])[-−]$/u.test(before.slice(-2))) return 1;
  return /\(\s?[-−]\s?\)\s?$/u.exec(before)?.[0].length ?? 0;
}
