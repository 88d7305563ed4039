import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc } from '../charts/test-fixtures.ts';
import { searchRecord, writeSearchIndex } from './search-index.ts';

const quake = doc({ lang: 'en-GB', paragraphs: [{ text: 'At least 212 people died.', sentences: [] }, { text: 'Rescuers searched the rubble.', sentences: [] }] });

describe('searchRecord', () => {
  it('indexes the title and the article text under the explainer URL, by primary language', () => {
    expect(searchRecord(quake)).toEqual({
      url: '/explainers/quake-in-the-hills/',
      content: 'Quake in the hills\nAt least 212 people died.\nRescuers searched the rubble.',
      language: 'en',
      meta: { title: 'Quake in the hills' },
    });
  });
});

describe('writeSearchIndex', () => {
  it('writes a Pagefind bundle with one page per document and language', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    try {
      await writeSearchIndex([quake, doc({ slug: 'seisme', title: 'Séisme', lang: 'fr', paragraphs: [{ text: 'Au moins 12 morts.', sentences: [] }] })], site);
      const entry = JSON.parse(fs.readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]))).toEqual({ en: 1, fr: 1 });
      expect(fs.existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
