import type { Figure, ParsedDocument } from '../schema/document.ts';

/** Every number that counts people or impact, and durations. */
export function extractFigures(doc: ParsedDocument): Figure[] {
  void doc;
  return [];
}
