// Editors' corrections and published slugs through ingest: applied after the cache, reported by file
// and line, and never costing another document.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestSeeds, type IngestOptions } from './ingest.ts';

let work: string;
let seeds: string;
const write = (rel: string, content: string) => fs.writeFileSync(path.join(seeds, rel), content);
const documentFile = (slug: string) => path.join(work, 'out', `${slug}.json`);

const CAMP = `---
title: Flash flood sweeps through summer camp
published: 2025-07-05
source: Hill Country Courier
---
Flash flood sweeps through summer camp
At least 27 campers and counselors died after the river rose 26 feet in 45 minutes before dawn on Friday, the sheriff said.
Rescuers pulled 850 people from the water, and at least 11 campers were still unaccounted for on Saturday.
"We have never seen water rise that fast," said Dalton Rice, the county judge.
The camp, founded 99 years ago, had 750 girls enrolled for the summer session.
`;
const EDITS = `figures:
  - match: "750 girls"
    drop: true
  - match: "850 people"
    set: { measure: evacuated }
`;

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-edits-'));
  seeds = path.join(work, 'seeds');
  fs.mkdirSync(seeds);
  write('camp.txt', CAMP);
  write('camp.edits.yaml', EDITS);
  write('market.md', '# Market fire contained\n\nFirefighters contained a blaze at the central market on Sunday, the fire service said.\n');
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const ingest = (options: Partial<IngestOptions> = {}) =>
  ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'out'), cacheDir: path.join(work, 'cache'), cacheVersion: 'v1', ...options });
const camp = (result: ReturnType<typeof ingest>) => result.documents.find((d) => d.file === 'camp.txt')!;

describe('ingest with edits files', () => {
  it('applies the edits file beside a seed; saving it re-extracts nothing but changes the output', () => {
    const first = ingest();
    expect(first.errors).toEqual([]); // an edits file is no seed
    expect(first.extracted).toBe(2);
    expect(camp(first).figures.map((f) => f.text)).toEqual([
      'At least 27 campers and counselors died',
      'pulled 850 people',
      'at least 11 campers were still unaccounted for',
    ]);
    expect(camp(first).figures.find((f) => f.text.includes('850 people'))).toMatchObject({ measure: 'evacuated', edited: true });
    const slug = camp(first).slug;
    const written = fs.readFileSync(documentFile(slug), 'utf8');

    write('camp.edits.yaml', `${EDITS}  - match: "at least 11 campers"\n    set: { subject: campers }\n`);
    const second = ingest();
    expect([second.extracted, second.cached]).toEqual([0, 2]);
    expect(camp(second).figures.find((f) => f.text.startsWith('at least 11'))).toMatchObject({ subject: 'campers', edited: true });
    // The document and its output key change; the other document's do not.
    expect(fs.readFileSync(documentFile(slug), 'utf8')).not.toBe(written);
    expect(second.digests.get(slug)).not.toBe(first.digests.get(slug));
    expect(second.digests.get('market-fire-contained')).toBe(first.digests.get('market-fire-contained'));
  });

  it('applies the same edits after an extractor upgrade and in a run without any cache', () => {
    const before = camp(ingest());
    const upgraded = ingest({ cacheVersion: 'v2' });
    expect(upgraded.extracted).toBe(2); // a new extractor version re-extracts every seed...
    expect(camp(upgraded)).toEqual(before); // ...and the corrections still find their items
    const clean = ingestSeeds({ seedsDir: seeds, outDir: path.join(work, 'clean') });
    expect(camp(clean)).toEqual(before);
  });

  it('names an edit that finds nothing by file and line, and still applies the others', () => {
    write('camp.edits.yaml', `${EDITS}quotes:\n  - match: "never seen snow"\n    set: { speaker: Dalton Rice }\n`);
    const logged: string[] = [];
    const result = ingest({ log: (line) => logged.push(line) });
    const line = 'camp.edits.yaml:7: quotes: "never seen snow" matches no quote';
    expect(result.staleEdits).toEqual([line]);
    expect(logged).toContain(`warning: ${line}`);
    expect(result.errors).toEqual([]);
    expect(camp(result).figures.map((f) => f.text)).not.toContain('750 girls');
  });

  it('withholds only the document whose edits file is broken, naming the file and line', () => {
    const broken: Array<[string, string]> = [
      [`figures:\n  - match: "750 girls"\n   drop: true\n`, 'camp.edits.yaml:3: not valid YAML: Sequence item without - indicator'],
      [
        `figures:\n  - match: "750 girls"\n    drop: true\n    because: enrolment\n`,
        'camp.edits.yaml:4: figures, edit 1: unknown field "because"',
      ],
      [
        `figures:\n  - match: "850 people"\n    set: { value: lots }\n`,
        'camp.edits.yaml:3: figures, edit 1, set.value: expected a number, not "lots"',
      ],
    ];
    for (const [yaml, message] of broken) {
      write('camp.edits.yaml', yaml);
      const result = ingest();
      expect(result.errors).toEqual([`${message}; camp.txt is not published until it is fixed`]);
      expect(result.documents.map((d) => d.file)).toEqual(['market.md']);
      expect(fs.readdirSync(path.join(work, 'out'))).toEqual(['market-fire-contained.json']);
    }
  });

  it('reports an edits file with no seed beside it', () => {
    write('old-story.edits.yaml', EDITS);
    expect(ingest().staleEdits).toEqual([
      'old-story.edits.yaml: no seed beside it (old-story.txt or old-story.md): its edits apply to nothing',
    ]);
  });
});

describe('ingest with the registry of published slugs', () => {
  it('keeps a slug when the title is corrected, and redirects the old one when an editor sets slug:', () => {
    const first = ingest();
    const slug = camp(first).slug;
    expect(slug).toBe('flash-flood-sweeps-through-summer-camp');
    write('camp.txt', CAMP.replace('title: Flash flood sweeps through summer camp', 'title: Flash flood kills 27 at summer camp'));
    const retitled = ingest({ slugs: first.slugs });
    expect(camp(retitled)).toMatchObject({ title: 'Flash flood kills 27 at summer camp', slug });
    expect(retitled.redirects).toEqual([]);

    write('camp.txt', CAMP.replace('published:', 'slug: camp-flood\npublished:'));
    const moved = ingest({ slugs: retitled.slugs });
    expect(camp(moved).slug).toBe('camp-flood');
    expect(moved.redirects).toEqual([{ from: slug, to: 'camp-flood' }]);
    expect(moved.slugs.get('camp.txt')).toEqual({ slug: 'camp-flood', previous: [slug] });
    // The slug comes from the cached document's front matter too.
    expect(ingest({ slugs: retitled.slugs }).extracted).toBe(0);
    expect(camp(ingest({ slugs: retitled.slugs })).slug).toBe('camp-flood');
  });
});
