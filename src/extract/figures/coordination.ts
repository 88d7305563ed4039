// Coordination: a number without a cue of its own takes its neighbour's: "64 children and 57 women were killed",
// "killed 40 people, including three children", "rose to 23 from 14", "140 to 150 people".
import type { Candidate } from './candidate.ts';
import { alternation } from '../text/patterns.ts';
import { isSayingVerb } from '../quotes/verbs.ts';
import { CLAUSE_STOPS, CONNECTOR_MARKS, CONNECTOR_WORDS, IN_NOUN_PREPOSITIONS } from './lexicon.ts';
import { corrections, countsAs, ellipses, gapping, listedOnes, members, partitives, partsAfter, revisions } from './relations.ts';

const CONNECTOR_END = new RegExp(`(?:\\b(?:${alternation(CONNECTOR_WORDS)})|${alternation(CONNECTOR_MARKS)})$`);

function connectorGap(text: string, a: Candidate, b: Candidate, maxWords: number): boolean {
  if (a.sentence.start !== b.sentence.start) return false;
  const gapText = text.slice(a.mention.end, b.spanStart).trim().toLowerCase();
  if (gapText.length > 90 || /[;:()"“”]/.test(gapText)) return false;
  const gapWords = gapText.split(/\s+/).filter(Boolean);
  if (gapWords.length > maxWords) return false;
  if (gapWords.some((w) => isSayingVerb(w.replace(/[^\p{L}]/gu, '')) || CLAUSE_STOPS.has(w))) return false;
  const trimmed = gapText.replace(/(?:\s+(?:the|a|an|another|more|some|them|whom|which))+$/, '');
  return CONNECTOR_END.test(trimmed) || trimmed === '';
}

// "rose to 23 from 14", "up from 41", "from an earlier toll of 9": the revised figure's old value.
const REVISED_FROM = new RegExp(
  [
    '^\\s*,?\\s*(?:(?:up|down)\\s+)?from\\s+', // "up from"
    '(?:(?:a|an|the)\\s+)?(?:(?:previous|earlier|initial|preliminary|prior)\\s+)?', // "an earlier"
    '(?:(?:toll|count|figure|tally|estimate)\\s+(?:of\\s+)?)?$', // "toll of"
  ].join(''),
  'i',
);
// "140 to 150 people", "30-40 houses", "between 300 and 400", "two or three", "from 6,200 to as many as
// 16,000": the ends of a range.
const RANGE_GAP = /^\s*(?:to|-|–|—|or|and)\s*(?:as\s+(?:many|much|high)\s+as\s+)?$/i;

/**
 * Ranges: "140 to 150 people", "200-300 bodies", "between 4.25% and 4.5%" are two figures with one text, the
 * lower end "at least" and the upper "up to", both counting what the upper end counts. "from 62 to 64",
 * "increased from 23 to 24" is a change: two figures of the same thing, the first superseded.
 */
function ranges(text: string, candidates: Candidate[]): void {
  for (let i = candidates.length - 2; i >= 0; i--) {
    const c = candidates[i];
    const n = candidates[i + 1];
    if (c.sentence.start !== n.sentence.start) continue;
    // "a target range of 2 to 3 percent": a bare number before a share's range gap is a share too.
    const bareShare =
      c.kind === 'count' && n.kind === 'percent' && c.spanEnd === c.mention.end && RANGE_GAP.test(text.slice(c.spanEnd, n.mention.start));
    if (c.kind !== n.kind && !bareShare) continue;
    // A tally's span opens before its old value: "the toll rose from 23 to 24".
    const gap = text.slice(c.spanEnd, n.spanStart > c.spanEnd ? n.spanStart : n.mention.start);
    if (!RANGE_GAP.test(gap)) continue;
    // "the martyrdom of 26 civilians and injuries to 46 others": a first count whose phrase runs on past
    // "and" ends no range at the "to" after it.
    if (/\b(?:and|or)\b/iu.test(text.slice(c.mention.end, c.spanEnd))) continue;
    const lookBack = text.slice(Math.max(c.sentence.start, c.spanStart - 9), c.spanStart);
    const openerAt = /\b(between|from)\s+$/i.exec(lookBack);
    // ("ranged from 6,200 to 16,000" spans a range; "rose from 23 to 24" is a change.)
    const ranged = /\brang(?:e|ed|es|ing)\s+from\s+$/i.test(text.slice(Math.max(c.sentence.start, c.spanStart - 20), c.spanStart));
    const opener = openerAt && ranged ? 'between' : openerAt?.[1].toLowerCase();
    // A range goes up: "passed 52-48", "won 2-1" are scores; a change may go down ("fell from 30 to 25").
    if (opener !== 'from' && n.mention.value <= c.mention.value) continue;
    // "fell by 14,000 to 221,000": a change and a level, no range.
    if (/\bby\s+$/i.test(lookBack)) continue;
    // "64 children and 57 women" is two counts, not a range.
    if (/and/i.test(gap) && opener !== 'between') continue;
    if (
      c.kind === 'count' &&
      !c.measure &&
      (c.noun === 'none' || (c.noun === 'unknown' && !c.tagged)) &&
      n.noun !== 'skip' &&
      (n.noun !== 'none' || ((opener === 'from' || ranged) && n.source === 'tally'))
    ) {
      c.measure = n.measure;
      c.source = n.source === null ? null : 'inherited';
      countsAs(c, n);
      c.fromRight = n.fromRight;
    }
    if (bareShare) {
      c.kind = 'percent';
      c.unit = n.unit;
    }
    if (opener === 'from') {
      c.status = 'superseded';
      c.via = 'figures.changed-from';
      continue;
    }
    c.via = 'figures.range-end';
    n.via ??= 'figures.range-end';
    if (c.qualifier === 'exact') c.qualifier = 'at least';
    if (n.qualifier === 'exact') n.qualifier = 'up to';
    c.spanStart = n.spanStart = openerAt ? c.spanStart - lookBack.length + openerAt.index : c.spanStart;
    c.spanEnd = n.spanEnd = Math.max(n.spanEnd, c.spanEnd);
    c.range = n.range = true;
  }
}

const CASUALTIES = /\bcasualt(?:y|ies)\b/iu;

const isRangePartner = (a: Candidate, b: Candidate): boolean => a.range && b.range && a.spanStart === b.spanStart;

// "40 people were stranded and 3 others were unaccounted for": a subject with a verb of its own before the
// conjunction shares no predicate with the next count. (The gap is at most nine words: connectorGap.)
const ownPredicate = (gap: string): boolean => /\b(?:were|are|was|is|have|has|had|remain|remained)\s.*\b(?:and|or|but)\s*$/i.test(gap);

// "were among the", "are also among a staggering": a count that is part of the count after it; at most two
// words (an adjective, "more than") between the article and that count.
const AMONG_WHOLE = /^[^.;:]{0,60}?\b(?:were|are|was|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}$/iu;

// "This included", "They also include": a sentence that opens by saying the count before included this one.
const INCLUDED_OPENING = /^\s*(?:this|these|that|those|they|it)\s+(?:also\s+)?(?:included|includes|include)\b[^,.;:]{0,24}$/iu;

/**
 * "rose to at least 23, with three more fatalities reported", "rose to 40 after another five bodies were
 * found": the new deaths are among the new toll, not a toll of their own.
 */
function newAmongTally(text: string, counts: Candidate[]): void {
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if (!c.measure || c.measure !== p.measure || p.source !== 'tally' || c.partOf || p.sentence.start !== c.sentence.start) continue;
    const after = text.slice(c.mention.end, c.mention.end + 20);
    const before = text.slice(Math.max(c.sentence.start, c.mention.start - 20), c.mention.start);
    if (/^\s*(?:more|additional|new)\b/i.test(after) || /\b(?:another|a\s+further|an\s+additional)\s+$/i.test(before)) c.partOf = p;
  }
}

/** `c` takes `from`'s measure by rule `via`; a part ("three children" of 40) also points at its whole. */
function take(c: Candidate, from: Candidate, via: string, part = false): void {
  c.measure = from.measure;
  c.source = 'inherited';
  c.via = via;
  if (part) c.partOf = from;
}

// Things counted for their own sake are nobody's casualties: "six different areas" never takes "killed".
const takesNoMeasure = (c: Candidate): boolean => c.noun === 'thing' || c.noun === 'skip' || c.noun === 'property';

export function inherit(text: string, candidates: Candidate[]): void {
  ranges(text, candidates);
  const counts = candidates.filter((c) => c.kind === 'count');
  partitives(text, counts);
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if (c.measure || p.sentence.start !== c.sentence.start || takesNoMeasure(c)) continue;
    if (p.measure && p.measure !== 'other' && REVISED_FROM.test(text.slice(p.mention.end, c.spanStart))) {
      take(c, p, 'figures.revised-from');
      c.status = 'superseded';
    } else if (
      /(?:,|\s)\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s+$/i.test(
        text.slice(Math.max(c.sentence.start, c.spanStart - 16), c.spanStart),
      )
    ) {
      // "…compared with 1,450 in the whole of last year": the number it is compared with counts the same.
      // "15,664 cases had been recorded since January, up from 14,901": the tally named earlier in the sentence.
      // Bounded look-back: a megabyte of "up from 1" stays linear.
      const tally = counts
        .slice(Math.max(0, i - 20), i)
        .reverse()
        .find((q) => q.sentence.start === c.sentence.start && q.measure && q.measure !== 'other');
      if (tally) {
        take(c, tally, 'figures.compared');
        // "up from 14,901": the count it replaced.
        if (/(?:up|down)\s+from\s+$/i.test(text.slice(Math.max(c.sentence.start, c.spanStart - 16), c.spanStart))) c.status = 'superseded';
      }
    }
  }
  // "Nearly 300,000 residents lost power. This included 100,000 customers from Buffalo to Rochester": a count
  // the next sentence says the last one included is its part, and counts what it counts.
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    if (c.measure || c.noun === 'skip' || !INCLUDED_OPENING.test(text.slice(c.sentence.start, c.spanStart))) continue;
    const whole = counts[i - 1];
    if (whole.measure && whole.measure !== 'other' && /^\s*$/u.test(text.slice(whole.sentence.end, c.sentence.start)))
      take(c, whole, 'figures.included', true);
  }
  // "Of the 42 cases, 37 were in unvaccinated children and five in adults": the parts of a tally
  // named at the head of the sentence count what it counts.
  for (let i = 0; i < counts.length; i++) {
    const head = counts[i];
    if (head.spanStart - head.sentence.start > 20) continue;
    if (!/^\s*of\s+(?:the|these|those|all)\s*$/i.test(text.slice(head.sentence.start, head.spanStart))) continue;
    if (!/^[\s\p{L}'’-]{0,40},\s*$/u.test(text.slice(head.mention.end, counts[i + 1]?.spanStart ?? head.mention.end))) continue;
    // "Of the 120 passengers, 98 survived": parts of a group that says only who they are keep their own measure.
    const measured = head.measure && head.measure !== 'other';
    for (let j = i + 1; j < counts.length && counts[j].sentence.start === head.sentence.start; j++) {
      const part = counts[j];
      if (!measured) {
        if (part.kind === head.kind && !part.range) part.partOf ??= head;
        continue;
      }
      if (part.measure && part.source !== 'right' && part.source !== 'inherited') continue;
      take(part, head, 'figures.part-of-tally', true);
      part.careCue = head.careCue;
    }
  }
  // "More than 1,400 homes were damaged and about 300 were left uninhabitable": a bare number after
  // damaged property counts the same things.
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if (c.noun !== 'none' || !c.damage || p.noun !== 'property' || !p.damage || p.sentence.start !== c.sentence.start) continue;
    c.noun = 'property';
    c.unit = p.unit;
  }
  // "The death toll … has risen to 143, and the number of casualties has increased to 360": casualties told
  // apart from a death toll in the same sentence are the wounded.
  for (const c of counts) {
    if (c.measure !== 'killed' || !CASUALTIES.test(text.slice(c.spanStart, c.mention.start))) continue;
    const dead = counts.some(
      (d) =>
        d !== c && d.sentence.start === c.sentence.start && d.measure === 'killed' && !CASUALTIES.test(text.slice(d.spanStart, d.spanEnd)),
    );
    if (dead) c.measure = 'injured';
  }
  // A part of the previous count: "killed 40 people, including three children".
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if (!/^(?:including|whom|them)$/.test(c.leftWord) || p.sentence.start !== c.sentence.start) continue;
    // ("31 people had been killed, including 22 Shiite Muslims": a part the cue before it measured already is
    // still the count's part.)
    if (c.measure) {
      if (c.measure === p.measure && c.measure !== 'other' && !c.partOf && c.mention.value < p.mention.value) c.partOf = p;
      continue;
    }
    if (p.measure && p.measure !== 'other' && !takesNoMeasure(c)) take(c, p, 'figures.including', true);
  }
  // "210 bodies, including 83 women and 29 children": every part listed after "including" is of the whole.
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if (c.measure || p.via !== 'figures.including' || !p.partOf || takesNoMeasure(c) || !connectorGap(text, p, c, 3)) continue;
    take(c, p.partOf, 'figures.including', true);
  }
  // "19 of the victims were women and 11 of them children", "17 were rescued. Nine of them were taken to
  // hospital": a part of the count before it (in its paragraph), which also says what happened to it when
  // nothing else does.
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    if (!/^\s{1,2}of\s{1,2}(?:them|whom|those|these)\b/i.test(text.slice(c.mention.end, c.mention.end + 16))) continue;
    // "between 300 and 400 of whom": both ends are parts of the count before the range, not of each other.
    const partner = isRangePartner(counts[i - 1], c) ? counts[i - 1] : null;
    const p = counts[partner ? i - 2 : i - 1];
    if (!p) continue;
    c.partOf ??= p;
    if (partner) partner.partOf ??= p;
    if ((c.measure && c.measure !== 'other') || c.source === 'left' || (c.measure === 'other' && c.source !== null)) continue;
    if (!p.measure || p.measure === 'other' || p.sentence.start !== c.sentence.start) continue;
    take(c, p, 'figures.of-them', true);
    c.careCue = p.careCue;
  }
  // Subjects coordinated before one predicate: "64 children and 57 women were killed".
  for (let i = counts.length - 2; i >= 0; i--) {
    const c = counts[i];
    const n = counts[i + 1];
    // A number inside a prepositional phrase ("families from three hamlets") is no subject.
    if (c.measure || c.speaker || IN_NOUN_PREPOSITIONS.has(c.leftWord)) continue;
    // "9,404 hospitalisations and 46 deaths": a noun of its own is not the next count's noun.
    const ownNoun =
      n.nounCue &&
      c.noun !== 'none' &&
      !(c.noun === 'unknown' && !c.tagged) &&
      /^\s*(?:,|and|or|plus)?\s*$/.test(text.slice(c.spanEnd, n.spanStart));
    // "161 women were among the nearly 700 wounded", "84 children were among a staggering 104 people
    // killed": a part of that count, whatever words praise or hedge the whole.
    const among = c.sentence.start === n.sentence.start && AMONG_WHOLE.test(text.slice(c.spanEnd, n.spanStart));
    if (
      n.fromRight &&
      n.measure &&
      n.measure !== 'other' &&
      !ownNoun &&
      !takesNoMeasure(c) &&
      (among || (connectorGap(text, c, n, 9) && !ownPredicate(text.slice(c.mention.end, n.spanStart))))
    ) {
      take(c, n, 'figures.coordinated-subjects', among);
      c.fromRight = true;
    } else if (n.damage && c.noun === 'property' && connectorGap(text, c, n, 9)) {
      c.damage = true;
    }
  }
  // Objects coordinated after one verb: "set fire to 45 houses and 34 vehicles", "killing 5 and wounding…".
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const p = counts[i - 1];
    if (c.measure) continue;
    const coordinated = connectorGap(text, p, c, 5);
    // ("Killed were 12 soldiers and 3 civilians": a tally's objects too.)
    const governs =
      p.source === 'left' ||
      ((p.source === 'tally' || p.source === 'group') && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(p.spanEnd, c.spanStart)));
    if (coordinated && governs && p.measure && p.measure !== 'other' && !takesNoMeasure(c)) take(c, p, 'figures.coordinated-objects');
    if (coordinated && p.damage && c.noun === 'property') c.damage = true;
    // "94 – 20 more than he reported": an increment of the previous tally.
    if (
      !c.measure &&
      p.measure &&
      p.measure !== 'other' &&
      p.sentence.start === c.sentence.start &&
      /^\s*(?:more|fewer|less|additional|extra)\b/i.test(text.slice(c.mention.end, c.mention.end + 20))
    ) {
      take(c, p, 'figures.increment');
    }
  }
  newAmongTally(text, counts);
  revisions(text, counts);
  corrections(text, counts);
  gapping(text, counts);
  listedOnes(text, counts);
  ellipses(text, counts);
  partsAfter(text, counts);
  members(counts);
}
