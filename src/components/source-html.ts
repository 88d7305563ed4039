// The source text of an explainer as HTML: the seed's formatting (source-tree.ts), sanitised again with
// the allow-list it was read with (src/schema/seed-html.ts) plus the paragraphs' own ids, then every
// extracted figure, quote and date marked and linked (rehype-source-marks.ts). SourceText.astro prints it.
import { unified } from 'unified';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'hast';
import type { ExtractedDocument } from '../schema/document.ts';
import { SEED_HTML } from '../schema/seed-html.ts';
import type { MarkSpan } from './annotate.ts';
import { headingTag, sourceTree } from './source-tree.ts';
import rehypeSourceMarks from './rehype-source-marks.ts';
import { marksByParagraph } from './source-marks.ts';
import { chartedEvents, isCharted } from '../charts/timeline/items.ts';

// Paragraph elements carry their own id and dir="auto" (right-to-left text); nothing else is added.
const PARAGRAPH_ATTRIBUTES: Array<[string, ...Array<string | RegExp>]> = [
  ['id', /^p-\d+$/],
  ['dir', 'auto'],
];
const SOURCE_HTML = {
  ...SEED_HTML,
  attributes: {
    ...SEED_HTML.attributes,
    ...Object.fromEntries(['p', ...[1, 2, 3, 4, 5, 6].map(headingTag)].map((tag) => [tag, PARAGRAPH_ATTRIBUTES])),
  },
};

/**
 * The source text's HTML; figures and quotes link to their lists, dates to their row of the timeline's
 * table (`#<timelineId>-<event>-row`) when the timeline charts them, and to nothing when it does not.
 */
export function sourceHtml(doc: ExtractedDocument, timelineId: string): string {
  const rows = new Set(
    chartedEvents(doc)
      .filter(isCharted)
      .map((event) => event.id),
  );
  const target = (span: MarkSpan) => (span.kind !== 'event' ? `#${span.id}` : rows.has(span.id) ? `#${timelineId}-${span.id}-row` : null);
  const processor = unified()
    .use(rehypeSanitize, SOURCE_HTML)
    .use(rehypeSourceMarks, { marks: marksByParagraph(doc), target })
    .use(rehypeStringify);
  return processor.stringify(processor.runSync(sourceTree(doc.paragraphs)) as Root);
}
