// A Markdown seed keeps its formatting on its page (tests/fixtures/seeds/bridge.md): subheadings, emphasis,
// http(s) links, lists and block quotes, with the extracted figures, quotes and dates still marked and
// linked both ways; raw HTML is dropped (with a warning at ingest), never shown as text or markup.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const page = fs.readFileSync(path.join(siteDir, 'explainers', 'bridge-collapse-closes-river-crossing', 'index.html'), 'utf8');
const source = /<div class="source-body"[^>]*>([\s\S]*?)<\/div>\s*<\/section>/.exec(page)?.[1] ?? '';

describe('the source text of a Markdown seed', () => {
  it('starts with the first paragraph: the "# title" is the page title, not repeated', () => {
    expect(source).toMatch(/^<p id="p-1" dir="auto">A section of the Old Mill bridge collapsed /);
    expect(page.match(/Bridge collapse closes river crossing<\/h/g)).toHaveLength(1);
  });

  it('keeps subheadings, under the page heading', () => {
    expect(source).toContain('<h3 id="p-2" dir="auto">What we know</h3>');
    expect(source).toContain('<h4 id="p-7" dir="auto">Next steps</h4>');
  });

  it('keeps lists, numbered lists and block quotes', () => {
    expect(source).toMatch(
      /<ul><li><p id="p-3" dir="auto">Divers searched the river .*<\/p><\/li><li><p id="p-4" dir="auto">.*<\/li><li><p id="p-5" dir="auto">Traffic is diverted through <code>Route 9<\/code>\.<\/p><\/li><\/ul>/,
    );
    expect(source).toMatch(/<blockquote><p id="p-6" dir="auto"><mark class="m m-quote" id="src-quote-1">"We heard a crack like thunder/);
    expect(source).toMatch(
      /<ol><li><p id="p-8" dir="auto">The state will publish its inspection reports\.<\/p><\/li><li><p id="p-9" dir="auto">A public hearing is set for <a class="m m-event"/,
    );
  });

  it('keeps emphasis and strong, inside the figure mark that covers them', () => {
    expect(source).toMatch(
      /<a class="m m-figure" id="src-figure-\d+" href="#figure-\d+">killing <em>at least 6 people<\/em><span class="visually-hidden">/,
    );
    expect(source).toContain('the <strong>county fire service</strong> said.');
  });

  it('links http(s) targets; a javascript: link keeps its words only', () => {
    expect(source).toContain('passed <a href="https://news.example.com/inspection">an earlier inspection</a> and was rated safe.');
    expect(page).not.toContain('__pwned=41');
  });

  it('drops raw HTML: neither markup nor literal tags, and no script text', () => {
    expect(source).toContain('said. Breaking</p>');
    expect(page).not.toMatch(/&lt;b&gt;|&lt;script&gt;window.__pwned = 40|__pwned = 40/);
  });

  it('still links every mark to its entry and every entry back to its mark', () => {
    for (const [, kind, id] of source.matchAll(/<a class="m m-(figure|event)" id="src-([a-z]+-\d+)"/g)) {
      const target = kind === 'figure' ? `id="${id}"` : `id="timeline-${id}-row"`;
      expect(page, id).toContain(target);
      expect(page, id).toContain(`href="#src-${id}"`);
    }
  });
});
