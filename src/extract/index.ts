// Runs every extractor over a parsed seed and assembles the validated document.
import { extractedDocument, type ParsedSeed, type ExtractedDocument } from '../schema/document.ts';
import { extractEntities } from './entities/index.ts';
import { extractEvents } from './events/index.ts';
import { factsOf } from './facts/index.ts';
import { extractFigures } from './figures/index.ts';
import { extractQuotes } from './quotes/index.ts';

// Parsing builds the paragraphs every extractor reads, with the same text rules.
export { normalizeText } from './text/normalize.ts';
export { toParagraph } from './text/paragraphs.ts';

export function extractDocument(parsed: ParsedSeed, slug: string, warnings: string[] = []): ExtractedDocument {
  const entities = extractEntities(parsed);
  const figures = extractFigures(parsed, entities);
  const quotes = extractQuotes(parsed, entities);
  const document: ExtractedDocument = {
    ...parsed,
    slug,
    figures,
    quotes,
    entities,
    // Event labels name a quotation's speaker and a pronoun's person.
    events: extractEvents(parsed, { quotes, entities }),
    facts: factsOf(figures, parsed.title),
    charts: { casualties: null, timeline: null },
    warnings,
  };
  // Validation here turns an extractor bug into a clear error instead of a broken page.
  return extractedDocument.parse(document);
}
