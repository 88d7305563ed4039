// Which spans of each paragraph SourceText.astro marks in the source text: every figure, quote and date.
import type { ExtractedDocument } from '../schema/document.ts';
import type { MarkSpan } from './annotate.ts';

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
