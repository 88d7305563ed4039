// One ingest pass of the dev server (src/integrations/seed-watch.ts): seeds -> the content folder's
// documents and the cross-document views beside them, with errors logged and written to the report
// that the home page lists.
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { siteViews } from '../cross/site-views.ts';
import { writeContentFolder } from '../build/content-folder.ts';
import { ingestSeeds } from '../ingest/ingest.ts';
import { ingestSummary } from '../ingest/report.ts';
import { writeIngestReport } from '../lib/dev-ingest-report.ts';

/** One ingest pass that reports to the logger and the dev report; never throws. */
export function makeIngestRun(options: {
  seedsDir: string;
  contentDir: string; // the content folder: documents/ and the views beside them
  cacheDir: string;
  cacheVersion: string;
  reportFile: string;
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;
  onReportChange?: () => void;
}): () => void {
  const { logger } = options;
  return () => {
    const started = performance.now();
    let errors: string[];
    let warnings: string[] = [];
    try {
      const result = ingestSeeds({
        seedsDir: options.seedsDir,
        outDir: path.join(options.contentDir, 'documents'),
        cacheDir: options.cacheDir,
        cacheVersion: options.cacheVersion,
      });
      // The site-wide pages read views of every document, computed again whenever one changes.
      writeContentFolder(options.contentDir, siteViews(result.documents));
      ({ errors, warnings } = result);
      for (const line of errors) logger.error(line);
      logger.info(ingestSummary(result, performance.now() - started));
    } catch (error) {
      errors = [`ingest failed: ${error instanceof Error ? error.message : String(error)}`];
      logger.error(errors[0]);
    }
    try {
      if (writeIngestReport(options.reportFile, { errors, warnings })) options.onReportChange?.();
    } catch (error) {
      logger.warn(`could not write the ingest report: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
