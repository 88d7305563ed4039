import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/index.ts';
import { applyEdits } from '../ingest/edits.ts';
import { readEdits } from '../ingest/edits-file.ts';
import { parseSeed } from '../ingest/parse.ts';
import { reviewList } from './review.ts';

// A council bulletin of our own: a quote nobody is named for (extraction's low confidence), the same
// figure text twice, and a weekday with no publication date to resolve it (low confidence too).
const BULLETIN = `Bridge closure ordered after inspection
“Nobody should cross it until the repairs are done.”
Engineers found 12 cracked beams on the old bridge on Tuesday, the council said.
Crews will replace the beams; 12 cracked beams were also found on the rail bridge last year.
`;
const doc = () => extractDocument(parseSeed('bridge.txt', Buffer.from(BULLETIN)).document, 'bridge');

describe('reviewList', () => {
  it('lists low-confidence items first, each with its sentence and a line for the edits file', () => {
    const items = reviewList(doc());
    const confidences = items.map((item) => item.confidence);
    // Counts of things (the beams) are the extraction's least sure figures, as a quote nobody is named for.
    expect(confidences).toEqual(['low', 'low', 'low', 'low', 'low']);
    const quote = items.find((item) => item.section === 'quotes')!;
    expect(quote).toMatchObject({
      confidence: 'low',
      rule: 'quotes.no-speaker',
      reading: 'speaker not found',
      sentence: '“Nobody should cross it until the repairs are done.”',
      edit: '- { match: "Nobody should cross it until the repairs are done.", keep: true }',
    });
    // Within a confidence, in reading order: the quote opens the bulletin.
    expect(items[0]).toBe(quote);
  });

  it('names an item by words of its sentence when its text is not unique', () => {
    const figures = reviewList(doc()).filter((item) => item.section === 'figures');
    expect(figures).toHaveLength(2);
    expect(figures[0].edit).toBe('- { match: "12", sentence: "Engineers found 12 cracked beams on the old", keep: true }');
  });

  it('gives lines that, pasted into the edits file, settle their item', () => {
    const items = reviewList(doc());
    const yaml = ['figures', 'quotes', 'events']
      .map(
        (section) =>
          `${section}:\n${
            items
              .filter((i) => i.section === section)
              .map((i) => `  ${i.edit}\n`)
              .join('') || '  []\n'
          }`,
      )
      .join('')
      .replace(/:\n {2}\[\]\n/g, ': []\n');
    const { document, problems } = applyEdits(doc(), readEdits(Buffer.from(yaml)));
    expect(problems).toEqual([]);
    expect(reviewList(document)).toEqual([]);
  });
});

describe('reviewList: an event kept off the charts for its label', () => {
  it('says the label does not read whole and gives a line that sets a label and keeps the event', () => {
    const seed = '---\ntitle: Harbour closed\npublished: 2024-05-11\n---\nHe was arrested on Monday.\n';
    const document = extractDocument(parseSeed('harbour.txt', Buffer.from(seed)).document, 'harbour');
    const [event] = reviewList(document).filter((item) => item.section === 'events');
    expect(event).toMatchObject({
      confidence: 'low',
      reading: '2024-05-06 · happened · He was arrested · the label does not read whole: write one',
      edit: '- { match: "on Monday", set: { label: "He was arrested" }, keep: true }',
    });
  });
});

describe('npm run review', () => {
  it('prints a known low-confidence item of the named seed, with its sentence and edits line', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'review-'));
    try {
      fs.writeFileSync(path.join(work, 'bridge.txt'), BULLETIN);
      fs.writeFileSync(path.join(work, 'other.txt'), 'Library reopens\nThe library reopened on Monday.\n');
      const run = spawnSync(process.execPath, ['scripts/review.ts', '--seeds', work, 'bridge.txt'], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('bridge.txt: Bridge closure ordered after inspection (');
      expect(run.stdout).toMatch(
        / {2}low {4}quote {2}"Nobody should cross it until the repairs are done\.": speaker not found \(rule quotes\.no-speaker\)/,
      );
      expect(run.stdout).toContain('- { match: "Nobody should cross it until the repairs are done.", keep: true }');
      expect(run.stdout).not.toContain('other.txt');
      const missing = spawnSync(process.execPath, ['scripts/review.ts', '--seeds', work, 'nothing.txt'], { encoding: 'utf8' });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/no published document from "nothing.txt"/);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
