// A remark plugin: removes what a seed may not publish from its Markdown tree, with one warning per kind
// naming the lines: raw HTML (block or inline, and the text inside a <script> or <style>), code blocks and
// images. Seeds publish their text and its Markdown formatting, never markup of their own.
import type { Html, Nodes, Parents, Root } from 'mdast';

export interface DropRawOptions {
  bodyLine: number; // the file's line number of the body's first line (after the front matter)
  warnings: string[]; // one line per kind of thing dropped
}

// Elements whose content is not text to a browser: dropped with their tags, up to the closing tag.
const RAW_TEXT_OPEN = /^<(script|style|textarea|title|iframe|noscript|template|xmp|noembed|noframes)\b[^>]*>$/i;

/** "line 4", "lines 4 and 9", "lines 4, 9, 12 and 3 more". */
export function lineList(lines: readonly number[]): string {
  const unique = [...new Set(lines)].sort((a, b) => a - b);
  if (unique.length === 1) return `line ${unique[0]}`;
  const shown = unique.slice(0, 3);
  const rest = unique.length - shown.length;
  if (rest > 0) return `lines ${shown.join(', ')} and ${rest} more`;
  return `lines ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** The tag an HTML node starts with, for the warning: "<b>", "<script>", "<!--". */
function tagOf(node: Html): string {
  const match = /^<(!--|[a-z][a-z0-9-]*)/i.exec(node.value.trim());
  return match ? `<${match[1].toLowerCase()}>`.replace('<!--', '<!-- -->') : 'HTML';
}

export default function remarkDropRaw(options: DropRawOptions) {
  return (tree: Root): void => {
    const html: number[] = [];
    const tags = new Set<string>();
    const code: number[] = [];
    const images: number[] = [];
    const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + options.bodyLine - 1;

    const clean = (parent: Parents): void => {
      const kept: Nodes[] = [];
      const children = parent.children as Nodes[];
      for (let i = 0; i < children.length; i++) {
        const node = children[i];
        if (node.type === 'html') {
          if (node.value.trim()) {
            html.push(lineOf(node));
            if (tags.size < 3 && !node.value.trim().startsWith('</')) tags.add(tagOf(node));
          }
          // An inline <script> keeps going to its closing tag, or to the end of the block.
          const open = RAW_TEXT_OPEN.exec(node.value.trim());
          if (open) {
            const close = new RegExp(`^</${open[1]}\\s*>$`, 'i');
            while (i + 1 < children.length) {
              const next = children[++i];
              if (next.type === 'html' && close.test(next.value.trim())) break;
            }
          }
        } else if (node.type === 'code') {
          if (node.value.trim()) code.push(lineOf(node));
        } else if (node.type === 'image' || node.type === 'imageReference') {
          images.push(lineOf(node));
        } else {
          if ('children' in node) clean(node);
          kept.push(node);
        }
      }
      (parent as { children: Nodes[] }).children = kept;
    };
    clean(tree);

    if (html.length)
      options.warnings.push(
        `raw HTML${tags.size ? ` (${[...tags].join(', ')})` : ''} dropped on ${lineList(html)}: seeds publish their text and Markdown formatting, never HTML`,
      );
    if (code.length) options.warnings.push(`code block dropped on ${lineList(code)}: seeds publish their text, never code`);
    if (images.length) options.warnings.push(`image dropped on ${lineList(images)}: seeds publish no images`);
  };
}
