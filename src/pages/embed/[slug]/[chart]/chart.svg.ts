// The chart as a standalone SVG image, title and source inside.
import type { APIRoute } from 'astro';
import { embedStaticPaths, requireSite } from '../../../../lib/embeds.ts';
import { chartImageSvg } from '../../../../lib/embed-image.ts';
import type { EmbedTarget } from '../../../../embed/targets.ts';

export const getStaticPaths = embedStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { target } = props as { target: EmbedTarget };
  return new Response(chartImageSvg(target, requireSite(site)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
