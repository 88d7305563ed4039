// Untrusted seeds on the built fixture site (which includes the hostile seeds in tests/fixtures/seeds):
// nothing from a seed becomes markup, script or a dangerous link; every page carries one strict CSP;
// the _headers file keeps pages out of foreign frames but lets embeds in; a failed build keeps the old site.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../src/build/build-site.ts';
import { htmlPages } from './helpers/site-pages.ts';

const siteDir = inject('siteDir');
const root = path.resolve(import.meta.dirname, '..');
const pages = htmlPages(siteDir);
const fileOf = (page: string) => path.join(siteDir, page.endsWith('/') ? `${page}index.html` : page);
const html = (page: string) => fs.readFileSync(fileOf(page), 'utf8');
const hostileSlugs = fs.readdirSync(path.join(siteDir, 'explainers')).filter((slug) => /script|markdown-links/.test(slug));

/** Decodes the character references a browser decodes in an attribute value. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(tab|newline);/gi, ' ')
    .replace(/&colon;/gi, ':')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

interface Element {
  name: string; // lower case
  attrs: [string, string][]; // name (lower case), decoded value
  index: number; // offset of "<"
  text: string; // contents of <script> and <style>
}

/**
 * The start tags of a page as a browser's tokenizer sees them: quoted attribute values may hold "<" and
 * ">" (Astro escapes only quotes and ampersands there, which is safe), comments are skipped, and
 * script/style contents are raw text.
 */
function elements(html: string): Element[] {
  const out: Element[] = [];
  let i = 0;
  while ((i = html.indexOf('<', i)) >= 0) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(i, i + 64));
    if (!name) {
      i++;
      continue;
    }
    const start = i;
    i += name[0].length;
    const attrs: [string, string][] = [];
    const attr = /\s*([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\/?\s*(>)/y;
    for (;;) {
      attr.lastIndex = i;
      const m = attr.exec(html);
      if (!m) {
        i++;
        if (i >= html.length) break;
        continue;
      }
      i = attr.lastIndex;
      if (m[5]) break;
      attrs.push([m[1].toLowerCase(), decodeAttribute(m[2] ?? m[3] ?? m[4] ?? '')]);
    }
    const tag = name[1].toLowerCase();
    let text = '';
    if (tag === 'script' || tag === 'style') {
      const end = html.indexOf(`</${tag}`, i);
      text = html.slice(i, end < 0 ? html.length : end);
      i = end < 0 ? html.length : end;
    }
    out.push({ name: tag, attrs, index: start, text });
  }
  return out;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'background', 'ping']);

/** Every URL-valued attribute in a page, with whitespace and controls removed as browsers do. */
function urlAttributes(html: string): string[] {
  const found: string[] = [];
  for (const el of elements(html)) {
    for (const [name, value] of el.attrs) {
      const refresh = name === 'content' && el.attrs.some(([n, v]) => n === 'http-equiv' && /refresh/i.test(v));
      if (URL_ATTRIBUTES.has(name) || refresh) found.push(value.replace(/[\u0000-\u0020\u007F-\u009F]/g, ''));
    }
  }
  return found;
}

describe('seed text never becomes markup, script or a dangerous link', () => {
  it('builds the hostile seeds into pages', () => {
    expect(hostileSlugs.length).toBe(2);
  });

  it('has no javascript:, vbscript: or data: URL in any href, src or similar attribute of any page', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const url of urlAttributes(html(page)))
        if (/(?:^|[;,=]\s*|url=)(?:javascript|vbscript|data):/i.test(url)) bad.push(`${page}: ${url.slice(0, 80)}`);
    }
    expect(bad).toEqual([]);
  });

  it('has no element or event-handler attribute from a seed: every payload is escaped text', () => {
    const report: string[] = [];
    for (const page of pages) {
      for (const el of elements(html(page))) {
        // The site itself never uses inline handlers (the CSP would block them), so any is injected.
        for (const [name] of el.attrs) if (/^on/.test(name)) report.push(`${page}: <${el.name} ${name}>`);
        if (
          ['iframe', 'img', 'svg', 'component', 'textarea', 'object', 'embed', 'base', 'form'].includes(el.name) &&
          el.attrs.some(([, v]) => /__pwned|^x$/.test(v))
        )
          report.push(`${page}: <${el.name}>`);
        if (el.name === 'meta' && el.attrs.some(([n, v]) => n === 'http-equiv' && /refresh/i.test(v))) report.push(`${page}: meta refresh`);
        if (el.name === 'script' && /__pwned|alert\(/.test(el.text)) report.push(`${page}: script ${el.text.slice(0, 60)}`);
        if (el.name === 'component') report.push(`${page}: <component> from seed text`);
      }
    }
    expect(report).toEqual([]);
    const page = html(`/explainers/${hostileSlugs.find((s) => s.startsWith('script'))}/`);
    // The title is shown, as text: the angle brackets are character references.
    expect(page).toContain('&lt;script&gt;window.__pwned=1;document.title=&quot;pwned&quot;&lt;/script&gt; Storm =HYPERLINK(');
    expect(page).toMatch(/<title>&lt;script&gt;window.__pwned=1/);
    expect(page).toContain('{{ title }} ${title} { props } &lt;Component /&gt;');
    expect(page).toContain('&lt;img src=x onerror=&quot;window.__pwned=2;alert(1)&quot;&gt;');
    expect(page).toMatch(/<html lang="en"/);
  });

  it('keeps Markdown link targets out of the page and the words in', () => {
    const page = html(`/explainers/${hostileSlugs.find((s) => s.startsWith('markdown-links'))}/`);
    expect(page).toContain('officials said in a statement');
    expect(page).not.toMatch(/__pwned=(?:22|23|24|27|28|30)/);
  });

  it('writes the feed with seed titles escaped and no control characters', () => {
    const rss = fs.readFileSync(path.join(siteDir, 'rss.xml'), 'utf8');
    expect(rss).toContain('&lt;script&gt;window.__pwned=1');
    expect(rss).not.toMatch(/<script/i);
    expect(rss).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});

describe('Content-Security-Policy', () => {
  it('puts exactly one strict CSP meta on every page: no unsafe-inline or unsafe-eval, scripts from self and hashes only', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const text = html(page);
      const metas = [...text.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi)];
      expect(metas, page).toHaveLength(1);
      const policy = decodeAttribute(metas[0][1]);
      expect(policy, page).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\*/);
      const directives = new Map(
        policy
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)]),
      );
      expect(directives.get('default-src'), page).toEqual(["'self'"]);
      expect(directives.get('object-src'), page).toEqual(["'none'"]);
      expect(directives.get('base-uri'), page).toEqual(["'none'"]);
      const scriptSrc = directives.get('script-src') ?? [];
      expect(scriptSrc[0], page).toBe("'self'");
      // The one exception: the search page may compile Pagefind's WebAssembly ('wasm-unsafe-eval' allows
      // WebAssembly only, never JavaScript eval).
      const allowed = (s: string) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s) || (page === '/search/' && s === "'wasm-unsafe-eval'");
      expect(
        scriptSrc.slice(1).filter((s) => !allowed(s)),
        page,
      ).toEqual([]);
      // The CSP meta comes before any script, or scripts above it would run unchecked.
      const firstScript = elements(text).find((el) => el.name === 'script');
      expect(firstScript === undefined || firstScript.index > metas[0].index!, page).toBe(true);
    }
  });

  it('hashes every inline script on the page', () => {
    for (const page of pages) {
      const text = html(page);
      const policy = decodeAttribute(/http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(text)![1]);
      for (const script of elements(text).filter((el) => el.name === 'script' && !el.attrs.some(([n]) => n === 'src'))) {
        if (script.attrs.some(([n, v]) => n === 'type' && /json/.test(v))) continue;
        const hash = crypto.createHash('sha256').update(script.text).digest('base64');
        expect(policy, `${page}: inline script ${script.text.slice(0, 60)}`).toContain(`'sha256-${hash}'`);
      }
    }
  });
});

