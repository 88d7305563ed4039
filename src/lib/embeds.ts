// The site's embeds with everything their pages, downloads and embed codes need. Pure: the pages and
// the build's chart files (src/lib/chart-files.ts) compute the same values from the same documents.
import { layoutCasualties } from '../charts/casualty/layout.ts';
import { layoutTimeline } from '../charts/timeline/layout.ts';
import { embedCode, iframeCode } from '../embed/embed-code.ts';
import { estimateEmbedHeight, REFERENCE_WIDTH } from '../embed/height.ts';
import { absoluteUrl, embedFilePath, embedPath, HOST_SCRIPT_PATH } from './paths.ts';
import { documentEmbeds, type EmbedTarget } from '../embed/targets.ts';
import type { SeedDocument } from '../schema/document.ts';

export interface EmbedInfo extends EmbedTarget {
  url: string; // absolute URL of the embed page
  explainerUrl: string;
  oembedUrl: string;
  height: number; // estimated starting height at REFERENCE_WIDTH
  code: string; // iframe + sizing script
  iframe: string; // iframe alone
  caption: string; // the chart's figcaption, as the component writes it
  notes: string[]; // the chart's visible notes
}

/** The texts the chart components print around the graphic (kept in step with them for the height estimate). */
function chartChrome(target: EmbedTarget): { layoutWidth: number; layoutHeight: number; notes: string[]; caption: string } {
  const source = target.doc?.source ? ` (${target.doc.source})` : '';
  if (target.chart === 'casualties') {
    const layout = layoutCasualties(target.figures)!;
    const notes: string[] = [];
    if (layout.scaleNote) notes.push(layout.scaleNote);
    if (layout.sources.length > 0) notes.push(`Source: ${layout.sources.join('; ')}.`);
    if (layout.unattributed > 0) notes.push(`${layout.unattributed} figures are not attributed in the text.`);
    const caption = `Numbers of people, as reported in “${target.context}”${source}. Figures are extracted automatically from the article text; each bar is one reported figure.`;
    return { layoutWidth: layout.width, layoutHeight: layout.height, notes, caption };
  }
  const layout = layoutTimeline(target.items)!;
  const notes = layout.marks.some((m) => m.kind !== 'point')
    ? [
        'A dot marks a single day; a bracket marks an event dated only to a week, month or year; a solid bar runs from the start to the end of a span.',
      ]
    : [];
  const caption = target.doc
    ? `Dates as given in “${target.context}”${source}, resolved against its publication date; extracted automatically.`
    : 'Dates as given in the source articles, resolved against each publication date; extracted automatically.';
  return { layoutWidth: layout.width, layoutHeight: layout.height, notes, caption };
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
    caption: chrome.caption,
    notes: chrome.notes,
  };
}

/** One document's embeds, for its explainer page. */
export function embedsOf(doc: SeedDocument, site: URL | string): EmbedInfo[] {
  return documentEmbeds(doc).map((target) => embedInfo(target, site));
}
