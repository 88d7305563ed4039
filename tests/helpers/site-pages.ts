// The HTML pages of a built site, as URL paths.
import fs from 'node:fs';
import path from 'node:path';

export function htmlPages(siteDir: string): string[] {
  return fs
    .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => `/${rel.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}
