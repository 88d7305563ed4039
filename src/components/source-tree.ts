// A document's paragraphs as an HTML tree (hast), formatted as the seed was: headings, lists, block quotes,
// emphasis, strong, code and links (src/schema/document.ts `paragraphFormat`). Every paragraph is one
// element with the id `p-<n>`, so who's who and the extracted items can point at it; plain-text
// paragraphs are <p>. The tree is sanitised and marked by source-html.ts.
import type { Element, ElementContent, Root } from 'hast';
import type { BlockContainer, InlineMark, Paragraph } from '../schema/document.ts';

/** The page's element for a seed heading: under "The source text" (h2), "#" and "##" are h3, down to h6. */
export function headingTag(level: number): string {
  return `h${Math.min(6, Math.max(3, level + 1))}`;
}

const INLINE_TAG: Record<InlineMark['type'], string> = { em: 'em', strong: 'strong', code: 'code', link: 'a' };

function element(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

function containerElement(container: BlockContainer): Element {
  if (container.kind === 'quote') return element('blockquote', {});
  if (container.kind === 'item') return element('li', {});
  return container.ordered ? element('ol', container.start === undefined ? {} : { start: container.start }) : element('ul', {});
}

/** Text [from, to) with the marks inside it (sorted by start, outer first); a mark that crosses another is left out. */
function inline(text: string, from: number, to: number, marks: readonly InlineMark[]): ElementContent[] {
  const out: ElementContent[] = [];
  let cursor = from;
  let i = 0;
  while (i < marks.length) {
    const mark = marks[i];
    let j = i + 1;
    while (j < marks.length && marks[j].start < mark.end) j++; // the marks inside this one
    if (mark.start >= cursor && mark.end <= to && mark.end > mark.start) {
      if (mark.start > cursor) out.push({ type: 'text', value: text.slice(cursor, mark.start) });
      const properties = mark.type === 'link' && mark.href ? { href: mark.href } : {};
      out.push(element(INLINE_TAG[mark.type], properties, inline(text, mark.start, mark.end, marks.slice(i + 1, j))));
      cursor = mark.end;
    }
    i = j;
  }
  if (cursor < to) out.push({ type: 'text', value: text.slice(cursor, to) });
  return out;
}

function leaf(paragraph: Paragraph, index: number): Element {
  const heading = paragraph.format?.heading ?? null;
  const marks = [...(paragraph.format?.inline ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  const children = inline(paragraph.text, 0, paragraph.text.length, marks);
  return element(heading === null ? 'p' : headingTag(heading), { id: `p-${index + 1}`, dir: 'auto' }, children);
}

export function sourceTree(paragraphs: readonly Paragraph[]): Root {
  const root: Root = { type: 'root', children: [] };
  const open: Array<{ id: number; element: Element }> = []; // the containers around the last paragraph
  const parent = () => open.at(-1)?.element ?? root;
  paragraphs.forEach((paragraph, index) => {
    const containers = paragraph.format?.containers ?? [];
    let same = 0;
    while (same < open.length && same < containers.length && open[same].id === containers[same].id) same++;
    open.length = same;
    for (const container of containers.slice(same)) {
      const opened = containerElement(container);
      parent().children.push(opened);
      open.push({ id: container.id, element: opened });
    }
    parent().children.push(leaf(paragraph, index));
  });
  return root;
}
