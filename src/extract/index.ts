// Runs every extractor over a parsed seed and assembles the validated document.
import { seedDocument, type ParsedDocument, type SeedDocument } from '../schema/document.ts';
import { extractEntities } from './entities/index.ts';
import { extractEvents } from './events/index.ts';
import { extractFigures } from './figures/index.ts';
import { extractQuotes } from './quotes/index.ts';

// Parsing builds the paragraphs every extractor reads, with the same text rules.
export { normalizeText } from './text/normalize.ts';
export { toParagraph } from './text/paragraphs.ts';

export function extractDocument(parsed: ParsedDocument, slug: string, warnings: string[] = []): SeedDocument {
  const entities = extractEntities(parsed);
  const document: SeedDocument = {
    ...parsed,
    slug,
    figures: extractFigures(parsed),
    quotes: extractQuotes(parsed, entities),
    entities,
    events: extractEvents(parsed),
    warnings,
  };
  // Validation here turns an extractor bug into a clear error instead of a broken page.
  return seedDocument.parse(document);
}
