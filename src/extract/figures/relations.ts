// Numbers that say what they count only through another number of their paragraph: a part of a larger
// count ("won 49 of the first 54 seats"), a revision ("placed at four, then raised to 15"), a correction
// ("70 passengers — not 57"), or an elliptical count ("57, with 32 in Zamzam", "Of them, 3,154 are in
// Dhaka"). Each pass names its rule in `via`.
import type { Candidate } from './candidate.ts';

/** A count with no noun and no cue of its own: "57, with 32 in Zamzam", "by about 172,000". */
export const isBare = (c: Candidate): boolean =>
  c.kind === 'count' &&
  !c.measure &&
  (c.noun === 'none' || (c.noun === 'unknown' && !c.tagged)) &&
  !c.speaker &&
  !c.population &&
  !c.mention.article;

/** `c` counts what `n` counts: its noun, head, unit and subject. */
export function countsAs(c: Candidate, n: Candidate): void {
  c.noun = n.noun;
  c.tagged = n.tagged;
  c.head = n.head;
  c.unit = n.unit;
  c.subject = n.subject;
  c.damage = n.damage;
}

// "49 of the first 54 seats", "44 out of Yangon's 45 seats", "five out of South Africa's nine provinces".
// A conjunction ends the phrase: "2.5 tonnes of rice and 1.5 million votes" are two counts.
const PARTITIVE_GAP =
  /^\s*(?:(?!out\s)\p{L}+\s+)?(out\s+)?of\s+(?:(?:the|its|their|all)\s+)?(?:(?!(?:and|or|but|while|whereas)\s)\p{L}+(?:['’]s)?\s+){0,2}$/u;

const ROUND_WHOLES = new Set([10, 100, 1000, 10000, 100000, 1000000]);

/**
 * Partitive pairs: "won 49 of the first 54 seats" gives two counts of seats, the first a part of the
 * second. "out of" makes a share ("two people out of 10,000 are dying"): a rate, measure "other".
 */
export function partitives(text: string, counts: readonly Candidate[]): void {
  for (let i = 0; i + 1 < counts.length; i++) {
    const c = counts[i];
    const n = counts[i + 1];
    if (c.sentence.start !== n.sentence.start) continue;
    const gap = PARTITIVE_GAP.exec(text.slice(c.mention.end, n.spanStart));
    if (!gap) continue;
    if (isBare(c) && n.noun !== 'none' && n.noun !== 'skip') {
      countsAs(c, n);
      c.measure = n.measure ?? 'other';
      c.source = 'inherited';
    }
    c.partOf = n;
    c.via = 'figures.partitive';
    if (gap[1]) {
      // What happens to the part is not said of the whole it is counted out of ("two out of the 181 on
      // board survived"); out of a round number, the part is a rate ("two people out of 10,000 are dying").
      const rate = ROUND_WHOLES.has(n.mention.value);
      if (c.measure === null || rate) {
        c.measure = rate ? 'other' : (n.measure ?? 'other');
        c.source = 'inherited';
      }
      if (isBare(n)) countsAs(n, c);
      n.measure = 'other';
      n.source = 'inherited';
      n.via = 'figures.partitive';
    } else {
      // "Some 70 of the 97 residents managed to escape": the sentence's predicate after the whole is said of
      // the part; the whole is only counted ("97 residents"). A measure in the whole's own phrase stays its
      // own: "the 40 dead", "the 12 people killed were children" (a verb of the sentence still follows),
      // "one of the 32 people who were critically injured" (a relative clause of the whole).
      const predicateOfPart =
        n.measure !== null &&
        n.fromRight &&
        !n.nounCue &&
        n.noun !== 'none' &&
        !FINITE_AFTER.test(text.slice(n.spanEnd, n.sentence.end)) &&
        !/\b(?:who|whom|that|which)\b/iu.test(text.slice(n.mention.end, n.spanEnd));
      if (!c.measure && n.measure) {
        c.measure = n.measure;
        c.source = 'inherited';
      }
      if (predicateOfPart) {
        n.measure = 'other';
        n.source = 'inherited';
        n.via = 'figures.partitive';
      }
    }
  }
}

// A verb of the sentence after a partitive's whole: what came before it was the whole's own phrase.
const FINITE_AFTER = /\b(?:is|are|was|were|has|have|had|will|would|remain|remained|remains)\b/iu;

// "initially placed at four, then raised to 15 and finally brought down to seven", "revised to 12".
const REVISED_TO =
  /^(?:\s+(?:overnight|today|yesterday|tonight|later|earlier|on\s+\p{L}+day))?[\s,]*(?:and\s+|but\s+)?(?:(?:then|later|subsequently|finally|eventually|afterwards|since|now)\s+)?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:raised|revised|lowered|increased|decreased|reduced|cut|brought|adjusted|corrected|updated|upgraded|downgraded|put|placed|rose|fell|climbed|dropped|jumped|stands|stood)\s+(?:(?:up|down|upwards|downwards|sharply)\s+)?(?:\p{L}+\s+)?(?:to|at)\s+$/iu;

/** Revision chains: each number revised from the one before it counts the same; every earlier one is superseded. */
export function revisions(text: string, counts: readonly Candidate[]): void {
  for (let i = 1; i < counts.length; i++) {
    const p = counts[i - 1];
    const c = counts[i];
    if (p.sentence.start !== c.sentence.start || !REVISED_TO.test(text.slice(p.spanEnd, c.spanStart))) continue;
    if (!c.measure && p.measure) {
      c.measure = p.measure;
      c.source = 'inherited';
      c.via = 'figures.revised-to';
      if (isBare(c)) countsAs(c, p);
    }
    p.status = 'superseded';
  }
}

const CORRECTION_GAP = /^[\s\p{L}'’]{0,60}[,;—–-]\s*(?:and\s+)?(?:not|rather than|instead of)\s+$/u;

/** Corrections: "there were 70 passengers and crew on the ship — not 57 as listed": the wrong count, superseded. */
export function corrections(text: string, counts: readonly Candidate[]): void {
  for (let i = 1; i < counts.length; i++) {
    const p = counts[i - 1];
    const c = counts[i];
    if (p.sentence.start !== c.sentence.start || !isBare(c)) continue;
    if (!CORRECTION_GAP.test(text.slice(p.mention.end, c.spanStart))) continue;
    countsAs(c, p);
    c.measure = p.measure;
    c.source = 'inherited';
    c.via = 'figures.corrected';
    c.status = 'superseded';
  }
}

// "Argentina houses 130,000, Chile over 100,000 and Brazil about 85.000 refugees": list items of a name and
// a number, the last with the noun they all count.
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;

/** Gapping: bare numbers in a list take the noun and measure of the list's last count, read right to left. */
export function gapping(text: string, counts: readonly Candidate[]): void {
  for (let i = counts.length - 2; i >= 0; i--) {
    const c = counts[i];
    const n = counts[i + 1];
    if (!isBare(c) || c.sentence.start !== n.sentence.start || isBare(n) || n.noun === 'skip') continue;
    if (!LIST_GAP.test(text.slice(c.mention.end, n.spanStart))) continue;
    countsAs(c, n);
    c.measure = n.measure ?? (n.noun === 'person' ? null : 'other');
    c.source = 'inherited';
    c.via = 'figures.gapped';
    c.subject = null;
    c.careCue = n.careCue;
  }
}

// What may stand between a list's earlier count and "one": a comma or "and", and a name ("the Greens").
const ONE_AFTER = /^\s*(?:,\s*(?:and\s+)?|;\s*|and\s+)(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}$/u;

/**
 * "Labour won 12 seats, the Greens one seat and independents three": "one" before the singular of a noun
 * another count of the sentence counts is a count in the same list, not an article ("one of", "one day").
 */
export function listedOnes(text: string, counts: readonly Candidate[]): void {
  for (const c of counts) {
    if (!c.mention.article || c.mention.value !== 1 || c.partitive || c.measure || !c.head) continue;
    if (c.noun === 'person' || c.noun === 'skip' || !/^one$/iu.test(text.slice(c.mention.start, c.mention.end))) continue;
    const plural = counts.find(
      (n) =>
        n.sentence.start === c.sentence.start &&
        n.spanEnd <= c.mention.start &&
        !n.mention.article &&
        n.mention.value >= 2 &&
        n.head === `${c.head}s` &&
        ONE_AFTER.test(text.slice(n.spanEnd, c.mention.start)),
    );
    if (!plural) continue;
    c.measure = plural.measure ?? 'other';
    c.source = 'inherited';
    c.via = 'figures.listed-one';
  }
}

// ("forcing more than 3 million to relocate": an infinitive after the number is its own verb too.)
const OWN_VERB =
  /^\s+(?:(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got)\s+(?:\p{Ll}+ly\s+)?)?\p{Ll}{3,}(?:ed|en|wn|ught)|to\s+\p{Ll}{3,})\b/u;

/**
 * Elliptical counts: a bare number counts what the nearest count before it in the paragraph counts ("The
 * toll rose to 57, with 32 in Zamzam"; "Peru houses half a million and Ecuador over 220,000"; "added 156,000
 * jobs … forecast to increase by about 172,000"). "Of them, …" at the head of its sentence, "with N in …" or
 * "N of them" makes it a part of that count.
 */
export function ellipses(text: string, counts: readonly Candidate[]): void {
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!isBare(c)) continue;
    let antecedent: Candidate | undefined;
    for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
      const a = counts[k];
      if (a.noun === 'skip' || (isBare(a) && a.via !== 'figures.elliptical')) continue;
      antecedent = a;
      break;
    }
    if (!antecedent || (!antecedent.measure && antecedent.noun === 'none')) continue;
    // An elliptical count before it passes on what it took, and the count it is part of.
    const root = antecedent.via === 'figures.elliptical' ? (antecedent.partOf ?? antecedent) : antecedent;
    const head = text.slice(c.sentence.start, c.spanStart);
    const ofThem = /^\s*(?:of|among|amongst)\s+(?:them|these|those|whom)\b/i.test(head);
    // Across a sentence, only a count of harm carries over ("Of them, 3,154 are in Dhaka"); a number in
    // words with nothing of its own ("split into two") is too often no count at all.
    const impact = antecedent.measure !== null && antecedent.measure !== 'other';
    if (antecedent.sentence.start !== c.sentence.start && !impact && !ofThem) continue;
    if (c.mention.form === 'words' && !impact && antecedent.sentence.start !== c.sentence.start) continue;
    // "Two fishermen are still missing, while 14 were plucked from the sea", "…, but two escaped": a verb of
    // its own that no cue knows says something else happened to them than to the count before.
    if (!ofThem && OWN_VERB.test(text.slice(c.mention.end, c.mention.end + 60))) continue;
    countsAs(c, antecedent);
    c.measure = antecedent.measure ?? 'other';
    c.source = 'inherited';
    c.via = 'figures.elliptical';
    c.careCue = antecedent.careCue;
    c.subject = null;
    // "Of them, …" names the count it refers to: not a guess.
    c.distant = antecedent.sentence.start !== c.sentence.start && !ofThem;
    const after = text.slice(c.mention.end, c.mention.end + 16);
    if (ofThem || /\bwith\s+$/i.test(head) || /^\s+of\s+(?:them|these|those)\b/i.test(after)) c.partOf = ofThem ? root : antecedent;
  }
}

