// Renders the chart components to HTML with Astro's container and checks the markup readers get
// before any script runs.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import CasualtyChart from './CasualtyChart.astro';
import TimelineChart from './TimelineChart.astro';
import KeyFigures from './KeyFigures.astro';
import SeriesChart from './SeriesChart.astro';
import { doc, event, figure, quakeFigures } from '../../tests/helpers/chart-fixtures.ts';
import { floodReport } from '../../tests/helpers/fact-fixtures.ts';
import { nextMarkIndex } from './chart-interaction.ts';
import { fireStory } from '../../tests/helpers/story-fixtures.ts';
import { storySeries } from '../cross/story-series.ts';

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

  test('renders nothing for a document without facts about people', async () => {
    const html = await render(CasualtyChart, { doc: doc({ figures: [figure({ id: 'figure-1', value: 4, measure: 'other' })] }) });
    expect(html).not.toMatch(/<figure|<svg|<table/);
    expect(html.replace(/<script[\s\S]*?<\/script>/g, '').trim()).toBe('');
  });

  test('one mark per fact, each with its id, data-ref, figure and name; one Tab stop for the chart', async () => {
    const html = await render(CasualtyChart, { doc: floodReport, idPrefix: 'flood' });
    expect(count(html, /class="chart-mark"/g)).toBe(7);
    expect(count(html, /role="graphics-symbol"/g)).toBe(7);
    // The first mark is the chart's one Tab stop; the others are reached with the arrow keys.
    expect(count(html, /class="chart-mark"[^>]*tabindex="0"/g)).toBe(1);
    expect(count(html, /class="chart-mark"[^>]*tabindex="-1"/g)).toBe(6);
    // The only other tab stop is the table's scroll region (keyboard users must be able to scroll it).
    expect(count(html, /tabindex="0"/g)).toBe(2);
    expect(html).toMatch(/<div class="chart-table-wrap" tabindex="0" role="region" aria-labelledby="flood-table-caption flood-heading">/);
    expect(html).toContain('id="flood-fact-2" data-ref="fact-2" data-figure="figure-3"');
    expect(html).toContain('aria-label="Killed, people in Alder County: 84, of at least 104 people, according to Sheriff Dana Pruitt"');
    expect(html).not.toContain('flood-fact-8'); // the projection
  });

  test('the svg fills its column: no viewBox, x in percentages, text never scaled', async () => {
    const html = await render(CasualtyChart, { doc: floodReport, idPrefix: 'flood' });
    const svg = html.match(/<svg[^>]*>/)![0];
    expect(svg).not.toContain('viewBox');
    expect(svg).toMatch(/width="100%" height="\d+(\.\d)?"/);
    // A range: a solid bar to 54 of 104 and an open one on to 63.
    expect(html).toMatch(/<rect class="chart-bar chart-tone-injured" x="0" y="[\d.]+" width="51.92%"/);
    expect(html).toMatch(/<rect class="chart-bar-range chart-stroke-injured" x="51.92%" y="[\d.]+" width="8.66%"/);
    // The number in bold, then whom and where.
    expect(html).toMatch(/<tspan class="chart-row-value">84<\/tspan> of them in Alder County<\/text>/);
    expect(html).toContain('Scale 0–400: evacuated');
  });

  test('the series chart fills its column too: x in percentages, rings and labels moved from their dot in px', async () => {
    const killed = storySeries(fireStory()).series.find((s) => s.slug === 'killed-worker')!;
    const html = await render(SeriesChart, { series: killed, idPrefix: 'fot' });
    const svg = html.match(/<svg[^>]*>/)![0];
    expect(svg).not.toContain('viewBox');
    expect(svg).toMatch(/width="100%" height="\d+(\.\d)?"/);
    expect(html).not.toContain('<path class="fot-line"');
    expect(count(html, /<circle class="fot-dot[^"]*" cx="[\d.]+%"/g)).toBe(5);
    expect(count(html, /<g class="fot-line"[^>]*>/g)).toBe(1);
    expect(count(html, /<line x1="[\d.]+%" y1="[\d.]+" x2="[\d.]+%" y2="[\d.]+"/g)).toBe(3); // four days, three segments
    expect(html).toMatch(/<line class="fot-range" x1="([\d.]+%)" x2="\1"/);
    expect(html).toMatch(
      /<rect class="focus-ring" x="[\d.]+%" y="[\d.]+" width="[\d.]+" height="[\d.]+" rx="3" transform="translate\(-?[\d.]+ 0\)"/,
    );
    // One Tab stop: the first dot.
    expect(count(html, /class="chart-mark fot-point"[^>]*tabindex="0"/g)).toBe(1);
    expect(count(html, /class="chart-mark fot-point"[^>]*tabindex="-1"/g)).toBe(4);
  });

  test('the figure is named by a takeaway heading, summarised, and the svg is labelled', async () => {
    const html = await render(CasualtyChart, { doc: quake, idPrefix: 'quake', headingLevel: 3 });
    expect(html).toMatch(/<figure[^>]*class="chart casualty"[^>]*aria-labelledby="quake-heading"/);
    expect(html).toMatch(/<h3[^>]*id="quake-heading"[^>]*>More than 1,040 villagers killed; 3 climbers missing<\/h3>/);
    expect(html).toMatch(/<svg[^>]*role="graphics-document"[^>]*aria-labelledby="quake-title"/);
    expect(html).toContain('<title id="quake-title">');
    expect(html).toMatch(/class="chart-axis"[^>]*aria-hidden="true"/);
    expect(html).toContain('More than 1,040 villagers killed; 3 climbers missing; nearly 48,200 residents displaced.');
    expect(html).toContain('Source: the regional governor; a rescue charity; the Red Crescent.');
    expect(html).toMatch(/<figcaption[^>]*>Numbers of people, as reported in “Quake in the hills” \(Example Wire\)/);
    // Tooltip text is in the markup, revealed by CSS.
    expect(html).toMatch(/<text class="tip-text"[^>]*>at least 912, according to the regional<\/text>/);
  });

  test('the editor’s title and summary replace the generated ones', async () => {
    const edited = {
      ...quake,
      charts: { casualties: { title: 'The quake in numbers', summary: 'Over a thousand dead.', hide: [], show: [] }, timeline: null },
    };
    const html = await render(CasualtyChart, { doc: edited, idPrefix: 'quake' });
    expect(html).toMatch(/<h2[^>]*>The quake in numbers<\/h2>/);
    expect(html).toMatch(/<p class="chart-summary"[^>]*>\s*Over a thousand dead.\s*<\/p>/);
  });

  test('the data table has one row per mark, in order, with header cells scoped', async () => {
    const html = await render(CasualtyChart, { doc: floodReport });
    expect(html).toMatch(/<caption[^>]*>The numbers in this chart, in the same order<\/caption>/);
    expect(count(html, /<th[^>]*scope="col"/g)).toBe(4);
    expect(count(html, /<th[^>]*scope="row"/g)).toBe(7);
    expect(tableRows(html)).toEqual([
      'Killed|people|at least 104|state officials',
      'Killed|people in Alder County (part of at least 104 people)|84|Sheriff Dana Pruitt',
      'Killed|children (part of 84 people in Alder County)|28|Sheriff Dana Pruitt',
      'Injured|people in Brenford|54–63|the mayor; the emergency service',
      'Injured|people in Ostvale|2',
      'Missing|girls in Camp Willowbend|11',
      'Evacuated|residents|300–400',
    ]);
  });

  test('ids are unique, and default to the slug so two documents on one page do not clash', async () => {
    const a = await render(CasualtyChart, { doc: quake });
    const b = await render(CasualtyChart, { doc: doc({ slug: 'floods-in-the-delta', figures: quakeFigures }) });
    const all = [...ids(a), ...ids(b)];
    expect(new Set(all).size).toBe(all.length);
    expect(ids(a)).toContain('casualties-quake-in-the-hills-fact-1');
  });

  test('the markup is the same on every render (no random ids, no dates)', async () => {
    const a = await render(CasualtyChart, { doc: quake });
    const b = await render(CasualtyChart, { doc: quake });
    expect(a).toBe(b);
    // Coordinates carry at most one decimal; percentages at most two.
    expect(a).not.toMatch(/="\d+\.\d{2,}"/);
    expect(a).not.toMatch(/="\d+\.\d{3,}%"/);
  });
});

