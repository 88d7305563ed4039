// oEmbed 1.0 "rich" responses (https://oembed.com/), written as one static JSON file per chart. Consumers
// find it through the <link rel="alternate" type="application/json+oembed"> on explainer and embed pages.
import { iframeCode } from './embed-code.ts';

export interface OEmbedOptions {
  src: string; // absolute embed page URL
  title: string;
  width: number; // px the height was estimated for
  height: number;
  providerName: string;
  providerUrl: string;
  authorName?: string | null; // the outlet whose report the chart is drawn from
  authorUrl?: string | null;
  thumbnail?: { url: string; width: number; height: number }; // the chart's PNG
}

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name: string;
  provider_url: string;
  author_name?: string;
  author_url?: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
  cache_age: number;
}

export function oEmbedJson(options: OEmbedOptions): OEmbedRich {
  const height = Math.max(1, Math.round(options.height));
  const out: OEmbedRich = {
    version: '1.0',
    type: 'rich',
    title: options.title,
    // The bare iframe: oEmbed consumers (CMSs, social sites) often strip scripts, and the iframe works alone.
    html: iframeCode({ src: options.src, title: options.title, height }),
    width: Math.round(options.width),
    height,
    provider_name: options.providerName,
    provider_url: options.providerUrl,
    cache_age: 86_400,
  };
  if (options.authorName) out.author_name = options.authorName;
  if (options.authorName && options.authorUrl && /^https?:\/\//.test(options.authorUrl)) out.author_url = options.authorUrl;
  if (options.thumbnail) {
    // oEmbed 1.0: the three thumbnail fields come together or not at all.
    out.thumbnail_url = options.thumbnail.url;
    out.thumbnail_width = options.thumbnail.width;
    out.thumbnail_height = options.thumbnail.height;
  }
  return out;
}
