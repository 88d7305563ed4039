import { describe, expect, it } from 'vitest';
import { doc, event, figure, quakeFigures, quote } from '../../tests/helpers/chart-fixtures.ts';
import { fact, fireStory, withFacts } from '../../tests/helpers/story-fixtures.ts';
import { siteViews } from '../cross/site-views.ts';
import type { Quote, ExtractedDocument } from '../schema/document.ts';
import type { Output } from './output-cache.ts';
import { chartReferences, documentPages, missingChartDocuments, planRender, renderRuns, type RenderPlan } from './render-plan.ts';

const quoteOf = (id: string, speaker: string, text: string): Quote => quote({ id, speaker, text });

const quake = doc({
  figures: quakeFigures,
  events: [event({ id: 'event-1', date: '2025-03-12', label: 'The quake struck' })],
  quotes: [quoteOf('quote-1', 'Mara Okonjo', 'We are still digging.')],
});
const flood = doc({
  slug: 'flood',
  title: 'Flood',
  file: 'flood.txt',
  published: '2025-03-20',
  figures: [figure({ id: 'figure-1', value: 40, measure: 'killed', subject: 'villagers' })],
  quotes: [quoteOf('quote-1', 'Ivo Lindqvist', 'The river rose overnight.')],
});

/** A plan as the build makes it, with `published` standing in for the last build's manifest. */
function plan(documents: ExtractedDocument[], published: RenderPlan | null, charted = new Set<string>()): RenderPlan {
  const reusable = new Map<string, Output>(published ? published.outputs : []);
  return planRender({ documents, views: siteViews(documents), codeVersion: 'v1', site: 'https://news.example.org/', reusable, charted });
}

describe('documentPages', () => {
  it('lists the explainer and an embed page for each chart that draws something', () => {
    expect(documentPages(quake)).toEqual([
      'explainers/quake-in-the-hills/index.html',
      'embed/quake-in-the-hills/casualties/index.html',
      'embed/quake-in-the-hills/timeline/index.html',
    ]);
    // No dated event: no timeline embed.
    expect(documentPages(flood)).toEqual(['explainers/flood/index.html', 'embed/flood/casualties/index.html']);
  });
});

const fire = fireStory();
const STORY = 'stories/keswick-2025-05-01/index.html';

describe('planRender', () => {
  it('renders everything on a first build', () => {
    const first = plan([quake, flood, ...fire.slice(0, 4)], null);
    expect(first.documents.map((d) => d.slug).slice(0, 2)).toEqual(['quake-in-the-hills', 'flood']);
    expect(first.people.map((p) => p.slug)).toContain('mara-okonjo');
    expect(first.stories.map((s) => s.slug)).toEqual(['keswick-2025-05-01']);
    expect(first.reused).toEqual([]);
    expect(first.outputs.has('people/mara-okonjo/index.html')).toBe(true);
    expect(first.outputs.has(STORY)).toBe(true);
    expect(first.outputs.has('embed/stories/keswick-2025-05-01/killed-worker/index.html')).toBe(true);
  });

  it('renders again only what a changed document touches', () => {
    const first = plan([quake, flood, ...fire], null);
    const edited = { ...flood, figures: [figure({ id: 'figure-1', value: 45, measure: 'killed', subject: 'villagers' })] };
    const second = plan([quake, edited, ...fire], first);
    expect(second.documents.map((d) => d.slug)).toEqual(['flood']);
    // Neither its speaker's quotes nor any story changed.
    expect(second.stories).toEqual([]);
    expect(second.people).toEqual([]);
    expect(second.reused).toContain(STORY);
    expect(second.reused).toContain('explainers/quake-in-the-hills/index.html');
    expect(second.reused).toContain('people/ivo-lindqvist/index.html');
    expect(second.reused).not.toContain('explainers/flood/index.html');
  });

  it('renders a story again when a report joins it, with the new report, and nothing else of the story', () => {
    const first = plan([quake, flood, ...fire.slice(0, 4)], null);
    const second = plan([quake, flood, ...fire], first);
    expect(second.documents.map((d) => d.slug)).toEqual([fire[4].slug]);
    expect(second.stories.map((s) => s.slug)).toEqual(['keswick-2025-05-01']);
    for (const doc of fire.slice(0, 4)) expect(second.reused).toContain(`explainers/${doc.slug}/index.html`);
  });

  it('renders a story’s series embeds with it, and an explainer again when its story gets a page', () => {
    const [one, two] = fire;
    const first = plan([quake, flood, one], null);
    expect(first.stories).toEqual([]);
    const second = plan([quake, flood, one, withFacts(two, [fact({ id: 'fact-1', value: 14, subject: 'workers' })])], first);
    // The first report now links the story's page: its explainer is made again.
    expect(second.documents.map((d) => d.slug).sort()).toEqual([one.slug, two.slug].sort());
    expect(second.stories.map((s) => s.slug)).toEqual(['keswick-2025-05-01']);
  });

  it('leaves a removed document and the views only it made out of the site', () => {
    const first = plan([quake, flood], null);
    const second = plan([quake], first);
    expect(second.documents).toEqual([]);
    expect([...second.outputs.keys()].some((file) => file.includes('flood') || file.includes('lindqvist'))).toBe(false);
  });

  it('always renders the documents that editors chart by slug', () => {
    const first = plan([quake, flood], null);
    expect(plan([quake, flood], first, new Set(['flood'])).documents.map((d) => d.slug)).toEqual(['flood']);
  });
});

