// Where the counted people or things are, when the text says it: a place the entities extractor knows,
// named after "in", "at", "near", "across", "outside" or "inside" in the figure's own clause ("2 injured in
// Kharkiv", "84 in Kerr County", "the toll in Gaza City rose to 40"); else one fronted at the head of its
// sentence or paragraph ("In Kharkiv, two people were injured."). A dateline names where the reporter is,
// "refugees from Venezuela" where they came from, and "in Israel's response" whose act: none is read.
import type { Candidate } from './candidate.ts';

const LOCATIVE =
  /\b(?:in|at|near|across|outside|inside|throughout)\s+(?:the\s+)?(?:(?:city|town|village|province|state|region|district|county|capital|island|area)\s+of\s+)?$/i;
const CLAUSE_MARKS = /[,;:—–()]/;
const FRONTED = /^\s*(?:in|at|across|near|outside|inside)\s+(?:the\s+)?/i;

/** The place names to look for: every place entity's name and aliases, longest first. */
export function placeNames(places: ReadonlyArray<{ name: string; aliases: readonly string[] }>): string[] {
  const names = new Set<string>();
  for (const p of places) for (const n of [p.name, ...p.aliases]) if (/^\p{Lu}/u.test(n)) names.add(n);
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * The place of candidate `c` in its paragraph's `text`, or null. Its clause runs from the last clause mark
 * (or the end of the number before it, `previous`) to the next (or the start of the number after, `next`).
 */
export function placeOf(
  text: string,
  c: Candidate,
  names: readonly string[],
  paragraphStart: string | null,
  previous: number,
  next: number,
): string | null {
  if (!names.length) return null;
  const { sentence, mention } = c;
  const start = Math.max(sentence.start, previous);
  let from = mention.start;
  while (from > start && !CLAUSE_MARKS.test(text[from - 1])) from--;
  // "3,154 are in Dhaka and 1,801 outside the capital": a coordinated clause ends at its conjunction.
  const conjunction = /.*\b(?:and|but|while|whereas|or)\s/is.exec(text.slice(from, mention.start));
  if (conjunction) from += conjunction[0].length;
  let to = mention.end;
  const end = Math.min(sentence.end, next);
  while (to < end && !CLAUSE_MARKS.test(text[to])) to++;
  return (
    placeIn(text, mention.end, to, names, 'first') ??
    placeIn(text, from, mention.start, names, 'last') ??
    fronted(text.slice(sentence.start, sentence.start + 80), names) ??
    paragraphStart
  );
}

/** The place named at the head of a sentence or paragraph: "In Kharkiv, …". */
export function fronted(head: string, names: readonly string[]): string | null {
  const opener = FRONTED.exec(head);
  if (!opener) return null;
  const rest = head.slice(opener[0].length);
  const name = names.find((n) => rest.startsWith(n));
  return name && /^[\s,]/.test(rest.slice(name.length)) ? name : null;
}

function placeIn(text: string, from: number, to: number, names: readonly string[], pick: 'first' | 'last'): string | null {
  if (to - from < 4) return null;
  const window = text.slice(from, to);
  let found: string | null = null;
  let foundAt = -1;
  for (const name of names) {
    for (let at = window.indexOf(name); at >= 0; at = window.indexOf(name, at + name.length)) {
      const after = window.slice(at + name.length);
      // "in Israel's response", "at Hamas's request": a possessive names whose act, not where.
      if (!LOCATIVE.test(window.slice(Math.max(0, at - 40), at)) || /^\p{L}/u.test(after) || /^['’]s?\b/u.test(after)) continue;
      // The nearest to the number: the first after it, the last before it.
      if (found === null || (pick === 'first' ? at < foundAt : at > foundAt)) {
        found = name;
        foundAt = at;
      }
    }
  }
  return found;
}
