// /embed.js: the optional script of an embed code that keeps our iframes as tall as their content.
import type { APIRoute } from 'astro';
import { hostScript } from '../embed/host-script.ts';
import { requireSite } from '../lib/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(hostScript(requireSite(site).origin), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