// "Among them are two children", "Of those, 14 were women": the head of a sentence that points back (a
// sentence inside a quotation is no sentence of its own here, so its full stop counts).
const PART_HEAD =
  /(?:^|[.!?]['"”’]?)\s*(?:among|amongst|of)\s+(?:them|these|those|whom|the\s+(?:dead|victims|wounded|injured|missing))\b[\s,]*(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?$/i;

/**
 * Parts named after their whole: a count of people at the head of a sentence that points back to the
 * count before it ("35 residents died. Among them are two children") is a part of that count and shares
 * what befell it, whatever it was ("300,000 left homeless. Among them are 100,000 children").
 */
export function partsAfter(text: string, counts: readonly Candidate[]): void {
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    if (c.measure || c.partOf || c.noun !== 'person') continue;
    if (!PART_HEAD.test(text.slice(c.sentence.start, c.spanStart))) continue;
    let whole: Candidate | undefined;
    for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
      if (counts[k].noun === 'skip') continue;
      whole = counts[k];
      break;
    }
    if (!whole?.measure || whole.noun !== 'person') continue;
    c.measure = whole.measure;
    c.source = 'inherited';
    c.via = 'figures.part-after';
    c.careCue = whole.careCue;
    c.partOf = whole.partOf ?? whole;
  }
}

