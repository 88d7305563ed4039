// A static oEmbed "rich" response for the chart (discovered through the pages' <link rel="alternate">).
import type { APIRoute } from 'astro';
import { embedInfo, embedStaticPaths, requireSite } from '../../../../lib/embeds.ts';
import { oEmbedJson } from '../../../../embed/oembed.ts';
import { REFERENCE_WIDTH } from '../../../../embed/height.ts';
import type { EmbedTarget } from '../../../../embed/targets.ts';
import { SITE_NAME } from '../../../../site.ts';

export const getStaticPaths = embedStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { target } = props as { target: EmbedTarget };
  const root = requireSite(site);
  const embed = embedInfo(target, root);
  const json = oEmbedJson({
    src: embed.url,
    title: `Chart: ${target.heading}`,
    width: REFERENCE_WIDTH,
    height: embed.height,
    providerName: SITE_NAME,
    providerUrl: new URL('/', root).href,
    authorName: target.outlet,
    authorUrl: target.doc?.url ?? null,
  });
  return new Response(`${JSON.stringify(json)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
