// A static oEmbed "rich" response for a "figures over time" chart, like the per-document charts' ones.
import type { APIRoute } from 'astro';
import { documentsNewestFirst } from '../../../../lib/documents.ts';
import { requireSite } from '../../../../lib/embeds.ts';
import { oEmbedJson } from '../../../../embed/oembed.ts';
import { REFERENCE_WIDTH } from '../../../../embed/height.ts';
import { figureSeries, type FigureSeries } from '../../../../cross/figure-series.ts';
import { seriesEmbed } from '../../../../cross/figures-embed.ts';
import { SITE_NAME } from '../../../../site.ts';

export async function getStaticPaths() {
  const { series } = figureSeries(await documentsNewestFirst());
  return series.map((s) => ({ params: { series: s.slug }, props: { series: s } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { series } = props as { series: FigureSeries };
  const root = requireSite(site);
  const embed = seriesEmbed(series, root);
  const json = oEmbedJson({ src: embed.url, title: embed.title, width: REFERENCE_WIDTH, height: embed.height, providerName: SITE_NAME, providerUrl: new URL('/', root).href });
  return new Response(`${JSON.stringify(json)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
