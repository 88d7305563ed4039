// Renders the chart components to HTML with Astro's container and checks the markup readers get
// before any script runs.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import CasualtyChart from './CasualtyChart.astro';
import TimelineChart from './TimelineChart.astro';
import { doc, event, figure, quakeFigures } from '../../tests/helpers/chart-fixtures.ts';
import { nextMarkIndex } from './chart-interaction.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

// Dev renders annotate elements with their source location; the built site does not.
async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>): Promise<string> {
  const html = await container.renderToString(component, { props });
  return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
/** The text of <tbody> rows, tags stripped. */
const tableRows = (html: string) =>
  [...(html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '').matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, '|')
      .replace(/\|+/g, '|')
      .replace(/^\||\|$/g, ''),
  );

describe('CasualtyChart', () => {
  const quake = doc({ figures: quakeFigures });

  test('renders nothing for a document without people counts', async () => {
    const html = await render(CasualtyChart, { doc: doc({ figures: [figure({ id: 'figure-1', value: 4, measure: 'other' })] }) });
    expect(html).not.toMatch(/<figure|<svg|<table/);
    expect(html.replace(/<script[\s\S]*?<\/script>/g, '').trim()).toBe('');
  });

  test('one focusable mark per charted figure, each with its id, data-ref and name', async () => {
    const html = await render(CasualtyChart, { doc: quake, idPrefix: 'quake' });
    expect(count(html, /class="chart-mark"/g)).toBe(4);
    expect(count(html, /tabindex="0" role="graphics-symbol"/g)).toBe(4);
    // The only other tab stop is the table's scroll region (keyboard users must be able to scroll it).
    expect(count(html, /tabindex="0"/g)).toBe(5);
    expect(html).toMatch(/<div class="chart-table-wrap" tabindex="0" role="region" aria-labelledby="quake-table-caption">/);
    for (const ref of ['figure-1', 'figure-2', 'figure-3', 'figure-6']) {
      expect(html).toContain(`id="quake-${ref}"`);
      expect(html).toContain(`data-ref="${ref}"`);
    }
    expect(html).not.toContain('quake-figure-4');
    expect(html).toContain('aria-label="Displaced · residents: nearly 48,200, reported by the Red Crescent"');
    expect(count(html, /role="graphics-symbol"/g)).toBe(4);
  });

  test('the figure is named by a takeaway heading, summarised, and the svg is labelled', async () => {
    const html = await render(CasualtyChart, { doc: quake, idPrefix: 'quake', headingLevel: 3 });
    expect(html).toMatch(/<figure[^>]*class="chart casualty"[^>]*aria-labelledby="quake-heading"/);
    expect(html).toMatch(/<h3[^>]*id="quake-heading"[^>]*>Nearly 48,200 residents displaced, the largest figure reported<\/h3>/);
    expect(html).toMatch(/<svg[^>]*role="graphics-document"[^>]*aria-labelledby="quake-title"/);
    expect(html).toContain('<title id="quake-title">');
    expect(html).toMatch(/class="chart-axis"[^>]*aria-hidden="true"/);
    expect(html).toContain('viewBox="0 0 320 ');
    expect(html).toContain('The chart compares 4 reported figures');
    expect(html).toContain('All bars share one scale starting at zero');
    expect(html).toContain('Source: the Red Crescent; a rescue charity; the regional governor.');
    expect(html).toMatch(/<figcaption[^>]*>Numbers of people, as reported in “Quake in the hills” \(Example Wire\)/);
    // Tooltip text is in the markup, revealed by CSS.
    expect(html).toMatch(/<text class="tip-text"[^>]*>“nearly 48,200 residents have/);
    expect(html).toMatch(/<text class="tip-text"[^>]*>Source: the Red Crescent<\/text>/);
  });

  test('the data table has one row per mark, in order, with header cells scoped', async () => {
    const html = await render(CasualtyChart, { doc: quake });
    expect(html).toMatch(/<caption[^>]*>The figures in this chart, largest first<\/caption>/);
    expect(count(html, /<th[^>]*scope="col"/g)).toBe(4);
    expect(count(html, /<th[^>]*scope="row"/g)).toBe(4);
    expect(tableRows(html)).toEqual([
      'Displaced|residents|nearly 48,200|the Red Crescent',
      'Killed|Villagers|more than 1,040|a rescue charity',
      'Killed|villagers|at least 912|the regional governor',
      'Missing|climbers|3|not named',
    ]);
  });

  test('ids are unique, and default to the slug so two documents on one page do not clash', async () => {
    const a = await render(CasualtyChart, { doc: quake });
    const b = await render(CasualtyChart, { doc: doc({ slug: 'floods-in-the-delta', figures: quakeFigures }) });
    const all = [...ids(a), ...ids(b)];
    expect(new Set(all).size).toBe(all.length);
    expect(ids(a)).toContain('casualties-quake-in-the-hills-figure-2');
  });

  test('the markup is the same on every render (no random ids, no dates)', async () => {
    const a = await render(CasualtyChart, { doc: quake });
    const b = await render(CasualtyChart, { doc: quake });
    expect(a).toBe(b);
    // Coordinates carry at most one decimal.
    expect(a).not.toMatch(/="\d+\.\d{2,}"/);
  });
});

