// The review list: the items of a document worth an editor's look (extraction was not sure of them),
// least sure first, each with its sentence and a line ready for the document's edits file (edits.ts).
// `npm run review` prints it; the dev server shows it on each explainer (never in a built site).
import type { Confidence, ExtractedDocument } from './document.ts';
import { EDITS_SUFFIX, findItems, sentenceAt, type EditableItem } from './edits.ts';

export type ReviewSection = 'figures' | 'quotes' | 'events';

export interface ReviewItem {
  section: ReviewSection;
  id: string;
  confidence: Exclude<Confidence, 'high'>;
  rule: string; // the rule that produced it
  text: string; // the item's text, as written
  reading: string; // what extraction made of it: "at least 11 · missing · campers"
  sentence: string; // the sentence it is in
  edit: string; // a line for the edits file, under `section:`: `- { match: "…", keep: true }`
}

const SECTIONS: ReviewSection[] = ['figures', 'quotes', 'events'];
const ORDER: Record<ReviewItem['confidence'], number> = { low: 0, medium: 1 };

/** Low-confidence items first, then medium, each in reading order; items an editor has edited are done. */
export function reviewList(doc: ExtractedDocument): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const section of SECTIONS) {
    const list: readonly EditableItem[] = doc[section];
    for (const item of doc[section]) {
      if (item.edited || item.confidence === 'high') continue;
      const sentence = sentenceAt(doc, item.position).trim();
      items.push({
        section,
        id: item.id,
        confidence: item.confidence,
        rule: item.rule,
        text: item.text,
        reading: readingOf(item),
        sentence,
        edit: editLine(doc, list, item.text, sentence, 'label' in item && partialLabel(item.rule) ? item.label : null),
      });
    }
  }
  const place = (item: ReviewItem) => doc[item.section].find((i) => i.id === item.id)!.position;
  return items.sort((a, b) => {
    const pa = place(a);
    const pb = place(b);
    return ORDER[a.confidence] - ORDER[b.confidence] || pa.paragraph - pb.paragraph || pa.start - pb.start;
  });
}

/** What extraction read an item as, in a few words. */
function readingOf(item: ExtractedDocument[ReviewSection][number]): string {
  if ('value' in item) {
    const value = `${item.qualifier === 'exact' ? '' : `${item.qualifier} `}${item.value.toLocaleString('en')}`;
    return [value, item.measure === 'other' ? item.unit : item.measure, item.subject, item.attribution && `reported by ${item.attribution}`]
      .filter(Boolean)
      .join(' · ');
  }
  if ('speaker' in item) return item.speaker ? `said by ${item.speaker}${item.role ? `, ${item.role}` : ''}` : 'speaker not found';
  const reading = `${item.date ?? 'date not resolved'} · ${item.kind} · ${item.label}`;
  return partialLabel(item.rule) ? `${reading} · the label does not read whole: write one` : reading;
}

/** An event kept off the charts because its label does not read whole (events/label.ts). */
const partialLabel = (rule: string): boolean => rule.endsWith('/partial-label');

/**
 * `- { match: "…", keep: true }`: the item's text (its first words, for a long quote), with words of its
 * sentence when that text names other items too. JSON strings are YAML double-quoted strings.
 */
function editLine(doc: ExtractedDocument, list: readonly EditableItem[], text: string, sentence: string, label: string | null): string {
  let match = text.replace(/\s+/g, ' ').trim();
  if (match.length > 60) match = match.slice(0, 60).replace(/\s+\S*$/, '');
  let line = `match: ${JSON.stringify(match)}`;
  if (findItems(doc, list, match).length > 1) {
    const words = sentence.split(/\s+/);
    const short = words.slice(0, 8).join(' ');
    const narrowed = findItems(doc, list, match, short).length === 1 ? short : sentence;
    line += `, sentence: ${JSON.stringify(narrowed)}`;
  }
  // An event kept off for its label: the line gives that label to rewrite before keeping it.
  if (label !== null) line += `, set: { label: ${JSON.stringify(label)} }`;
  return `- { ${line}, keep: true }`;
}

/** A document's review list as `npm run review` prints it: a heading line, then each item. */
export function formatReview(doc: ExtractedDocument, items: readonly ReviewItem[]): string {
  const editsFile = `${doc.file.replace(/\.[^./]*$/, '')}${EDITS_SUFFIX}`;
  const head = `${doc.file}: ${doc.title} (${items.length ? `${items.length} worth a look; edits go in ${editsFile}` : 'nothing to review'})`;
  const lines = items.map((item) =>
    [
      `  ${item.confidence.padEnd(6)} ${item.section.slice(0, -1).padEnd(6)} ${JSON.stringify(item.text)}: ${item.reading} (rule ${item.rule})`,
      `         sentence: ${item.sentence}`,
      `         ${item.section}:`,
      `           ${item.edit}`,
    ].join('\n'),
  );
  return [head, ...lines].join('\n');
}
