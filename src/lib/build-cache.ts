// Where build-time caches live: Astro's cache folder (EXPLAINER_CACHE_DIR for fixture and benchmark
// builds, as astro.config.mjs uses), so each build's caches stay apart and `rm -rf node_modules` clears them.
import path from 'node:path';

export function pngCacheDir(): string {
  return path.join(process.env.EXPLAINER_CACHE_DIR || path.join(process.cwd(), 'node_modules', '.astro'), 'news-explainers-png');
}