describe('chartReferences', () => {
  it('finds the slugs charts are placed with, however the attribute is quoted, with page and line', () => {
    const mdx = `<CasualtyChart slug="a-report" headingLevel={3} />\n<TimelineChart idPrefix="x" slug='b-report' />\n<CasualtyChart slug={"c-report"} />\n<FigureList slug="not-a-chart" />`;
    const references = chartReferences([
      { file: 'src/pages/a.mdx', source: mdx },
      { file: 'src/pages/b.astro', source: '\n\n<TimelineChart slug={`d-report`} />' },
    ]);
    expect(references).toEqual([
      { file: 'src/pages/a.mdx', line: 1, component: 'CasualtyChart', slug: 'a-report' },
      { file: 'src/pages/a.mdx', line: 2, component: 'TimelineChart', slug: 'b-report' },
      { file: 'src/pages/a.mdx', line: 3, component: 'CasualtyChart', slug: 'c-report' },
      { file: 'src/pages/b.astro', line: 3, component: 'TimelineChart', slug: 'd-report' },
    ]);
    expect(chartReferences([{ file: 'x.mdx', source: '<CasualtyChart doc={doc} />' }])).toEqual([]);
  });

  it('names each chart whose slug no document has, in one line with page and line', () => {
    const references = chartReferences([
      { file: 'src/pages/notes.mdx', source: 'Intro\n\n<CasualtyChart slug="gone" />\n<TimelineChart slug="here" />' },
    ]);
    expect(missingChartDocuments(references, new Set(['here']))).toEqual([
      'src/pages/notes.mdx:3: CasualtyChart names slug "gone", which no document has; the page shows a placeholder',
    ]);
    expect(missingChartDocuments(references, new Set(['here', 'gone']))).toEqual([]);
  });
});

describe('renderRuns', () => {
  it('cuts documents into near-equal runs no larger than the limit', () => {
    const items = Array.from({ length: 2501 }, (_, i) => i);
    const runs = renderRuns(items, 1000);
    expect(runs.map((r) => r.length)).toEqual([834, 834, 833]);
    expect(runs.flat()).toEqual(items);
    expect(renderRuns([], 1000)).toEqual([[]]);
    expect(renderRuns([1, 2], 1000)).toEqual([[1, 2]]);
  });
});
