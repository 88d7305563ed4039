// A Markdown seed's body as paragraphs with their formatting, through unified as it is meant to be used:
// remark parses, our plugin drops raw HTML, code and images with warnings (remark-drop-raw.ts),
// remark-rehype turns the tree into HTML's, our plugin keeps only http(s) links (rehype-safe-links.ts),
// rehype-sanitize keeps only the allow-list of src/schema/seed-html.ts, and the tree becomes paragraphs
// of plain text with their formatting beside it (hast-paragraphs.ts).
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import type { Root } from 'hast';
import { SEED_HTML } from '../schema/seed-html.ts';
import remarkDropRaw from './remark-drop-raw.ts';
import rehypeSafeLinks from './rehype-safe-links.ts';
import { hastParagraphs, type FormattedParagraph } from './hast-paragraphs.ts';

/** The paragraphs of a Markdown body that starts on line `bodyLine` of its file; warnings name lines. */
export function markdownParagraphs(body: string, bodyLine: number, warnings: string[]): FormattedParagraph[] {
  const processor = remark()
    .use(remarkDropRaw, { bodyLine, warnings })
    .use(remarkRehype)
    .use(rehypeSafeLinks, { bodyLine, warnings })
    .use(rehypeSanitize, SEED_HTML);
  const tree = processor.runSync(processor.parse(body)) as Root;
  return hastParagraphs(tree);
}
