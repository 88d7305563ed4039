import { describe, expect, it } from 'vitest';
import { createProgress, ingestSummary, lineStep } from './report.ts';
import type { IngestResult } from './ingest.ts';

const clock = () => {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('createProgress', () => {
  it('stays silent for small batches', () => {
    const out: string[] = [];
    const p = createProgress({ total: 50, write: (s) => out.push(s), isTTY: true });
    for (let i = 1; i <= 50; i++) p.tick(i);
    p.end();
    expect(out).toEqual([]);
  });

  it('prints plain lines every step when stderr is not a terminal, and the last one', () => {
    const out: string[] = [];
    const c = clock();
    const p = createProgress({ total: 250, write: (s) => out.push(s), isTTY: false, now: c.now });
    for (let i = 1; i <= 250; i++) {
      c.advance(10);
      p.tick(i);
    }
    p.end();
    expect(out).toEqual([
      'ingest: 100/250 documents (40%), 100 documents/s\n',
      'ingest: 200/250 documents (80%), 100 documents/s\n',
      'ingest: 250/250 documents (100%), 100 documents/s\n',
    ]);
  });

  it('redraws one terminal line at most every 250 ms and clears it at the end', () => {
    const out: string[] = [];
    const c = clock();
    const p = createProgress({ total: 100, write: (s) => out.push(s), isTTY: true, now: c.now });
    for (let i = 1; i <= 100; i++) {
      c.advance(10); // 100 documents in one second
      p.tick(i);
    }
    p.end();
    expect(out.every((s) => !s.includes('\n'))).toBe(true);
    expect(out.length).toBeLessThanOrEqual(6); // ~4 redraws + the final one + the clearing
    expect(out.at(-2)).toBe('\r\x1b[2Kingest: 100/100 documents (100%), 100 documents/s');
    expect(out.at(-1)).toBe('\r\x1b[2K');
  });

  it('spaces plain lines to about twenty per batch', () => {
    expect(lineStep(60)).toBe(100);
    expect(lineStep(1000)).toBe(100);
    expect(lineStep(10_000)).toBe(500);
  });
});

describe('ingestSummary', () => {
  it('counts documents, figures, quotes, events, warnings, errors and cache use', () => {
    const doc = { figures: [{}, {}], quotes: [{}], events: [{}, {}, {}] };
    const result = {
      documents: [doc, doc],
      errors: ['x: bad'],
      warnings: [],
      staleEdits: [],
      extracted: 1,
      cached: 2,
    } as unknown as IngestResult;
    expect(ingestSummary(result, 1234)).toBe(
      'ingest: 2 documents, 4 figures, 2 quotes, 6 events, 0 warnings, 1 errors in 1.23 s (1 extracted, 2 from cache)',
    );
    // Editors' corrections that found nothing are counted, beside the lines that name them.
    expect(ingestSummary({ ...result, staleEdits: ['a.edits.yaml:3: …'] }, 1234)).toMatch(/1 errors \(1 edits applied to nothing\) in /);
  });
});
