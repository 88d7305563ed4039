import { describe, expect, it } from 'vitest';
import { markdownParagraphs } from './markdown.ts';
import { parseSeed } from './parse.ts';

const parse = (text: string) => parseSeed('report.md', Buffer.from(text));

describe('markdownParagraphs: formatting kept beside the plain text', () => {
  it('keeps headings, emphasis, strong, code and http(s) links as offsets into the text', () => {
    const warnings: string[] = [];
    const [lead, heading] = markdownParagraphs(
      'At least **14 people** died, *officials* said in `bulletin 3` and [a statement](https://Example.com/a).\n\n## What we know\n',
      1,
      warnings,
    );
    expect(lead.text).toBe('At least 14 people died, officials said in bulletin 3 and a statement.');
    const marked = lead.format.inline.map((m) => [m.type, lead.text.slice(m.start, m.end), m.href]);
    expect(marked).toEqual([
      ['strong', '14 people', undefined],
      ['em', 'officials', undefined],
      ['code', 'bulletin 3', undefined],
      ['link', 'a statement', 'https://example.com/a'],
    ]);
    expect(heading).toEqual({ text: 'What we know', format: { heading: 2, containers: [], inline: [] } });
    expect(warnings).toEqual([]);
  });

  it('nests marks, outer first, and keeps them on the right words when spaces are collapsed', () => {
    const [p] = markdownParagraphs('Rescuers  **reached *3,000* people**   on Sunday.', 1, []);
    expect(p.text).toBe('Rescuers reached 3,000 people on Sunday.');
    expect(p.format.inline.map((m) => [m.type, p.text.slice(m.start, m.end)])).toEqual([
      ['strong', 'reached 3,000 people'],
      ['em', '3,000'],
    ]);
  });

  it('puts list items and quote lines in their containers, each line a paragraph as in plain text', () => {
    const paragraphs = markdownParagraphs(
      '- one\n- two *lines*\n  go on\n\n> "Quoted," she said.\n> Second.\n\n3. three\n4. four\n',
      1,
      [],
    );
    expect(paragraphs.map((p) => p.text)).toEqual(['one', 'two lines', 'go on', '"Quoted," she said.', 'Second.', 'three', 'four']);
    const kinds = paragraphs.map((p) => p.format.containers.map((c) => `${c.kind}${c.id}${c.start ? `@${c.start}` : ''}`).join('>'));
    expect(kinds).toEqual(['list0>item1', 'list0>item2', 'list0>item2', 'quote3', 'quote3', 'list4@3>item5', 'list4@3>item6']);
    expect(paragraphs[0].format.containers[0].ordered).toBe(false);
    expect(paragraphs[5].format.containers[0].ordered).toBe(true);
  });

  it('splits a hard line break into two paragraphs instead of gluing the words', () => {
    expect(markdownParagraphs('The river rose.  \nTowns were evacuated.\\\nRoads closed.', 1, []).map((p) => p.text)).toEqual([
      'The river rose.',
      'Towns were evacuated.',
      'Roads closed.',
    ]);
  });

  it('drops raw HTML, and what a <script> or <style> holds, with one warning naming the lines', () => {
    const warnings: string[] = [];
    const paragraphs = markdownParagraphs(
      'The <b>emergency</b> agency said. <script>alert(1)</script>\n\nMore <style>p{}</style>text.<!-- note -->\n\n<div>\nblock\n</div>\n',
      5,
      warnings,
    );
    expect(paragraphs.map((p) => p.text)).toEqual(['The emergency agency said.', 'More text.']);
    expect(warnings).toEqual([
      'raw HTML (<b>, <script>, <style>) dropped on lines 5, 7 and 9: seeds publish their text and Markdown formatting, never HTML',
    ]);
  });

  it('keeps the words of a link whose target is not http(s), with a warning', () => {
    const warnings: string[] = [];
    const [p] = markdownParagraphs('Read [the notice](/notice) or [mail us](mailto:desk@example.com).', 2, warnings);
    expect(p.text).toBe('Read the notice or mail us.');
    expect(p.format.inline).toEqual([]);
    expect(warnings).toEqual([
      'link targets "/notice", "mailto:desk@example.com" dropped on line 2 (the words are kept): only absolute http(s) links are published',
    ]);
  });
});

describe('parseSeed: a Markdown seed', () => {
  it('shows a leading "#" heading once: as the title, not again as the first paragraph', () => {
    const withTitle = parse('---\ntitle: Storm hits the coast\n---\n# Storm hits  the coast\n\nAt least 14 people were killed.\n');
    expect(withTitle.document.title).toBe('Storm hits the coast');
    expect(withTitle.document.paragraphs.map((p) => p.text)).toEqual(['At least 14 people were killed.']);
    const without = parse('# Storm hits the coast\n\nAt least 14 people were killed.\n');
    expect(without.document.title).toBe('Storm hits the coast');
    expect(without.document.paragraphs.map((p) => p.text)).toEqual(['At least 14 people were killed.']);
  });

  it('keeps a first heading that is not the title as a subheading', () => {
    const { document } = parse('---\ntitle: Storm hits the coast\n---\n# What we know\n\nAt least 14 people were killed.\n');
    expect(document.paragraphs[0]).toMatchObject({ text: 'What we know', format: { heading: 1 } });
  });

  it('stores no format for paragraphs without any, as for plain text', () => {
    const { document } = parse('# Title\n\nPlain *and* formatted.\n\nJust plain.\n');
    expect(document.paragraphs[0].format?.inline).toEqual([{ type: 'em', start: 6, end: 9 }]);
    expect(document.paragraphs[1]).not.toHaveProperty('format');
  });

  it('accepts a 400-character title with a warning', () => {
    const title = Array(40).fill('Floodwater').join(' ').slice(0, 400);
    const { document, warnings } = parse(`---\ntitle: ${title}\n---\nBody text.\n`);
    expect(document.title).toHaveLength(400);
    expect(warnings).toContain(
      'the title is 400 characters long: pages show a title over 120 characters smaller; a headline of under 120 reads best',
    );
  });
});
