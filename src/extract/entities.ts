import type { Entities, ParsedDocument } from '../schema/document.ts';

/** People, organisations and places, with roles and merged aliases. */
export function extractEntities(doc: ParsedDocument): Entities {
  void doc;
  return { people: [], organizations: [], places: [] };
}
