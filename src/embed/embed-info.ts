// The site's embeds with everything their pages, downloads and embed codes need. Pure: the pages and
// the build's chart files (src/embed/chart-files.ts) compute the same values from the same documents.
import { casualtyCaption, casualtyNotes } from '../charts/casualty/describe.ts';
import { layoutCasualty } from '../charts/casualty/layout.ts';
import { timelineCaption, timelineNotes } from '../charts/timeline/describe.ts';
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

/** The chart's size and the words the chart component prints around it (from describe.ts), for the height estimate. */
function chartChrome(target: EmbedTarget): { layoutHeight: number; notes: string[]; caption: string } {
  if (target.chart === 'casualties') {
    const layout = layoutCasualty(target.doc!)!;
    return { layoutHeight: layout.height, notes: casualtyNotes(target.doc!, layout), caption: casualtyCaption(target.doc!) };
  }
  const layout = layoutTimeline(target.items)!;
  return { layoutHeight: layout.height, notes: timelineNotes(layout), caption: timelineCaption(target.doc) };
}

export function embedInfo(target: EmbedTarget, site: URL | string): EmbedInfo {
  const url = absoluteUrl(embedPath(target.slug, target.chart), site);
  const chrome = chartChrome(target);
  const height = estimateEmbedHeight(
    { chart: target.chart, context: target.context, heading: target.heading, summary: target.summary, credit: target.credit, ...chrome },
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
