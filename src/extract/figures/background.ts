// Counts of an earlier event the story recalls: "a train plunged off a bridge in 1981, killing an estimated
// 500 to 800 people", "the deadliest since more than 140 died in a 2010 collision". Their sentence dates them
// to a year before publication and to nothing of the story's own days, and the story has a count of its own
// with the same measure: they are `background`, kept in the list of figures and left out of the key figures
// and charts, which would otherwise show the old disaster's toll as the story's.
import type { Figure, ParsedSeed } from '../../schema/document.ts';

// A year that dates an event of its clause ("in 1981", "a 2010 collision", "the 2004 tsunami"), not the base
// of a comparison or a span ("since 2015", "than in 2010", "until 2019").
const DATING_YEAR =
  /(?<!\b(?:since|than|until|till|through|from)\s+(?:the\s+|a\s+)?)\b(?:in|a|an|the)\s+((?:1[89]|20)\d\d)\b(?![-–/]\d)/giu;
// Words that date a sentence to the story's own days.
const RECENT =
  /\b(?:today|tonight|yesterday|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this\s+(?:week|month|year|morning|afternoon|evening)|last\s+(?:week|night)|earlier\s+this)\b/iu;

/** Marks the counts of earlier events in place: `status` becomes `background`. */
export function markBackground(doc: ParsedSeed, figures: Figure[]): void {
  const year = doc.published ? Number(doc.published.slice(0, 4)) : null;
  if (year === null) return;
  const past = figures.map((f) => f.measure !== 'other' && f.status === 'current' && f.position.paragraph > 0 && pastDated(doc, f, year));
  // (Only beside a count of the story's own with the same measure: a story about the old event keeps its toll.)
  const own = new Set(figures.filter((g, j) => !past[j] && g.status === 'current').map((g) => g.measure));
  figures.forEach((f, i) => {
    if (past[i] && own.has(f.measure)) f.status = 'background';
  });
}

function pastDated(doc: ParsedSeed, f: Figure, year: number): boolean {
  const paragraph = doc.paragraphs[f.position.paragraph];
  const sentence = paragraph.sentences[f.position.sentence];
  if (!sentence) return false;
  const text = paragraph.text.slice(sentence.start, sentence.end);
  if (RECENT.test(text)) return false;
  for (const match of text.matchAll(DATING_YEAR)) if (Number(match[1]) < year) return true;
  return false;
}
