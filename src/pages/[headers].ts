// `_headers` (Netlify / Cloudflare Pages format): HTTP headers a static host adds to every response.
// A CSP <meta> cannot carry frame-ancestors, so framing is controlled here: explainer, home, about and
// 404 pages may not be framed by any site (clickjacking); embed pages (/embed/…, a story's series under /embed/stories/)
// may be framed by all. Rules never overlap, because hosts differ in how they merge two rules matching
// one path; a route parameter is a ":name" placeholder, which Netlify and Cloudflare Pages both read.
// (The file is named [headers].ts because Astro ignores page files whose name starts with "_".)
import type { APIRoute, GetStaticPaths } from 'astro';
import { frameRules } from '../lib/frame-rules.ts';

export const getStaticPaths: GetStaticPaths = () => [{ params: { headers: '_headers' } }];

// Every page file, read from this folder so a new page is covered without editing this file
// (tests/security.test.ts fails when a built page is not).
const PAGE_FILES = Object.keys(import.meta.glob('./**/*.{astro,md,mdx}'));

const COMMON = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];

function rule(path: string, headers: string[]): string {
  return [path, ...headers.map((h) => `  ${h}`)].join('\n');
}

export const GET: APIRoute = () => {
  const { denied, framable } = frameRules(PAGE_FILES);
  const rules = [
    ...denied.map((path) => rule(path, ['X-Frame-Options: DENY', "Content-Security-Policy: frame-ancestors 'none'", ...COMMON])),
    ...framable.map((path) => rule(path, ['Content-Security-Policy: frame-ancestors *', ...COMMON])),
  ];
  return new Response(`${rules.join('\n\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