describe('_headers: frame protection on a static host', () => {
  const headers = fs.readFileSync(path.join(siteDir, '_headers'), 'utf8');
  const rules = headers
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const [pattern, ...lines] = block.split('\n');
      return { pattern: pattern.trim(), headers: lines.map((l) => l.trim()) };
    });
  // As Netlify and Cloudflare Pages read a pattern: "*" matches the rest of the path, ":name" one segment.
  const matches = (pattern: string, page: string) =>
    new RegExp(
      `^${pattern
        .replace(/[.?+^$|()[\]{}\\]/g, '\\$&')
        .replace(/:\w+/g, '[^/]+')
        .replace(/\*/g, '.*')}$`,
    ).test(page);

  it('denies framing of every page but the embeds and allows it for every embed page, series embeds too, with no overlapping rules', () => {
    for (const page of pages) {
      const forPage = rules.filter((r) => matches(r.pattern, page));
      expect(forPage.length, `${page}: ${forPage.map((r) => r.pattern)}`).toBe(1);
      const [rule] = forPage;
      if (page.startsWith('/embed/') || /^\/figures\/[^/]+\/embed\//.test(page)) {
        expect(rule.headers, page).toContain('Content-Security-Policy: frame-ancestors *');
        expect(
          rule.headers.some((h) => /X-Frame-Options/i.test(h)),
          page,
        ).toBe(false);
      } else {
        expect(rule.headers, page).toContain('X-Frame-Options: DENY');
        expect(rule.headers, page).toContain("Content-Security-Policy: frame-ancestors 'none'");
      }
    }
    expect(rules.find((r) => r.pattern === '/404.html')?.headers).toContain('X-Frame-Options: DENY');
  });

  it('is not listed in the sitemap', () => {
    const sitemaps = fs.readdirSync(siteDir).filter((f) => f.startsWith('sitemap'));
    for (const file of sitemaps) expect(fs.readFileSync(path.join(siteDir, file), 'utf8')).not.toContain('_headers');
  });
});

describe('a failed build', () => {
  const digest = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map(
        (e) =>
          `${path.relative(dir, path.join(e.parentPath, e.name))}:${crypto
            .createHash('sha256')
            .update(fs.readFileSync(path.join(e.parentPath, e.name)))
            .digest('hex')}`,
      )
      .sort();

  it('leaves the last good site byte for byte as it was', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'failed-build-'));
    try {
      // The last good site: the fixture site, copied into a published folder of its own.
      const outDir = path.join(work, 'site');
      fs.cpSync(siteDir, outDir, { recursive: true });
      const before = digest(outDir);
      expect(before.length).toBeGreaterThan(20);
      // Ingest succeeds, then the build fails: a site URL that is not a URL cannot make absolute links.
      const result = await buildSite({
        root,
        seedsDir: path.join(root, 'tests', 'fixtures', 'seeds'),
        contentDir: path.join(work, 'content'),
        outDir,
        cacheDir: path.join(work, 'cache'),
        siteUrl: 'not a url',
        quiet: true,
      });
      expect(result.ok).toBe(false);
      expect(result.astroError).toMatch(/^The site URL "not a url" is not an absolute URL/);
      expect(result.ingest.documents.length).toBeGreaterThan(5);
      expect(digest(outDir)).toEqual(before);
      expect(fs.existsSync(`${outDir}.next`)).toBe(false);
      expect(fs.existsSync(`${outDir}.previous`)).toBe(false);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
