// Astro integration for `astro dev`: serves the charts' download and oEmbed files (CSV, JSON, SVG, PNG,
// oembed.json), which `npm run build` writes after Astro rather than as pages (src/build/chart-writer.ts).
// Each request reads the current content folder, so a saved seed's downloads are fresh on the next
// request: the documents and the views seed-watch writes beside them (src/integrations/ingest-run.ts),
// and only the asked-for chart is rendered.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ChartSources } from '../embed/chart-files.ts';
import { contentDir } from '../lib/build-env.ts';
import { EMBED_FILES } from '../lib/paths.ts';
import type { ExtractedDocument } from '../schema/document.ts';
import type { Story, SiteIndex } from '../schema/views.ts';

const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
};
/** Only these URLs can be chart files (src/lib/paths.ts); everything else goes straight on to Astro. */
const FILE_NAMES = EMBED_FILES.map((file) => file.replace('.', '\\.')).join('|');
const CHART_FILE_URL = new RegExp(`^/(?:(?:embed/[^/]+/[^/]+|figures/[^/]+/embed)/(?:${FILE_NAMES})|explainers/[^/]+/share\\.png)$`);

/** A collection folder's entries (`<id>.json`), parsed. */
function readCollection<T>(dir: string): T[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as T);
}

/** The charts' sources in a content folder; null before seed-watch has written its views. */
function readChartSources(contentDir: string): ChartSources | null {
  const [index] = readCollection<SiteIndex>(path.join(contentDir, 'site'));
  if (!index) return null;
  return {
    documents: readCollection<ExtractedDocument>(path.join(contentDir, 'documents')),
    stories: readCollection<Story>(path.join(contentDir, 'stories')),
    timeline: index.timeline,
  };
}

export default function chartFileServer(): AstroIntegration {
  let root = process.cwd();
  let site = new URL('http://localhost/');
  let cacheDir = '';
  return {
    name: 'news-explainers:chart-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        if (config.site) site = new URL(config.site);
      },
      'astro:server:setup': async ({ server, logger }) => {
        // The chart code and the rasteriser are loaded here, not with the config: `astro build` never needs them.
        const [{ chartFileAt }, { svgToPngCached }, { pngCacheDir }] = await Promise.all([
          import('../embed/chart-files.ts'),
          import('../embed/png.ts'),
          import('../build/chart-writer.ts'),
        ]);
        const contentFolder = path.resolve(root, contentDir());
        server.middlewares.use((req, res, next) => {
          const url = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          if (!CHART_FILE_URL.test(url)) return next();
          const sources = readChartSources(contentFolder);
          const file = sources && chartFileAt(sources, site, url.slice(1));
          if (!file) return next();
          const send = (body: string | Buffer) => {
            res.setHeader('Content-Type', TYPES[path.extname(url)] ?? 'application/octet-stream');
            res.end(body);
          };
          if ('text' in file) return send(file.text);
          svgToPngCached(file.pngOf, pngCacheDir(cacheDir)).then(send, (error: unknown) => {
            logger.error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
            next(error);
          });
        });
      },
    },
  };
}
