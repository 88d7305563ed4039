// A rehype plugin: keeps a seed's links only when they are absolute http(s) URLs (src/schema/safe-url.ts),
// in normalised form; any other link (javascript:, data:, mailto:, relative) loses its target and keeps
// its words, with one warning naming the lines.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { safeHttpUrl } from '../schema/safe-url.ts';
import { lineList } from './remark-drop-raw.ts';

export interface SafeLinksOptions {
  bodyLine: number; // the file's line number of the body's first line
  warnings: string[];
}

export default function rehypeSafeLinks(options: SafeLinksOptions) {
  return (tree: Root): void => {
    const dropped: number[] = [];
    const examples: string[] = [];
    const clean = (parent: Root | Element): void => {
      const kept: RootContent[] = [];
      for (const node of parent.children) {
        if (node.type !== 'element') {
          kept.push(node);
          continue;
        }
        clean(node);
        if (node.tagName !== 'a') {
          kept.push(node);
          continue;
        }
        const href = String(node.properties.href ?? '');
        const safe = safeHttpUrl(href);
        if (safe) {
          node.properties = { href: safe };
          kept.push(node);
        } else {
          dropped.push((node.position?.start.line ?? 1) + options.bodyLine - 1);
          if (examples.length < 2) examples.push(JSON.stringify(href.slice(0, 40)));
          kept.push(...node.children);
        }
      }
      parent.children = kept as ElementContent[];
    };
    clean(tree);
    if (dropped.length)
      options.warnings.push(
        `link target${dropped.length > 1 ? 's' : ''} ${examples.join(', ')} dropped on ${lineList(dropped)} (the words are kept): only absolute http(s) links are published`,
      );
  };
}