describe('TimelineChart', () => {
  const items = [
    event({ id: 'event-1', date: '2024-09-02', label: 'Storm makes landfall' }),
    event({ id: 'event-2', date: '2024-09-05', endDate: '2024-09-09', label: 'Relief convoys run' }),
    event({ id: 'event-3', date: '2024-08-26', precision: 'week', label: 'First warning' }),
    event({ id: 'event-4', date: null, label: 'Undated memory' }),
  ];

  test('renders nothing when no event has a date', async () => {
    const html = await render(TimelineChart, { items: [items[3]], title: 'Nothing' });
    expect(html).not.toMatch(/<figure|<svg|<table/);
  });

  test('one mark per dated event, drawn by precision, and a table with the same rows', async () => {
    const html = await render(TimelineChart, { items, title: 'The storm, day by day', idPrefix: 'storm' });
    expect(count(html, /class="chart-mark /g)).toBe(3);
    expect(count(html, /<circle class="chart-dot/g)).toBe(1);
    expect(count(html, /<path class="chart-bracket/g)).toBe(1);
    expect(count(html, /<rect class="chart-span/g)).toBe(1);
    expect(tableRows(html)).toEqual([
      'week of 26 Aug 2024|First warning|on Monday',
      '2 Sep 2024|Storm makes landfall|on Monday',
      '5–9 Sep 2024|Relief convoys run|on Monday',
    ]);
    expect(html).toMatch(/<h2[^>]*>The storm, day by day<\/h2>/);
    expect(html).toContain('id="storm-event-1"');
    expect(html).toContain('One event has no date and is not shown.');
  });

  test('renders both the horizontal svg and the vertical list, switchable by class', async () => {
    const html = await render(TimelineChart, { items, idPrefix: 'storm' });
    expect(html).toMatch(/class="chart-graphic chart-tl-wide"/);
    expect(html).toMatch(/<ol class="chart-tl-narrow chart-vtl"/);
    expect(count(html, /<li class="chart-vtl-item/g)).toBe(3);
    expect(html).toContain('<time class="chart-vtl-date" datetime="2024-08-26">week of 26 Aug 2024</time>');
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
  });

  test('linked events are links that stay in the tab order; a doc prop uses its events and slug', async () => {
    const linked = [event({ id: 'event-1', date: '2024-03-01', href: '/explainers/x/#src-event-1', source: 'X' })];
    const html = await render(TimelineChart, { items: linked });
    expect(html).toMatch(
      /<a class="chart-mark[^"]*" href="\/explainers\/x\/#src-event-1" tabindex="0" id="timeline-event-1" data-ref="event-1"/,
    );
    expect(html).toContain('<th scope="col">Source</th>');
    const fromDoc = await render(TimelineChart, { doc: doc({ events: items }) });
    expect(fromDoc).toContain('id="timeline-quake-in-the-hills-event-2"');
  });
});

test('arrow keys move between marks and stop at the ends', () => {
  expect(nextMarkIndex('ArrowRight', 0, 3)).toBe(1);
  expect(nextMarkIndex('ArrowDown', 2, 3)).toBe(2);
  expect(nextMarkIndex('ArrowLeft', 0, 3)).toBe(0);
  expect(nextMarkIndex('ArrowUp', 2, 3)).toBe(1);
  expect(nextMarkIndex('Home', 2, 3)).toBe(0);
  expect(nextMarkIndex('End', 0, 3)).toBe(2);
  expect(nextMarkIndex('Tab', 0, 3)).toBeNull();
  expect(nextMarkIndex('ArrowRight', 0, 0)).toBeNull();
});

test('linked timeline marks keep their visible text outside the link, so the link name cannot disagree with it', async () => {
  const linked = [
    event({
      id: 'event-1',
      date: '2024-03-01',
      label: 'A very long description of what happened on the day, far too long for one label',
      href: '#a',
    }),
  ];
  const html = await render(TimelineChart, { items: linked });
  const link = html.match(/<a class="chart-mark[\s\S]*?<\/a>/)![0];
  expect(link).not.toContain('chart-event-label');
  expect(link).toContain('aria-label="1 Mar 2024: A very long description of what happened on the day, far too long for one label"');
  expect(html).toMatch(/<\/a><g class="chart-event-text" aria-hidden="true">/);
});

test('chart styles take every colour from the tokens and cover forced colours, reduced motion and print', async () => {
  const fs = await import('node:fs');
  const css = fs.readFileSync(new URL('../styles/charts.css', import.meta.url), 'utf8');
  expect(css).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(|hsl\(/i);
  expect(css).toContain('@media (forced-colors: active)');
  expect(css).toContain('@media (prefers-reduced-motion: no-preference)');
  expect(css).toContain('@media print');
  // Exactly one timeline form is displayed: the narrow list is hidden unless the container is narrow.
  expect(css).toMatch(/\.chart-tl-narrow \{\s*display: none;/);
  expect(css).toMatch(/@container \(max-width: [\d.]+rem\) \{\s*\.chart-tl-wide \{\s*display: none;/);
});

test('a slug that names no document shows a visible placeholder instead of the chart, and the rest renders', async () => {
  for (const [component, words] of [
    [CasualtyChart, 'casualty chart'],
    [TimelineChart, 'timeline'],
  ] as const) {
    const html = await render(component, { slug: 'no-such-explainer' });
    expect(html).toMatch(
      new RegExp(
        `<p class="chart-placeholder[^"]*" role="note" data-missing-slug="no-such-explainer"[^>]*>\\s*Chart unavailable: this page places a ${words} of the report\\s+“no-such-explainer”, which is no longer on this site.`,
      ),
    );
    expect(html).not.toMatch(/<figure|<svg|<table/);
  }
});
