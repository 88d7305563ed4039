// Snapshots of what a reader sees (Observable Plot's `test/output` style): each chart's SVG, as the page
// and the standalone image draw it, one file per case under __snapshots__/. A change to a chart shows up
// as a diff of its SVG, reviewed like code. After a reviewed change: `UPDATE=1 npm test` (or `vitest -u`).
// Inputs are fixed fixtures, coordinates are rounded by the layouts, tests run with TZ=UTC, and nothing
// depends on today's date.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CasualtyChart from './CasualtyChart.astro';
import SeriesChart from './SeriesChart.astro';
import TimelineChart from './TimelineChart.astro';
import { doc, event, quakeFigures } from '../../tests/helpers/chart-fixtures.ts';
import { storySeries } from '../cross/story-series.ts';
import { fireStory } from '../../tests/helpers/story-fixtures.ts';
import { chartImageSvg } from '../embed/chart-image.ts';
import { documentEmbeds } from '../embed/targets.ts';

const quake = doc({
  figures: quakeFigures,
  events: [
    event({ id: 'event-1', date: '2025-03-13', label: 'A magnitude 6.8 quake struck the valley', text: 'on Thursday' }),
    event({ id: 'event-2', date: '2025-03-14', label: 'Rescue teams reached the last villages', text: 'on Friday' }),
    event({ id: 'event-3', date: '2025-03', precision: 'month', label: 'Aid appeal launched', text: 'in March' }),
    event({ id: 'event-4', date: '2019', precision: 'year', label: 'A smaller quake hit the valley', text: 'in 2019' }),
  ],
});
// Workers killed in the depot fire: four days, a disagreement on the second (14 and the union's 17).
const workersKilled = storySeries(fireStory()).series.find((s) => s.measure === 'killed')!;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The chart's <svg> alone, as the built page has it (dev-only source annotations removed). */
async function svgOf(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>): Promise<string> {
  const html = (await container.renderToString(component, { props })).replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
  const svg = html.match(/<svg[\s\S]*?<\/svg>/)?.[0];
  if (!svg) throw new Error('the component drew no <svg>');
  return `${svg.replace(/></g, '>\n<')}\n`;
}

describe('chart SVG snapshots', () => {
  it('casualty chart, as on the explainer page', async () => {
    await expect(await svgOf(CasualtyChart, { doc: quake, idPrefix: 'casualties' })).toMatchFileSnapshot('__snapshots__/casualty.svg');
  });

  it('timeline, as on the explainer page', async () => {
    await expect(await svgOf(TimelineChart, { doc: quake, idPrefix: 'timeline' })).toMatchFileSnapshot('__snapshots__/timeline.svg');
  });

  it('figures over time (a series), as on its page', async () => {
    expect(workersKilled.points).toHaveLength(5);
    await expect(await svgOf(SeriesChart, { series: workersKilled, idPrefix: 'series' })).toMatchFileSnapshot('__snapshots__/series.svg');
  });

  it('standalone images (the SVG download and the PNG source) of each document chart', async () => {
    const site = new URL('https://explainers.example.org/');
    for (const target of documentEmbeds(quake)) {
      const svg = `${chartImageSvg(target, site).replace(/></g, '>\n<')}\n`;
      await expect(svg).toMatchFileSnapshot(`__snapshots__/standalone-${target.chart}.svg`);
    }
  });
});
