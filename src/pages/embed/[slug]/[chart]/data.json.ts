// The chart's data as the content collection holds it (the charted figures, or the events), with
// where it comes from.
import type { APIRoute } from 'astro';
import { embedInfo, embedStaticPaths, requireSite } from '../../../../lib/embeds.ts';
import type { EmbedTarget } from '../../../../embed/targets.ts';
import { SITE_NAME } from '../../../../site.ts';

export const getStaticPaths = embedStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { target } = props as { target: EmbedTarget };
  const embed = embedInfo(target, requireSite(site));
  const doc = target.doc;
  const body = {
    chart: target.chart,
    title: target.heading,
    description: target.summary,
    credit: target.credit,
    provider: SITE_NAME,
    explainer: embed.explainerUrl,
    embed: embed.url,
    document: doc ? { slug: doc.slug, title: doc.title, source: doc.source, url: doc.url, published: doc.published } : null,
    ...(target.chart === 'casualties'
      ? { figures: target.figures }
      : { events: target.items.map((item) => (item.href ? { ...item, href: new URL(item.href, embed.explainerUrl).href } : item)) }),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
