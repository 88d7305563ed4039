// A page of the built fixture site with hand-made charts in it, for browser tests of what extraction
// cannot yet produce (facts with places, parts and ranges; expected events). The charts are rendered
// with Astro's container from tests/helpers/fact-fixtures.ts and put in place of an explainer's article,
// so they meet the site's real styles, scripts and Content-Security-Policy.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Page } from 'playwright-core';
import CasualtyChart from '../../src/components/CasualtyChart.astro';
import KeyFigures from '../../src/components/KeyFigures.astro';
import TimelineChart from '../../src/components/TimelineChart.astro';
import { doc, event, figure } from './chart-fixtures.ts';
import { floodReport, floodStory } from './fact-fixtures.ts';

/** A report whose numbers span orders of magnitude, as the sample's do. */
export const magnitudes = doc({
  slug: 'magnitudes',
  figures: [
    figure({ id: 'figure-1', value: 40000, qualifier: 'nearly', subject: 'Palestinians' }),
    figure({ id: 'figure-2', value: 91700, qualifier: 'over', measure: 'injured' }),
    figure({ id: 'figure-3', value: 1139, subject: 'Israelis' }),
    figure({ id: 'figure-4', value: 1000000, qualifier: 'more than', measure: 'displaced', place: 'Rafah' }),
  ],
});

const stormEvents = [
  event({ id: 'event-1', date: '2025-07-04', label: 'The Marrow River bursts its banks before dawn' }),
  event({ id: 'event-2', date: '2025-07-05', label: 'The county raises the death toll to 51' }),
  event({ id: 'event-3', date: '2025-07-06', label: 'Sixteen girls from the summer camp are found alive' }),
  event({ id: 'event-4', date: '2019', precision: 'year', kind: 'mention', label: 'A smaller flood' }),
  event({ id: 'event-5', date: '2025-07-14', kind: 'expected', label: 'The state opens an inquiry into the warnings' }),
];

/** The article's HTML: the key figures and casualty charts of the fixture reports, and a timeline. */
export async function fixtureArticle(): Promise<string> {
  const container = await AstroContainer.create();
  const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
    (await container.renderToString(component, { props }))
      .replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '')
      // The page already loads the chart script, as a file its Content-Security-Policy allows.
      .replace(/<script[\s\S]*?<\/script>/g, '');
  const parts = [
    '<h1>Chart fixtures</h1>',
    await render(KeyFigures, { doc: floodReport }),
    await render(CasualtyChart, { doc: floodReport, idPrefix: 'flood' }),
    await render(CasualtyChart, { doc: floodStory[3], idPrefix: 'day-4' }),
    await render(CasualtyChart, { doc: magnitudes, idPrefix: 'magnitudes' }),
    await render(TimelineChart, { doc: doc({ slug: 'storm', events: stormEvents }), idPrefix: 'storm' }),
  ];
  return `<article>${parts.join('\n')}</article>`;
}

/** Serves `article` at `path` of the site, inside the page `template` (another explainer) otherwise as built. */
export async function routeFixturePage(page: Page, siteUrl: string, template: string, path: string, article: string): Promise<string> {
  const html = await (await fetch(`${siteUrl}${template}`)).text();
  const old = /<article[^>]*>[\s\S]*<\/article>/.exec(html);
  if (!old) throw new Error(`no <article> in ${template}`);
  // The template's scripts (the chart script among them) stay, as its Content-Security-Policy names them.
  const scripts = old[0].match(/<script[\s\S]*?<\/script>/g) ?? [];
  const body = html.replace(old[0], article.replace('</article>', `${scripts.join('')}</article>`));
  const url = `${siteUrl}${path}`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  return url;
}
