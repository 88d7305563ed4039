// The HTML a seed's formatting may become: the allow-list rehype-sanitize applies when a Markdown seed is
// read (src/ingest/markdown.ts) and again when its source text is drawn (src/components/source-html.ts).
// Everything else is removed: raw HTML never gets this far (src/ingest/remark-drop-raw.ts drops it with a
// warning), and links are absolute http(s) only.
import type { Options as SanitizeSchema } from 'rehype-sanitize';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** What a seed's formatting may hold: blocks, lists and quotes; emphasis, strong, code and links. */
export const SEED_HTML: SanitizeSchema = {
  tagNames: ['p', ...HEADINGS, 'blockquote', 'ul', 'ol', 'li', 'em', 'strong', 'code', 'a', 'br'],
  attributes: { a: ['href'], ol: ['start'] },
  protocols: { href: ['http', 'https'] },
  ancestors: { li: ['ul', 'ol'] },
  required: {},
  strip: ['script', 'style'],
  clobber: [],
  clobberPrefix: '',
};
