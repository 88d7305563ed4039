import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc } from '../../tests/helpers/chart-fixtures.ts';
import { MAX_SEARCH_SHARDS, searchRecord, searchShards, shardList, writeSearchIndex } from './search-index.ts';

const quake = doc({
  lang: 'en-GB',
  paragraphs: [
    { text: 'At least 212 people died.', sentences: [] },
    { text: 'Rescuers searched the rubble.', sentences: [] },
  ],
});
const many = (n: number) => Array.from({ length: n }, (_, i) => doc({ slug: `report-${i}`, title: `Report ${i}` }));

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

describe('searchShards', () => {
  it('keeps a small site in one shard, the pagefind folder', () => {
    expect(searchShards(many(3), 250).map((s) => [s.dir, s.documents.length])).toEqual([['pagefind', 3]]);
    expect(searchShards([], 250).map((s) => s.dir)).toEqual(['pagefind']);
  });

  it('splits a larger site into a few shards, each document always in the same one', () => {
    const shards = searchShards(many(999), 250);
    expect(shards.map((s) => s.dir)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3', 'pagefind-4']);
    expect(shards.reduce((n, s) => n + s.documents.length, 0)).toBe(999);
    for (const shard of shards) expect(shard.documents.length).toBeGreaterThan(150);
    // Adding a document changes its own shard only (unless it takes the site past a multiple of the
    // shard size: then there is one more shard, and every document may move).
    const grown = searchShards([...many(999), doc({ slug: 'late-report', title: 'Late report' })], 250);
    expect(grown.filter((s, i) => JSON.stringify(s.documents) !== JSON.stringify(shards[i].documents))).toHaveLength(1);
    expect(searchShards(many(100_000), 250)).toHaveLength(MAX_SEARCH_SHARDS);
  });

  it('lists the shards the search page merges', () => {
    expect(JSON.parse(shardList(searchShards(many(600), 250)))).toEqual(['/pagefind-2/', '/pagefind-3/']);
  });
});

describe('writeSearchIndex', () => {
  it('writes a Pagefind bundle per shard with one page per document and language', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    try {
      const documents = [
        quake,
        doc({ slug: 'seisme', title: 'Séisme', lang: 'fr', paragraphs: [{ text: 'Au moins 12 morts.', sentences: [] }] }),
      ];
      await writeSearchIndex(searchShards(documents, 250), site);
      const entry = JSON.parse(fs.readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]))).toEqual({ en: 1, fr: 1 });
      expect(fs.existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
      // One document per shard: two bundles.
      await writeSearchIndex(searchShards(documents, 1), site);
      expect(fs.existsSync(path.join(site, 'pagefind-2', 'pagefind-entry.json'))).toBe(true);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