/** Members of a group already counted ("28 children were among the dead"): a part of the last count of that group. */
export function members(counts: readonly Candidate[]): void {
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    if (!c.member || c.partOf || !c.measure) continue;
    for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
      if (counts[k].measure === c.measure && !counts[k].member) {
        c.partOf = counts[k];
        break;
      }
    }
  }
}

/** What a list's lines count: the measure named by the line that opens the list, or by the count before it. */
export interface Topic {
  measure: Candidate['measure'];
  unit: string;
  count: Candidate | null; // the count itself, when a count named it
}

// "- 16 = June 29", "• Kharkiv: 4", "3) 12 in Sumy": a line of a list, by its opening mark.
const LIST_LINE = /^\s*(?:[-–—•*·]\s|\d{1,3}[.)]\s|\d[\d,.]*\s*[=:]\s)/;

/** A paragraph that is a line of a list. */
export const isListLine = (text: string): boolean => LIST_LINE.test(text) && text.length < 200;

/** List lines: a bare number counts what the list counts ("Deaths by day:" / "- 16 = June 29"). */
export function listItems(counts: readonly Candidate[], topic: Topic): void {
  for (const c of counts) {
    if (!isBare(c) || !topic.measure) continue;
    c.measure = topic.measure;
    c.unit = topic.unit;
    c.source = 'inherited';
    c.via = 'figures.list-item';
  }
}

/** "Of them, 410,000 have crossed the border" at the head of a paragraph: parts of the last count before it. */
export function partsAcross(text: string, candidates: readonly Candidate[], topic: Topic): void {
  const whole = topic.count;
  if (!whole) return;
  for (const c of candidates) {
    if (!isBare(c) || !/^\s*(?:of|among|amongst)\s+(?:them|these|those)\b/i.test(text.slice(c.sentence.start, c.spanStart))) continue;
    countsAs(c, whole);
    c.measure = whole.measure;
    c.source = 'inherited';
    c.via = 'figures.elliptical';
    c.subject = null;
    c.partOf = whole;
    c.careCue = whole.careCue;
  }
}
