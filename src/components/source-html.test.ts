import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/index.ts';
import { parseSeed } from '../ingest/parse.ts';
import type { ExtractedDocument } from '../schema/document.ts';
import { sourceHtml } from './source-html.ts';
import { doc as fixtureDoc } from '../../tests/helpers/chart-fixtures.ts';

function documentOf(markdown: string): ExtractedDocument {
  const { document, warnings } = parseSeed('report.md', Buffer.from(markdown));
  return extractDocument(document, 'report', warnings);
}

const REPORT = `---
title: Bridge collapse closes river crossing
published: 2025-03-12
source: Example Valley Times
---
# Bridge collapse closes river crossing

A section of the bridge collapsed on Tuesday, killing *at least 6 people*, the **county fire service** said.

## What we know

- Divers searched the river on Wednesday.
- The bridge passed [an earlier review](https://example.com/review) and was [rated safe](javascript:alert(1)).

> "We heard a crack like thunder," said Petra Lindqvist, who lives by the river.

### Next steps

1. Reports will be \`published\`.
2. A hearing follows.
`;

describe('sourceHtml: the seed formatted as written, with its marks', () => {
  const html = sourceHtml(documentOf(REPORT), 'timeline');

  it('draws subheadings under the page heading, lists, ordered lists and block quotes', () => {
    expect(html).toContain('<h3 id="p-2" dir="auto">What we know</h3>');
    expect(html).toMatch(/<ul><li><p id="p-3" dir="auto">Divers searched the river <a [^>]*>on Wednesday.*?<\/p><\/li><li><p id="p-4"/);
    expect(html).toMatch(/<blockquote><p id="p-5" dir="auto"><mark class="m m-quote" id="src-quote-1">/);
    expect(html).toContain('<h4 id="p-6" dir="auto">Next steps</h4>');
    expect(html).toMatch(/<ol><li><p id="p-7" dir="auto">Reports will be <code>published<\/code>\.<\/p><\/li><li><p id="p-8"/);
    // The title is the page's h1, not repeated as the first paragraph.
    expect(html.startsWith('<p id="p-1" dir="auto">A section of the bridge')).toBe(true);
  });

  it('keeps emphasis and strong, inside a mark when the mark covers them', () => {
    expect(html).toMatch(
      /<a class="m m-figure" id="src-figure-1" href="#figure-1">[^<]*<em>at least 6 people<\/em><span class="visually-hidden">/,
    );
    expect(html).toContain('the <strong>county fire service</strong> said.');
  });

  it('links http(s) targets only; an unsafe link keeps its words', () => {
    expect(html).toContain('<a href="https://example.com/review">an earlier review</a>');
    expect(html).toContain(' and was rated safe.');
    expect(html).not.toMatch(/javascript:/i);
  });

  it('marks dates and links them to the timeline rows', () => {
    expect(html).toMatch(/<a class="m m-event" id="src-event-\d+" href="#timeline-event-\d+-row">on Tuesday<span/);
  });

  it('splits seed formatting at a mark edge and never nests a link in a mark link', () => {
    const doc = fixtureDoc({
      paragraphs: [
        {
          text: 'Rescuers reached 3,000 stranded residents on Sunday.',
          sentences: [{ start: 0, end: 52 }],
          format: {
            heading: null,
            containers: [],
            inline: [
              { type: 'link', start: 9, end: 41, href: 'https://example.com/r' },
              { type: 'em', start: 9, end: 25 },
            ],
          },
        },
      ],
      figures: [],
      events: [],
    });
    const marked = sourceHtml(
      {
        ...doc,
        figures: [
          {
            id: 'figure-1',
            value: 3000,
            qualifier: 'exact',
            measure: 'other',
            subject: 'residents',
            unit: 'people',
            text: '3,000 stranded residents',
            attribution: null,
            place: null,
            partOf: null,
            status: 'current',
            position: { paragraph: 0, sentence: 0, start: 17, end: 41 },
            rule: 'test',
            confidence: 'high',
            edited: false,
          },
        ],
      },
      'timeline',
    );
    expect(marked).toBe(
      '<p id="p-1" dir="auto">Rescuers <a href="https://example.com/r"><em>reached </em></a>' +
        '<a class="m m-figure" id="src-figure-1" href="#figure-1"><em>3,000 st</em>randed residents' +
        '<span class="visually-hidden"> (figure: go to its entry)</span></a> on Sunday.</p>',
    );
  });

  it('sanitises what the document holds: no script, no unsafe link, no foreign attribute', () => {
    const hostile = fixtureDoc({
      paragraphs: [
        {
          text: '<script>alert(1)</script> click here',
          sentences: [{ start: 0, end: 36 }],
          format: {
            heading: 9 as never,
            containers: [{ kind: 'list', id: 0, ordered: true, start: 2 }],
            inline: [{ type: 'link', start: 26, end: 36, href: 'javascript:alert(2)' }],
          },
        },
      ],
    });
    const out = sourceHtml(hostile, 'timeline');
    expect(out).toBe('<ol start="2"><h6 id="p-1" dir="auto">&#x3C;script>alert(1)&#x3C;/script> <a>click here</a></h6></ol>');
  });
});
