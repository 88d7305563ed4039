// The story fixtures (tests/fixtures/seeds/story-*: articles written for the story rules) as the build
// extracts them, and hand-made facts for them: until the facts extractor lands (src/extract/facts is a
// stub returning none), the series tests set each report's facts themselves.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSeed } from '../../src/ingest/parse.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { slugify } from '../../src/lib/slug.ts';
import type { ExtractedDocument, Fact, FactReport } from '../../src/schema/document.ts';

const seedsDir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

/** The story fixtures by their file name without "story-" and the extension: "fire-1", "bus-gorge", … */
export function storyFixtures(): Record<string, ExtractedDocument> {
  const out: Record<string, ExtractedDocument> = {};
  for (const file of fs
    .readdirSync(seedsDir)
    .filter((f) => f.startsWith('story-'))
    .sort()) {
    const { document } = parseSeed(file, fs.readFileSync(path.join(seedsDir, file)));
    if (!document) throw new Error(`${file} did not parse`);
    out[file.replace(/^story-/, '').replace(/\.\w+$/, '')] = extractDocument(document, slugify(document.title));
  }
  return out;
}

/** A fact as src/extract/facts would give it: one report unless `reports` says otherwise. */
export function fact(partial: Partial<Fact> & Pick<Fact, 'id' | 'value'>): Fact {
  const report: FactReport = {
    figure: partial.id.replace('fact', 'figure'),
    value: partial.value,
    qualifier: partial.qualifier ?? 'exact',
    attribution: partial.sources?.[0] ?? null,
    status: 'current',
  };
  return {
    measure: 'killed',
    subject: null,
    place: null,
    unit: 'people',
    qualifier: 'exact',
    range: null,
    headline: 'single',
    sources: [],
    reports: [report],
    partOf: null,
    confidence: 'high',
    edited: false,
    ...partial,
  };
}

/** `doc` with `facts` (a copy). */
export function withFacts(doc: ExtractedDocument, facts: Fact[]): ExtractedDocument {
  return { ...doc, facts };
}

/**
 * The Port Keswick depot fire, four successive reports and a union's count on the second day, with the
 * facts each gives: the toll rises, is revised down from 14 to 12 (a superseded report), then rises again.
 */
export function fireStory(): ExtractedDocument[] {
  const f = storyFixtures();
  const workers = { subject: 'workers' };
  return [
    withFacts(f['fire-1'], [
      fact({ id: 'fact-1', value: 9, qualifier: 'at least', ...workers, sources: ['the harbour authority'] }),
      fact({ id: 'fact-2', value: 20, measure: 'injured', sources: ['the harbour authority'] }),
    ]),
    withFacts(f['fire-2'], [
      fact({ id: 'fact-1', value: 14, ...workers, sources: ['the harbour authority'] }),
      fact({ id: 'fact-2', value: 31, measure: 'injured', sources: ['the harbour authority'] }),
      fact({ id: 'fact-3', value: 6, measure: 'missing', ...workers, sources: ['the fire service'] }),
    ]),
    withFacts(f['fire-2b'], [fact({ id: 'fact-1', value: 17, ...workers, sources: ["the dockworkers' union"] })]),
    withFacts(f['fire-3'], [
      fact({
        id: 'fact-1',
        value: 12,
        ...workers,
        headline: 'latest',
        sources: ['the harbour authority'],
        reports: [
          { figure: 'figure-2', value: 14, qualifier: 'exact', attribution: null, status: 'superseded' },
          { figure: 'figure-1', value: 12, qualifier: 'exact', attribution: 'the harbour authority', status: 'current' },
        ],
      }),
      fact({ id: 'fact-2', value: 4, measure: 'missing', ...workers, sources: ['the fire service'] }),
    ]),
    withFacts(f['fire-4'], [
      fact({ id: 'fact-1', value: 15, ...workers, sources: ['the harbour authority'] }),
      fact({ id: 'fact-2', value: 1, measure: 'missing', ...workers }),
    ]),
  ];
}

/** Two unrelated events that both count the dead, reported in the same days as the fire. */
export function unrelatedDeaths(): ExtractedDocument[] {
  const f = storyFixtures();
  return [
    withFacts(f['bus-gorge'], [fact({ id: 'fact-1', value: 23, subject: 'passengers', sources: ['the provincial police'] })]),
    withFacts(f['ferry-capsize'], [fact({ id: 'fact-1', value: 31, sources: ['the coast guard'] })]),
  ];
}