describe('KeyFigures', () => {
  test('shows distinct facts, never the same one twice, each with its sources', async () => {
    const kyiv = doc({
      figures: [
        figure({ id: 'figure-1', value: 63, measure: 'injured', attribution: 'the mayor' }),
        figure({ id: 'figure-2', value: 63, measure: 'injured', attribution: 'the emergency service' }),
        figure({ id: 'figure-3', value: 54, measure: 'injured', attribution: 'the police' }),
        figure({ id: 'figure-4', value: 2, measure: 'injured', place: 'Kharkiv' }),
      ],
    });
    const html = await render(KeyFigures, { doc: kyiv });
    const items = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
      m[1]
        .replace(/<[^>]+>/g, '|')
        .replace(/\|+/g, '|')
        .replace(/^\||\|$/g, ''),
    );
    expect(items).toEqual([
      '54–63|people injured|Reported by the mayor, the emergency service and the police',
      '2|people injured in Kharkiv|Source not named',
    ]);
    expect(html).toContain('href="#figure-1"');
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
    expect(count(html, /<g class="chart-bracket/g)).toBe(1);
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

describe('TimelineChart with a document', () => {
  const events = [
    event({ id: 'event-1', date: '2024-09-02', label: 'Storm makes landfall' }),
    event({ id: 'event-2', date: '2019', precision: 'year', kind: 'mention', label: 'A smaller storm' }),
    event({ id: 'event-3', date: '2024-09-20', kind: 'expected', label: 'Inquiry opens' }),
    event({ id: 'event-4', date: '2024-09-03', label: 'Levee fails' }),
    event({ id: 'event-5', date: '2024-09-04', label: 'Unsure', confidence: 'low' }),
  ];

  test('charts events, never mentions, expected ones open; one Tab stop', async () => {
    const html = await render(TimelineChart, { doc: doc({ events }), idPrefix: 'storm' });
    expect(tableRows(html).map((r) => r.split('|')[1])).toEqual(['Storm makes landfall', 'Levee fails', 'Inquiry opens (expected)']);
    expect(html).toMatch(/class="chart-mark chart-event chart-event--point chart-event--expected"/);
    expect(html).toMatch(/<circle class="chart-dot chart-tone-expected"/);
    expect(html).toContain('aria-label="Expected, 20 Sep 2024: Inquiry opens"');
    expect(html).toContain('An open, dashed mark is an event the text expects; it has not happened yet.');
    expect(count(html, /class="chart-mark[^"]*"[^>]*tabindex="0"/g)).toBe(1);
    expect(count(html, /class="chart-mark[^"]*"[^>]*tabindex="-1"/g)).toBe(2);
  });

  test('the editor’s settings: title, summary, hidden events, low-confidence ones shown', async () => {
    const charts = {
      casualties: null,
      timeline: { title: 'The storm', summary: 'Three days.', hide: ['event-4'], show: ['event-5'], report: true },
    };
    const html = await render(TimelineChart, { doc: doc({ events, charts }), idPrefix: 'storm' });
    expect(html).toMatch(/<h2[^>]*>The storm<\/h2>/);
    expect(html).toMatch(/<p class="chart-summary"[^>]*>\s*Three days.\s*<\/p>/);
    expect(tableRows(html).map((r) => r.split('|')[1])).toEqual(['Storm makes landfall', 'Unsure', 'Inquiry opens (expected)']);
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
