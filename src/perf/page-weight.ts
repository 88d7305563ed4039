// What a page costs a reader: the HTML plus every same-site file it loads (scripts and the modules
// they import, stylesheets, images, icons), each gzipped as a server would send it.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  files: number;
  totalGzip: number; // bytes
  scriptGzip: number; // bytes
}

const REFERENCE = /<(?:script|img|link)\b[^>]*?\s(?:src|href)="([^"#?]+)[^"]*"[^>]*>/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const IMPORT = /(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g;

function toFile(siteDir: string, from: string, ref: string): string | null {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return null; // other sites are not ours to count
  const file = ref.startsWith('/') ? path.join(siteDir, ref) : path.join(path.dirname(from), ref);
  if (!fs.existsSync(file)) return null;
  return fs.statSync(file).isDirectory() ? null : file;
}

/** `pagePath` is a URL path such as "/explainers/x/"; the page and what it loads are measured. */
export function pageWeight(siteDir: string, pagePath: string): PageWeight {
  const html = path.join(siteDir, pagePath, pagePath.endsWith('/') ? 'index.html' : '');
  const seen = new Set<string>([html]);
  const queue = [html];
  let totalGzip = 0;
  let scriptGzip = 0;
  while (queue.length) {
    const file = queue.shift() as string;
    const content = fs.readFileSync(file);
    const size = gzipSync(content, { level: 9 }).length;
    totalGzip += size;
    if (file.endsWith('.js')) scriptGzip += size;
    const text = file.endsWith('.html') || file.endsWith('.js') ? content.toString('utf8') : '';
    // Scripts Astro inlines into the HTML still count against the JavaScript budget.
    const inline = file.endsWith('.html') ? [...text.matchAll(INLINE_SCRIPT)].map((m) => m[1]).join('\n') : '';
    if (inline.trim()) scriptGzip += gzipSync(inline, { level: 9 }).length;
    // Only tags that load something count: <link rel=alternate/canonical> and <a> are not fetched.
    const refs = file.endsWith('.html')
      ? [...text.matchAll(REFERENCE)].filter((m) => !/rel="(?:alternate|canonical|sitemap)"/.test(m[0])).map((m) => m[1])
      : [...text.matchAll(IMPORT)].map((m) => m[1]);
    for (const ref of refs) {
      const target = toFile(siteDir, file, ref);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return { page: pagePath, files: seen.size, totalGzip, scriptGzip };
}
