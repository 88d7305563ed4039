// A rehype plugin: marks every extracted figure, quote and date in the source text's tree (source-tree.ts)
// and links it to where it is listed or charted. Paragraph `p-<n>` gets the marks of paragraph n - 1 as
// annotate.ts splits them: quotes outermost, figures and dates inside. The seed's own formatting is kept
// inside each mark (split at the mark's edges); a seed link inside a figure's or date's link keeps its
// words only, since links do not nest.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { annotateParagraph, type InnerRun, type MarkSpan } from './annotate.ts';

export interface SourceMarksOptions {
  marks: readonly MarkSpan[][]; // per paragraph, as source-marks.ts lists them
  target: (span: MarkSpan) => string | null; // where a mark links to; null: nowhere (a mark, no link)
}

const KIND_NAME = { figure: 'figure', quote: 'quote', event: 'date' } as const;

/** A run of text with the inline elements (em, strong, code, a) around it, outermost first. */
interface Piece {
  text: string;
  path: Element[];
}

function pieces(children: readonly ElementContent[], path: Element[] = [], out: Piece[] = []): Piece[] {
  for (const child of children) {
    if (child.type === 'text') out.push({ text: child.value, path });
    else if (child.type === 'element') pieces(child.children, [...path, child], out);
  }
  return out;
}

/** The pieces' text between offsets `from` and `to`, formatted as in the seed (without links when `noLinks`). */
function formatted(all: readonly Piece[], from: number, to: number, noLinks: boolean): ElementContent[] {
  const slice: Piece[] = [];
  let offset = 0;
  for (const piece of all) {
    const end = offset + piece.text.length;
    if (end > from && offset < to) {
      const text = piece.text.slice(Math.max(from - offset, 0), Math.min(to, end) - offset);
      slice.push({ text, path: noLinks ? piece.path.filter((e) => e.tagName !== 'a') : piece.path });
    }
    offset = end;
  }
  return nest(slice, 0);
}

/** Pieces back into elements: neighbours inside the same element share one copy of it. */
function nest(list: readonly Piece[], depth: number): ElementContent[] {
  const out: ElementContent[] = [];
  for (let i = 0; i < list.length;) {
    const around = list[i].path[depth];
    if (!around) {
      out.push({ type: 'text', value: list[i++].text });
      continue;
    }
    let j = i;
    while (j < list.length && list[j].path[depth] === around) j++;
    out.push({ ...around, properties: { ...around.properties }, children: nest(list.slice(i, j), depth + 1) });
    i = j;
  }
  return out;
}

function hidden(text: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: text }] };
}

function markLink(span: MarkSpan, children: ElementContent[], target: string | null): Element {
  const properties = { className: ['m', `m-${span.kind}`], id: `src-${span.id}` };
  // A date the timeline does not chart (a mention, an item an editor hid) is marked but has no entry to go to.
  if (target === null) return { type: 'element', tagName: 'span', properties, children };
  return {
    type: 'element',
    tagName: 'a',
    properties: { ...properties, href: target },
    children: [...children, hidden(` (${KIND_NAME[span.kind]}: go to its entry)`)],
  };
}

/** The paragraph's children with its marks drawn in. */
function marked(block: Element, spans: readonly MarkSpan[], options: SourceMarksOptions): ElementContent[] {
  const all = pieces(block.children);
  const text = all.map((p) => p.text).join('');
  let offset = 0;
  const next = (length: number) => [offset, (offset += length)] as const;
  const inner = (run: InnerRun): ElementContent[] => {
    const [from, to] = next(run.text.length);
    return run.type === 'text'
      ? formatted(all, from, to, false)
      : [markLink(run.span, formatted(all, from, to, true), options.target(run.span))];
  };
  return annotateParagraph(text, [...spans]).flatMap((run): ElementContent[] => {
    if (run.type !== 'quote') return inner(run);
    const ref: Element = {
      type: 'element',
      tagName: 'a',
      properties: { className: ['ref'], href: options.target(run.span) ?? undefined },
      children: [
        { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '↗' }] },
        hidden('Go to this quote in the quotes list'),
      ],
    };
    return [
      {
        type: 'element',
        tagName: 'mark',
        properties: { className: ['m', 'm-quote'], id: `src-${run.span.id}` },
        children: [...run.children.flatMap(inner), ref],
      },
    ];
  });
}

export default function rehypeSourceMarks(options: SourceMarksOptions) {
  return (tree: Root): void => {
    const visit = (node: Root | Element): void => {
      for (const child of node.children as RootContent[]) {
        if (child.type !== 'element') continue;
        const index = /^p-(\d+)$/.exec(String(child.properties.id ?? ''));
        const spans = index ? options.marks[Number(index[1]) - 1] : undefined;
        if (spans?.length) child.children = marked(child, spans, options);
        else if (!index) visit(child);
      }
    };
    visit(tree);
  };
}
