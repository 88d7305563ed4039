// One ingest pass of the dev server (src/integrations/seed-watch.ts): seeds and their edits files -> the
// content folder's documents and the cross-document views beside them, with errors and edits that
// found nothing logged and written to the report that the home page lists.
import type { AstroIntegrationLogger } from 'astro';
import { siteViews } from '../cross/site-views.ts';
import { writeContentFolder } from '../build/content-folder.ts';
import { ingestSeeds } from '../ingest/ingest.ts';
import { ingestSummary } from '../ingest/report.ts';
import { readSlugRegistry } from '../ingest/slug-registry.ts';
import { writeIngestReport } from '../lib/dev-ingest-report.ts';

/** One ingest pass that reports to the logger and the dev report; never throws. */
export function makeIngestRun(options: {
  seedsDir: string;
  contentDir: string; // the content folder: documents/ and the views beside them
  cacheDir: string;
  cacheVersion: string;
  reportFile: string;
  slugRegistry?: string; // published-slugs.json: read, never written (only `npm run build` publishes)
  // Old slug -> slug now, filled by each pass so the open page of a moved document follows it: the
  // registry's old slugs, and the moves of this session (a draft's title edited, a `slug:` changed).
  moved?: Map<string, string>;
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;
  onReportChange?: () => void;
}): () => void {
  const { logger, moved = new Map<string, string>() } = options;
  const slugOf = new Map<string, string>(); // seed file -> its slug in the last pass
  return () => {
    const started = performance.now();
    let errors: string[];
    let warnings: string[] = [];
    let staleEdits: string[] = [];
    let result: ReturnType<typeof ingestSeeds> | undefined;
    try {
      result = ingestSeeds({
        seedsDir: options.seedsDir,
        cacheDir: options.cacheDir,
        cacheVersion: options.cacheVersion,
        slugs: options.slugRegistry ? readSlugRegistry(options.slugRegistry) : undefined,
      });
      ({ errors, warnings, staleEdits } = result);
      for (const line of errors) logger.error(line);
      for (const line of staleEdits) logger.warn(line);
      logger.info(ingestSummary(result, performance.now() - started));
      followMoves(moved, slugOf, result);
    } catch (error) {
      errors = [`ingest failed: ${error instanceof Error ? error.message : String(error)}`];
      logger.error(errors[0]);
    }
    // The report first, then the documents: a changed document reloads the open page (Astro's content
    // layer), which then reads the new report too. Two reloads close together could lose the second
    // while the page is loading, so the report asks for one only when no document changed.
    let reportChanged = false;
    try {
      reportChanged = writeIngestReport(options.reportFile, { errors, warnings, staleEdits });
    } catch (error) {
      logger.warn(`could not write the ingest report: ${error instanceof Error ? error.message : String(error)}`);
    }
    let contentChanged = false;
    try {
      // The site-wide pages read views of every document, computed again whenever one changes.
      if (result) contentChanged = writeContentFolder(options.contentDir, { documents: result.documents, ...siteViews(result.documents) });
    } catch (error) {
      logger.error(`could not write the content folder: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (reportChanged && !contentChanged) options.onReportChange?.();
  };
}

/** Records where each document's old slugs lead now; a slug a document has again leads nowhere else. */
function followMoves(
  moved: Map<string, string>,
  slugOf: Map<string, string>,
  result: Pick<ReturnType<typeof ingestSeeds>, 'documents' | 'redirects'>,
): void {
  const now = new Map<string, string>(); // old slug -> new, from this pass
  for (const { from, to } of result.redirects) now.set(from, to);
  for (const doc of result.documents) {
    const before = slugOf.get(doc.file);
    if (before && before !== doc.slug) now.set(before, doc.slug);
    slugOf.set(doc.file, doc.slug);
  }
  for (const [from, to] of moved) if (now.has(to)) moved.set(from, now.get(to)!);
  for (const [from, to] of now) moved.set(from, to);
  for (const doc of result.documents) moved.delete(doc.slug);
}
