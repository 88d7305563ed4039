// `_headers` (Netlify / Cloudflare Pages format): HTTP headers a static host adds to every response.
// A CSP <meta> cannot carry frame-ancestors, so framing is controlled here: explainer, home, about and
// 404 pages may not be framed by any site (clickjacking); embed pages (/embed/…) may be framed by all.
// Rules never overlap, because hosts differ in how they merge two rules matching one path.
// (The file is named [headers].ts because Astro ignores page files whose name starts with "_".)
import type { APIRoute, GetStaticPaths } from 'astro';

export const getStaticPaths: GetStaticPaths = () => [{ params: { headers: '_headers' } }];

// Every page outside /embed/, read from this folder so a new page is covered without editing this file
// (tests/security.test.ts fails when a built page is not).
const PAGE_FILES = Object.keys(import.meta.glob('./**/*.{astro,md,mdx}'));

function frameDeniedPaths(files: string[]): string[] {
  const paths = new Set<string>();
  for (const file of files) {
    const [first, ...rest] = file.replace(/^\.\//, '').split('/');
    const name = first.replace(/\.(astro|mdx?)$/, '');
    if (name === 'embed' || name.startsWith('[')) continue;
    if (!rest.length && name === 'index') paths.add('/').add('/index.html');
    else if (!rest.length && name === '404') paths.add('/404.html');
    else paths.add(`/${name}/*`);
  }
  return [...paths].sort();
}
const COMMON = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];

function rule(path: string, headers: string[]): string {
  return [path, ...headers.map((h) => `  ${h}`)].join('\n');
}

export const GET: APIRoute = () => {
  const rules = [
    ...frameDeniedPaths(PAGE_FILES).map((path) =>
      rule(path, ['X-Frame-Options: DENY', "Content-Security-Policy: frame-ancestors 'none'", ...COMMON]),
    ),
    rule('/embed/*', ['Content-Security-Policy: frame-ancestors *', ...COMMON]),
  ];
  return new Response(`${rules.join('\n\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
