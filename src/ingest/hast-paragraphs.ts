// A Markdown seed's sanitised HTML tree (src/ingest/markdown.ts) as the document's paragraphs: the plain
// text the extractors read, one paragraph per line as in a plain-text seed, and beside it the formatting
// the page draws around that text (src/schema/document.ts `paragraphFormat`), as offsets into it.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { BlockContainer, InlineMark, ParagraphFormat } from '../schema/document.ts';

export interface FormattedParagraph {
  text: string;
  format: ParagraphFormat;
}

const CONTAINERS: Record<string, BlockContainer['kind']> = { blockquote: 'quote', ul: 'list', ol: 'list', li: 'item' };
const INLINE: Record<string, InlineMark['type']> = { em: 'em', strong: 'strong', code: 'code', a: 'link' };
const HEADING = /^h([1-6])$/;

/** One line as textBlocks (parse.ts) writes it, with where each offset of the line lands in it. */
function normaliseLine(line: string, collapse: boolean): { text: string; at: (offset: number) => number } {
  let collapsed = '';
  const map: number[] = [];
  for (let i = 0; i < line.length; i++) {
    map.push(collapsed.length);
    const space = collapse && /[ \t\f\v]/.test(line[i]);
    if (space && i > 0 && /[ \t\f\v]/.test(line[i - 1])) continue;
    collapsed += space ? ' ' : line[i];
  }
  map.push(collapsed.length);
  const lead = /^\s*/.exec(collapsed)![0].length;
  const text = collapsed.trim();
  return { text, at: (offset) => Math.min(Math.max(map[offset] - lead, 0), text.length) };
}

/** The text of a block's inline content, and its marks as offsets into that text (outer marks first). */
function flatten(nodes: readonly ElementContent[]): { text: string; marks: InlineMark[] } {
  let text = '';
  const marks: InlineMark[] = [];
  const visit = (node: ElementContent): void => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element') {
      if (node.tagName === 'br') {
        text += '\n';
        return;
      }
      const start = text.length;
      const index = marks.length;
      node.children.forEach(visit);
      const type = INLINE[node.tagName];
      if (type && text.length > start) {
        const mark: InlineMark = { type, start, end: text.length };
        if (type === 'link') mark.href = String(node.properties.href);
        marks.splice(index, 0, mark); // before the marks inside it
      }
    }
  };
  nodes.forEach(visit);
  return { text, marks };
}

/** Paragraphs of one block: each line of its text, with the marks that fall on it. */
function blockLines(nodes: readonly ElementContent[], heading: number | null, containers: BlockContainer[]): FormattedParagraph[] {
  const { text, marks } = flatten(nodes);
  // As in textBlocks: ordinary white space is collapsed only in a block that has runs of it.
  const collapse = /[\t\f\v]| {2}/.test(text);
  const out: FormattedParagraph[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    const to = from + line.length;
    const { text: written, at } = normaliseLine(line, collapse);
    if (written) {
      const inline = marks.flatMap((mark) => {
        const start = at(Math.max(mark.start, from) - from);
        const end = at(Math.min(mark.end, to) - from);
        return mark.end > from && mark.start < to && end > start ? [{ ...mark, start, end }] : [];
      });
      out.push({ text: written, format: { heading, containers, inline } });
    }
    from = to + 1;
  }
  return out;
}

/** Every paragraph of a sanitised seed tree (only the elements src/schema/seed-html.ts allows). */
export function hastParagraphs(tree: Root): FormattedParagraph[] {
  const out: FormattedParagraph[] = [];
  let nextId = 0;
  const walk = (children: readonly RootContent[], containers: BlockContainer[]): void => {
    let run: ElementContent[] = []; // inline content directly in a container (a tight list item)
    const flush = () => {
      out.push(...blockLines(run, null, containers));
      run = [];
    };
    for (const node of children) {
      if (node.type !== 'element') {
        if (node.type === 'text') run.push(node);
        continue;
      }
      const kind = CONTAINERS[node.tagName];
      const heading = HEADING.exec(node.tagName);
      if (kind) {
        flush();
        const container: BlockContainer = { kind, id: nextId++ };
        if (kind === 'list') container.ordered = node.tagName === 'ol';
        const start = Number((node as Element).properties.start);
        if (node.tagName === 'ol' && Number.isInteger(start) && start !== 1) container.start = start;
        walk(node.children, [...containers, container]);
      } else if (heading || node.tagName === 'p') {
        flush();
        out.push(...blockLines(node.children, heading ? Number(heading[1]) : null, containers));
      } else {
        run.push(node);
      }
    }
    flush();
  };
  walk(tree.children, []);
  return out;
}
