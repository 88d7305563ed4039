// The old addresses of documents an editor moved (front matter `slug:`; src/ingest/slug-registry.ts):
// each old explainer and embed page becomes a small redirect page (a canonical link and a meta refresh,
// which any static host serves and the CSP allows: no script), each old oembed.json a copy of the new
// one (oEmbed consumers read JSON, not pages), and a `_redirects` file tells hosts that read it
// (Netlify, Cloudflare Pages) to answer every old URL, downloads included, with a 301.
import type { SlugRedirect } from '../ingest/ingest.ts';
import { escapeXml } from '../lib/escape-xml.ts';
import { absoluteUrl, embedFilePath, embedPath, explainerPath } from '../lib/paths.ts';
import type { ExtractedDocument } from '../schema/document.ts';
import { embeddableCharts } from '../embed/targets.ts';
import { pageFile } from './render-plan.ts';

/** The redirect page of a moved URL: where it went, for people, crawlers and iframes. */
export function redirectPage(title: string, to: string, site: URL | string): string {
  const href = escapeXml(to);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${escapeXml(title)}</title>
<link rel="canonical" href="${escapeXml(absoluteUrl(to, site))}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<main><p>This page has moved: <a href="${href}">${escapeXml(title)}</a>.</p></main>
</body>
</html>
`;
}

/**
 * Every file the moved addresses need, by path in the site: redirect pages, oEmbed copies (read with
 * `readFile` from the new site) and `_redirects`. Old slugs that a live document has now are skipped.
 */
export function redirectFiles(
  redirects: readonly SlugRedirect[],
  documents: readonly ExtractedDocument[],
  site: URL | string,
  readFile: (path: string) => string | undefined,
): Map<string, string> {
  const bySlug = new Map(documents.map((doc) => [doc.slug, doc]));
  const files = new Map<string, string>();
  const rules: string[] = [];
  for (const { from, to } of redirects) {
    const doc = bySlug.get(to);
    if (!doc || bySlug.has(from)) continue;
    files.set(pageFile(explainerPath(from)), redirectPage(doc.title, explainerPath(to), site));
    rules.push(`${explainerPath(from)}* ${explainerPath(to)}:splat 301`);
    for (const chart of embeddableCharts(doc)) {
      files.set(pageFile(embedPath(from, chart)), redirectPage(doc.title, embedPath(to, chart), site));
      const oembed = readFile(embedFilePath(to, chart, 'oembed.json').slice(1));
      if (oembed !== undefined) files.set(embedFilePath(from, chart, 'oembed.json').slice(1), oembed);
    }
    rules.push(`/embed/${from}/* /embed/${to}/:splat 301`);
  }
  if (rules.length) files.set('_redirects', `${rules.join('\n')}\n`);
  return files;
}
