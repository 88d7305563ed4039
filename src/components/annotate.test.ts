import { describe, expect, it } from 'vitest';
import { annotateParagraph, drawnSpans, type MarkSpan } from './annotate.ts';

const text = 'Officials said “at least 12 people died on Monday” after the flood.';
const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
const quote: MarkSpan = { kind: 'quote', id: 'quote-1', ...at('“at least 12 people died on Monday”') };
const figure: MarkSpan = { kind: 'figure', id: 'figure-1', ...at('at least 12 people died') };
const event: MarkSpan = { kind: 'event', id: 'event-1', ...at('on Monday') };

const flatText = (runs: ReturnType<typeof annotateParagraph>): string =>
  runs.map((r) => (r.type === 'quote' ? r.children.map((c) => c.text).join('') : r.text)).join('');

describe('annotateParagraph', () => {
  it('keeps every character of the paragraph, in order', () => {
    expect(flatText(annotateParagraph(text, [quote, figure, event]))).toBe(text);
  });

  it('nests figures and dates inside the quote that holds them', () => {
    const runs = annotateParagraph(text, [figure, event, quote]);
    const q = runs.find((r) => r.type === 'quote');
    expect(q && q.type === 'quote' && q.children.filter((c) => c.type === 'mark').map((c) => c.type === 'mark' && c.span.id)).toEqual([
      'figure-1',
      'event-1',
    ]);
  });

  it('drops a span that crosses a quote edge but keeps the text', () => {
    const crossing: MarkSpan = { kind: 'event', id: 'event-2', ...at('Monday” after') };
    const runs = annotateParagraph(text, [quote, crossing]);
    expect(runs.some((r) => r.type === 'mark')).toBe(false);
    expect(flatText(runs)).toBe(text);
  });

  it('ignores spans outside the text or overlapping an earlier one', () => {
    const runs = annotateParagraph(text, [
      figure,
      { kind: 'event', id: 'event-3', start: figure.start + 2, end: figure.end + 4 },
      { kind: 'figure', id: 'x', start: 5, end: 500 },
    ]);
    expect(runs.filter((r) => r.type === 'mark').map((r) => r.type === 'mark' && r.span.id)).toEqual(['figure-1']);
    expect(flatText(runs)).toBe(text);
  });
});

describe('drawnSpans', () => {
  it('names the spans drawn, and not one that crosses another (listed, but with no mark to link to)', () => {
    const text = 'The toll in Thursday’s fire rose to 14, the authority said.';
    const spans: MarkSpan[] = [
      { kind: 'figure', id: 'figure-1', start: 4, end: 38 },
      { kind: 'event', id: 'event-1', start: 12, end: 22 },
    ];
    expect(drawnSpans(text, spans)).toEqual(['figure-1']);
  });
});
