// The site's embeds with everything their pages, downloads and embed codes need. Pure: the pages and
// the build's chart files (src/embed/chart-files.ts) compute the same values from the same documents.
import { layoutCasualty } from '../charts/casualty/layout.ts';
import { layoutTimeline } from '../charts/timeline/layout.ts';
import { embedCode, iframeCode } from './embed-code.ts';
import { estimateEmbedHeight, REFERENCE_WIDTH } from './height.ts';
import { absoluteUrl, embedFilePath, embedPath, HOST_SCRIPT_PATH } from '../lib/paths.ts';
import { documentEmbeds, type EmbedTarget } from './targets.ts';
import type { ExtractedDocument } from '../schema/document.ts';

export interface EmbedInfo extends EmbedTarget {
  url: string; // absolute URL of the embed page
  explainerUrl: string;
  oembedUrl: string;
  height: number; // estimated starting height at REFERENCE_WIDTH
  code: string; // iframe + sizing script
  iframe: string; // iframe alone
}

/** The chart's height, for the height estimate. */
function chartSize(target: EmbedTarget): { layoutHeight: number } {
  const layout = target.chart === 'casualties' ? layoutCasualty(target.doc!)! : layoutTimeline(target.items)!;
  return { layoutHeight: layout.height };
}

export function embedInfo(target: EmbedTarget, site: URL | string): EmbedInfo {
  const url = absoluteUrl(embedPath(target.slug, target.chart), site);
  const link = target.doc ? 'Read the explainer' : 'See the timeline of every story';
  const height = estimateEmbedHeight(
    { chart: target.chart, context: target.context, heading: target.heading, credit: `${target.credit}. ${link}`, ...chartSize(target) },
    REFERENCE_WIDTH,
  );
  const title = `Chart: ${target.heading}`;
  return {
    ...target,
    url,
    explainerUrl: absoluteUrl(target.explainerPath, site),
    oembedUrl: absoluteUrl(embedFilePath(target.slug, target.chart, 'oembed.json'), site),
    height,
    code: embedCode({ src: url, title, height, scriptSrc: absoluteUrl(HOST_SCRIPT_PATH, site) }),
    iframe: iframeCode({ src: url, title, height }),
  };
}

/** One document's embeds, for its explainer page. */
export function embedsOf(doc: ExtractedDocument, site: URL | string): EmbedInfo[] {
  return documentEmbeds(doc).map((target) => embedInfo(target, site));
}
