import { describe, expect, it } from 'vitest';
import { layoutCasualty } from '../charts/casualty/layout.ts';
import { layoutTimeline } from '../charts/timeline/layout.ts';
import { doc, event, figure } from '../../tests/helpers/chart-fixtures.ts';
import { floodReport } from '../../tests/helpers/fact-fixtures.ts';
import { breakUrl, casualtySvg, IMAGE_COLORS, svgSize, timelineSvg } from './standalone-svg.ts';

const words = {
  title: 'At least 1,040 villagers killed',
  description: 'Bars of four figures.',
  source: 'Source: Example Wire, via News Explainers',
  url: 'https://explainers.example.org/explainers/quake/',
};

/** Elements open and close in order (a cheap well-formedness check; Chromium parses the real files). */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, selfClose] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (selfClose) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

describe('casualtySvg', () => {
  const layout = layoutCasualty(floodReport, { minWidth: 560 })!;
  const svg = casualtySvg(layout, 560, words);

  it('is a standalone SVG with explicit colours, a title and the source inside', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(balanced(svg)).toBe(true);
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('class=');
    expect(svg).not.toContain('%');
    expect(svg).toContain(`fill="${IMAGE_COLORS.killed}"`);
    expect(svg).toContain(`fill="${IMAGE_COLORS.injured}"`);
    expect(svg).toContain('>At least 1,040 villagers killed</text>');
    expect(svg).toContain('>Source: Example Wire, via News Explainers</text>');
    // The same words as the page: number in bold, then whom and where.
    expect(svg).toContain('<tspan font-weight="700">at least 104</tspan> people</text>');
    expect(svg).toContain('<tspan font-weight="700">84</tspan> of them in Alder County</text>');
    expect(svg).toContain('>Scale 0–400: evacuated</text>');
    // One solid bar per fact, and an open one for each of the two ranges.
    expect(svg.match(/<rect x="0" y=/g)).toHaveLength(layout.marks.length);
    expect(svg.match(/stroke-width="1.5"\/>/g)).toHaveLength(2);
  });

  it('draws bars at the image width: the longest of a panel reaches it', () => {
    expect(svg).toContain(`<rect x="0" y="${layout.marks[0].barY}" width="560" `);
  });

  it('declares its size, scaled for a 2x PNG with the viewBox unchanged', () => {
    const one = svgSize(svg);
    expect(one.width).toBe(560 + 32);
    expect(one.height).toBeGreaterThan(layout.height - layout.readout.height);
    const two = casualtySvg(layout, 560, words, { scale: 2 });
    expect(svgSize(two)).toEqual({ width: one.width * 2, height: one.height * 2 });
    expect(/viewBox="([^"]+)"/.exec(two)?.[1]).toBe(/viewBox="([^"]+)"/.exec(svg)?.[1]);
  });

  it('escapes hostile seed text everywhere it appears', () => {
    const hostile = layoutCasualty(
      doc({ figures: [figure({ id: 'figure-1', value: 7, subject: '<script>alert(1)</script> & "co"', attribution: "O'Brien <b>" })] }),
    )!;
    const out = casualtySvg(hostile, 480, { ...words, title: '</title><script>x()</script>', source: 'Source: <img src=x onerror=y>' });
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;');
    expect(balanced(out)).toBe(true);
  });
});

describe('timelineSvg', () => {
  it('draws a dot, a bracket and a bar for a day, a period and a span', () => {
    const layout = layoutTimeline([
      event({ id: 'event-1', date: '2025-03-14', label: 'Aftershock felt in the capital' }),
      event({ id: 'event-2', date: '2025-02', precision: 'month', label: 'Tremors recorded' }),
      event({ id: 'event-3', date: '2025-03-02', endDate: '2025-03-05', label: 'Roads closed' }),
    ])!;
    const svg = timelineSvg(layout, 640, { ...words, title: '3 dated events' });
    expect(balanced(svg)).toBe(true);
    expect(svg).not.toContain('%');
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toContain('>Roads closed</text>');
    expect(svg).toMatch(/>14 Mar 2025<\/text>/);
    expect(svgSize(svg).width).toBe(640 + 32);
  });

  it('draws an expected event open and dashed, and wraps long labels', () => {
    const layout = layoutTimeline([
      event({ id: 'event-1', date: '2025-03-14', label: 'Aftershock felt in the capital and across the northern valley' }),
      event({ id: 'event-2', date: '2025-03-20', kind: 'expected', label: 'Inquiry opens' }),
    ])!;
    const svg = timelineSvg(layout, 640, words);
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(svg).toContain('text-anchor="end">20 Mar 2025, expected</text>');
    expect(svg).toContain('>Aftershock felt in the capital and across the</text>');
    expect(svg).toContain('>northern valley</text>');
  });
});

describe('breakUrl', () => {
  it('keeps a short URL whole and breaks a long one after a slash or hyphen', () => {
    expect(breakUrl('https://example.org/a/', 400, 12)).toEqual(['https://example.org/a/']);
    const url = 'https://explainers.example.org/explainers/earthquake-in-the-northern-valley-kills-at-least-212/';
    const lines = breakUrl(url, 420, 12);
    expect(lines.join('')).toBe(url);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/[/-]$/);
  });

  it('ends with an ellipsis when even two lines are not enough', () => {
    const lines = breakUrl(`https://example.org/${'x'.repeat(200)}`, 200, 12);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
  });
});
