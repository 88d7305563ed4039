// Whether a figure is the text's current count, a count it says was replaced, or a projection. The
// passes of relations.ts and coordination.ts mark the replaced ends of revisions, changes and corrections
// ("raised to 15 and finally seven", "from 62 to 64", "up from 14", "not 57"); the words around the
// number mark the rest:
//   superseded  "The death toll was initially 25", "originally put at 40", "the previous record of 1.016 million"
//   projected   "could reach 1,000", "is expected to rise to 50", "18,000 people are forecast to die"
// "may have been killed" is an estimate of what happened, not a projection.
import type { FigureStatus } from '../../schema/document.ts';
import type { Candidate } from './candidate.ts';

const SUPERSEDED_BEFORE =
  /\b(?:initially|originally|at first|previously|first put at|earlier put at|(?:up|down)\s+from|(?:previous|earlier|initial|preliminary|former|old|prior)\s+(?:death\s+)?(?:toll|count|figure|tally|estimate|record|mark|total)\s+(?:of|was|stood at|at))\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const SUPERSEDED_AFTER = /^\s*(?:initially|originally|at first)\b/i;
// A modal or a verb of forecast in the number's clause, with no perfect ("may have") after it.
// (the verb between them is one of a quantity: "could reach", "may rise to", not "will search for").
const PROJECTED_BEFORE =
  /\b(?:could|may|might|will|would|expected\s+to|forecast\s+to|projected\s+to|likely\s+to|set\s+to|poised\s+to)\s+(?:\p{L}+ly\s+)?(?:reach|rise|climb|exceed|top|hit|surpass|pass|increase|grow|double|jump|soar|be|total|number|near)\s+(?:(?:to|above|over|past|beyond)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
// (within the number's own predicate: "5,000 will be evacuated", not "sold 1.2 million and will cut …").
const PROJECTED_AFTER =
  /^(?:\s+(?!(?:and|but|or|while|who|which|that|whose|when|after|before)\b)[\p{L}\d'’-]+){0,5}?\s+(?:could|may|might|will|would|(?:is|are)\s+(?:expected|forecast|projected|likely|set|predicted|feared|poised)\s+to)\s+(?!(?:have|has|had|not)\b)/iu;

/** The status of candidate `c` (offsets into `text`), keeping one already set by a neighbour. */
export function statusOf(text: string, c: Candidate): FigureStatus {
  if (c.status !== 'current') return c.status;
  const before = text.slice(Math.max(c.sentence.start, c.mention.start - 60), c.mention.start);
  const after = text.slice(c.mention.end, Math.min(c.sentence.end, c.mention.end + 60));
  if (SUPERSEDED_BEFORE.test(before) || SUPERSEDED_AFTER.test(after)) return 'superseded';
  if (c.kind === 'duration') return 'current';
  // ("Three seriously injured victims will be evacuated": a measure read in the number's own noun phrase is
  // what they are now; the future is what will be done to them.)
  if (PROJECTED_BEFORE.test(before) || (c.source !== 'near' && PROJECTED_AFTER.test(after))) return 'projected';
  return 'current';
}
