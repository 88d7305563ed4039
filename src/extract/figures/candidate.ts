// What one number in a paragraph is read as, before it is kept or dropped as a figure: its kind of
// quantity, hedge, measure (and where the measure was read), counted noun and text span.
import type { FigureStatus, Measure, Qualifier } from '../../schema/document.ts';
import type { NumberMention } from '../text/numbers.ts';

/** What a number measures: a head count (or count of things), a sum of money, a share or a span of time. */
export type Kind = 'count' | 'duration' | 'money' | 'percent';
/** What the counted noun is: people, property, things counted for their own sake, something never counted, an unlisted noun, or none. */
export type NounClass = 'person' | 'property' | 'thing' | 'skip' | 'unknown' | 'none';
/**
 * Where the measure was read: a verb before the number, a cue in its noun phrase, its predicate, a tally,
 * the group named at the head of the sentence ("Of the dead, six…"), or a neighbour (`via` names how).
 */
export type CueSource = 'left' | 'near' | 'right' | 'tally' | 'group' | 'inherited';

export interface Candidate {
  mention: NumberMention;
  sentence: { start: number; end: number };
  kind: Kind;
  unit: string;
  spanStart: number;
  spanEnd: number;
  qualifier: Qualifier;
  measure: Measure | null;
  source: CueSource | null;
  leftStrength: 'strong' | 'weak' | null;
  noun: NounClass;
  head: string | null;
  subject: string | null;
  tagged: boolean; // an unlisted head the linguistic layer reads as a noun: a count of things
  damage: boolean;
  member: boolean; // said to be among a group: "28 children were among the dead", "Of the dead, six…"
  partitive: boolean; // "of" follows the number: "49 of the first 54 seats", "one of the rescued"
  ofPeople: boolean; // "of them", "of those" follows the number: a count of people named before
  speaker: boolean; // the number is the subject of a speech verb: "two aid workers said"
  population: boolean; // "a town of 50,000 people"
  sourceNoun: boolean; // the noun is of people who tell the news ("two officials said"), a figure only when something befell them
  leftWord: string; // the word before the number and its hedge ("including", "killing")
  fromRight: boolean;
  nounCue: boolean; // the measure is the counted noun itself ("46 deaths"), not said of it // the measure was read after the number (its predicate), so subjects before it may share it
  careCue: boolean; // the measure came from medical care ("hospitalised", "in critical condition"), not from a wound
  distant: boolean; // its measure comes from a count in an earlier sentence (an elliptical count)
  range: boolean; // an end of a range ("between 300 and 400"): both ends share one text
  via: string | null; // the rule that gave an inherited measure: "figures.coordinated", "figures.range-end"…
  partOf: Candidate | null; // the count this one is a part of ("three children" of "40 people")
  status: FigureStatus; // "up from 14" and "initially 25" are superseded; "could reach 1,000" is projected
}
