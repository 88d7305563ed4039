// Which spans of each paragraph SourceText.astro marks in the source text: every figure, quote and date.
import type { ExtractedDocument } from '../schema/document.ts';
import { drawnSpans, type MarkSpan } from './annotate.ts';

export function marksByParagraph(doc: ExtractedDocument): MarkSpan[][] {
  const marks: MarkSpan[][] = doc.paragraphs.map(() => []);
  const add = (kind: MarkSpan['kind'], items: { id: string; position: { paragraph: number; start: number; end: number } }[]) => {
    for (const { id, position } of items) marks[position.paragraph]?.push({ kind, id, start: position.start, end: position.end });
  };
  add('quote', doc.quotes);
  add('figure', doc.figures);
  add('event', doc.events);
  return marks;
}

const drawn = new WeakMap<ExtractedDocument, Set<string>>();

/**
 * The ids of the items whose marks the source text draws (`#src-<id>` exists): an item whose span crosses
 * another's is listed without a link to the text, never with a link to nothing.
 */
export function drawnMarks(doc: ExtractedDocument): Set<string> {
  let ids = drawn.get(doc);
  if (!ids) {
    const marks = marksByParagraph(doc);
    drawn.set(doc, (ids = new Set(doc.paragraphs.flatMap((p, i) => drawnSpans(p.text, marks[i])))));
  }
  return ids;
}
