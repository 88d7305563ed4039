// The chart as a PNG at twice its design size, rendered at build time from the standalone SVG.
import type { APIRoute } from 'astro';
import { embedStaticPaths, requireSite } from '../../../../lib/embeds.ts';
import { chartImageSvg } from '../../../../lib/embed-image.ts';
import { svgToPngCached } from '../../../../embed/png.ts';
import { pngCacheDir } from '../../../../lib/build-cache.ts';
import type { EmbedTarget } from '../../../../embed/targets.ts';

export const getStaticPaths = embedStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { target } = props as { target: EmbedTarget };
  const png = await svgToPngCached(chartImageSvg(target, requireSite(site), 2), pngCacheDir());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
