// Held-out check: runs the whole extraction over hand-written news articles in many outlet styles
// (tests/fixtures/articles, written for this test, never used to shape the rules) and scores it with
// the same matching rules as the shared evaluation. It prints every miss, then asserts the targets.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../ingest/parse.ts';
import { extractDocument } from './index.ts';
import { emptyTally, formatRates, rates, scoreDocument, type Gold } from '../../tests/helpers/scoring.ts';

const articlesDir = fileURLToPath(new URL('../../tests/fixtures/articles/', import.meta.url));

describe('held-out news articles', () => {
  const files = fs
    .readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const tally = emptyTally();
  const misses: string[] = [];
  for (const file of files) {
    const { document } = parseSeed(file, fs.readFileSync(path.join(articlesDir, file)));
    const doc = extractDocument(document, file.replace(/\.txt$/, ''));
    const gold = JSON.parse(fs.readFileSync(path.join(articlesDir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
    for (const miss of scoreDocument(doc, gold, tally)) misses.push(`${file}: ${miss}`);
  }
  const m = rates(tally);
  if (process.env.SHOW_MISSES !== '0') console.log([...misses, formatRates(m, tally)].join('\n'));

  it('has at least 14 annotated articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(tally.figGold).toBeGreaterThan(100);
  });
  it('finds figures with the right measure (>= 95%) and few wrong ones (>= 90% precision)', () => {
    expect(m.figureMeasureRecall).toBeGreaterThanOrEqual(0.95);
    expect(m.figurePrecision).toBeGreaterThanOrEqual(0.9);
  });
  it('finds quotes (>= 95%) and their speakers (>= 90%)', () => {
    expect(m.quoteRecall).toBeGreaterThanOrEqual(0.95);
    expect(m.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });
  it('finds dated events (>= 90%) with >= 90% precision', () => {
    expect(m.dateRecall).toBeGreaterThanOrEqual(0.9);
    expect(m.datePrecision).toBeGreaterThanOrEqual(0.9);
  });
});
