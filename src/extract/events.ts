import type { DatedEvent, ParsedDocument } from '../schema/document.ts';

/** Every datable reference, resolved against the publication date. */
export function extractEvents(doc: ParsedDocument): DatedEvent[] {
  void doc;
  return [];
}
