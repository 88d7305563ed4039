// Which read numbers are figures, and by which named rule: every figure carries the rule that made it
// (`rule`) and how sure that rule is given the signals it had (`confidence`; low-confidence figures stay
// out of charts until an editor keeps them).
//
// The rules, by what decided the figure's measure or made it a figure at all:
//   figures.verb-object       a verb done to the people counted after it: "killing 12", "rescue about 50"
//   figures.noun-cue          the counted noun says it: "12 dead", "68 bodies", "four missing people"
//   figures.predicate         what the text says happened to them: "40,000 Palestinians have been killed"
//   figures.tally             a tally before the number: "the death toll rose to 375"
//   figures.number-of         a tally whose measure the clause after "the number of" says: "the number of
//                             people believed trapped was raised to 12"
//   figures.group-part        a part of the group named first: "Of the dead, six were children"
//   figures.<inherited>       a neighbour's measure (coordination.ts names each: coordinated-subjects,
//                             coordinated-objects, range-end, revised-from, compared, including, of-them,
//                             part-of-tally, increment, included)
//   figures.other-cue         people counted as on board, accounted for, survivors: measure "other"
//   figures.population        the people living in a place: "a town of 12,000", "home to 30 million people"
//   figures.people-count      people with nothing said to happen to them: "150 passengers", "6,000 candidates"
//   figures.damaged-property  things damaged or destroyed: "1,320 houses were destroyed"
//   figures.thing-count       things counted for their own sake: "330 seats", "3.47 million Macs"
//   figures.bare-count        a number with nothing said of what it counts: "down 5,000 from the week before"
//   figures.money, figures.percent, figures.duration: a sum, a share, a span of time
import type { Confidence } from '../../schema/document.ts';
import type { Candidate } from './candidate.ts';
import { isBare } from './relations.ts';

export interface Reading {
  rule: string;
  confidence: Confidence;
}

// "The dead include 11 Marines and one Navy medic", "one police officer and 12 soldiers were killed": one
// person in a list of counts that share a measure is a count like the others.
const LISTED = new Set(['figures.coordinated-objects', 'figures.coordinated-subjects']);
// ("the Greens one seat" beside "12 seats": relations.ts listedOnes.)
const listed = (c: Candidate): boolean =>
  !c.partitive && c.via !== null && ((c.noun === 'person' && LISTED.has(c.via)) || c.via === 'figures.listed-one');

/** The rule that makes candidate `c` a figure, or null when it is none. */
export function reading(c: Candidate): Reading | null {
  if (c.kind === 'money') return { rule: 'figures.money', confidence: 'high' };
  // Shares are figures in their own right ("61% of cases", "prices rose by 40 percent").
  if (c.kind === 'percent') return { rule: 'figures.percent', confidence: 'high' };
  if (c.kind === 'duration') return { rule: 'figures.duration', confidence: 'medium' };
  // "a dozen" is a vague amount, like "dozens": never a figure.
  if (c.mention.article && c.mention.value === 12) return null;
  if (c.noun === 'skip') return null;
  // "Nine of them testified at the hearing": a part of people named before, with nothing said to happen to
  // them; what they say makes them no source ("two officials said").
  if (c.ofPeople && c.kind === 'count' && c.measure === null && c.noun === 'none' && !c.mention.article && c.mention.value >= 2)
    return { rule: 'figures.people-count', confidence: 'medium' };
  if (c.speaker && c.source !== 'left' && c.source !== 'tally' && c.source !== 'group') return null;
  // "one of the…", "a dozen teams": only a figure when the text itself says what happened to them.
  if (c.mention.article && (c.source === null || (c.source === 'inherited' && !listed(c)) || (c.measure === 'other' && !listed(c))))
    return null;
  // "One of the rescued survivors told…": one of a group the noun names, not a count of its own ("one of them
  // died" is: what befell the one is said of it).
  if (c.mention.article && c.partitive && c.source === 'near' && !c.ofPeople) return null;
  if (c.measure && c.measure !== 'other') return measured(c);
  // "a town of 12,000", "a city of 300,000 people": the people who live there, none of them harmed.
  if (c.population && (c.noun === 'person' || c.noun === 'none' || (c.noun === 'unknown' && !c.tagged)))
    return { rule: 'figures.population', confidence: 'medium' };
  if (c.population) return null;
  if (c.measure === 'other' && c.source !== 'inherited') {
    if (c.noun === 'person' || c.noun === 'none' || c.noun === 'unknown') return { rule: 'figures.other-cue', confidence: 'medium' };
    if (c.noun === 'property' && c.damage) return { rule: 'figures.damaged-property', confidence: 'medium' };
    return null;
  }
  // A count of "other" by a neighbour: a part, a range end, an elliptical count of seats or jobs.
  if (c.measure === 'other') return { rule: c.via ?? 'figures.inherited', confidence: c.distant ? 'low' : 'medium' };
  if (c.noun === 'person') return !c.sourceNoun && c.mention.value >= 2 ? { rule: 'figures.people-count', confidence: 'medium' } : null;
  if (c.noun === 'property') return { rule: c.damage ? 'figures.damaged-property' : 'figures.thing-count', confidence: 'medium' };
  if (c.noun === 'thing') return { rule: 'figures.thing-count', confidence: 'medium' };
  // A count of things the lists do not know: a noun by the linguistic layer ("3.47 million Macs"), or a
  // lower-case plural ("96 rescues", "37 safety violations").
  if (c.noun === 'unknown' && c.tagged) return { rule: 'figures.thing-count', confidence: 'medium' };
  if (
    c.noun === 'unknown' &&
    c.mention.value >= 2 &&
    c.subject !== null &&
    /^(?:\p{Ll}[\p{Ll}-]*\s)?\p{Ll}[\p{Ll}-]*[^s\s]s(?:\s|$)/u.test(c.subject)
  )
    return { rule: 'figures.thing-count', confidence: 'low' };
  // A number that says nothing of what it counts ("increase by about 172,000", "the 75,784 at the
  // stadium"): kept for an editor to read, hidden from charts.
  // Numbers in words ("by two") are too often times and manners of speaking, small ones scores and lists.
  if (isBare(c) && c.mention.form === 'digits' && c.mention.value >= 10) return { rule: 'figures.bare-count', confidence: 'low' };
  return null;
}

function measured(c: Candidate): Reading {
  switch (c.source) {
    case 'left':
      return { rule: 'figures.verb-object', confidence: c.leftStrength === 'weak' ? 'medium' : 'high' };
    case 'near':
      return { rule: 'figures.noun-cue', confidence: 'high' };
    case 'right':
      return { rule: 'figures.predicate', confidence: 'high' };
    case 'tally':
      // (Read from a clause after "the number of", further from the number than a tally word.)
      return c.via === 'figures.number-of' ? { rule: c.via, confidence: 'medium' } : { rule: 'figures.tally', confidence: 'high' };
    case 'group':
      return { rule: 'figures.group-part', confidence: 'high' };
    default:
      return { rule: c.via ?? 'figures.inherited', confidence: c.distant ? 'low' : 'medium' };
  }
}
