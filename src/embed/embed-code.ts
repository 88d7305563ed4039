// The code a publisher pastes to embed one chart: an iframe that works alone, plus an optional script
// that keeps the iframe as tall as its content. Every value is escaped; URLs must be absolute http(s).
import { escapeXml } from '../lib/escape-xml.ts';

export interface EmbedCodeOptions {
  src: string; // absolute URL of the embed page
  title: string; // the iframe's accessible name
  height: number; // starting height in px, close to the real one so the page barely shifts
  scriptSrc?: string; // absolute URL of embed.js; omitted for an iframe-only code (oEmbed, AMP)
}

function httpUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`embed URLs must be http(s): ${url}`);
  return parsed.href;
}

export function iframeCode({ src, title, height }: EmbedCodeOptions): string {
  const h = Math.max(1, Math.round(height));
  // frameborder is obsolete but still removes the border where a host's CSP blocks the style attribute.
  return `<iframe src="${escapeXml(httpUrl(src))}" title="${escapeXml(title)}" loading="lazy" width="100%" height="${h}" frameborder="0" style="border:0;width:100%;max-width:100%"></iframe>`;
}

export function embedCode(options: EmbedCodeOptions): string {
  const frame = iframeCode(options);
  return options.scriptSrc ? `${frame}\n<script async src="${escapeXml(httpUrl(options.scriptSrc))}"></script>` : frame;
}
