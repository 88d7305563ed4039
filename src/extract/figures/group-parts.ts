// "78 of the injured remained in hospital", "Five of the dead were children": a count of "the" group its
// measure names is a part of the text's count of that group, even in a later paragraph; so is what one
// hospital received ("We have received one dead body and 28 injured"). Without the link the facts would read
// the part and the whole as two sources' counts of one group (a range "78–150 injured", or a second toll).
import type { Figure, ParsedSeed } from '../../schema/document.ts';
import { GROUP_MEASURES } from './lexicon.ts';

const GROUP_MEASURE = new Map(GROUP_MEASURES);
const TOLLS = new Set(['killed', 'injured', 'missing']);
const PART_OF_NAMED_GROUP = /^[\p{L}\d,.-]+\s+of\s+(?:the|those)\s+([\p{L} ]{3,30}?)\s*$/u;

// "have received one dead body and 28 injured", "the hospital admitted 12": a count one place took in.
const RECEIVED_BEFORE = /\b(?:received|receiving|admitted|treating|treated)\s+(?:(?:[\p{L}-]+\s+){0,3}and\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * Sets `partOf` in place for counts of a named group and counts a hospital received, to the latest larger
 * count of that measure before them.
 */
export function linkGroupParts(doc: ParsedSeed, figures: Figure[]): void {
  figures.forEach((f, i) => {
    if (f.partOf || f.status !== 'current' || !TOLLS.has(f.measure)) return;
    const group = PART_OF_NAMED_GROUP.exec(f.text)?.[1].toLowerCase();
    const text = doc.paragraphs[f.position.paragraph].text;
    const received = RECEIVED_BEFORE.test(text.slice(Math.max(0, f.position.start - 40), f.position.start));
    // (Tolls only: a count of hostages or of the displaced changes as people are freed or return, and "five of
    // the hostages" may be of a group counted otherwise.)
    if (!received && (!group || GROUP_MEASURE.get(group) !== f.measure)) return;
    const whole = figures.findLast(
      (w, j) => j < i && w.measure === f.measure && w.status === 'current' && !w.partOf && w.value > f.value && w.unit === f.unit,
    );
    if (whole) f.partOf = whole.id;
  });
}
