import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCollection } from './collection-files.ts';

let dir: string;
beforeEach(() => (dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'collection-')), 'people')));
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

describe('writeCollection', () => {
  it('holds exactly the entries given, one JSON file each, and leaves unchanged files alone', () => {
    writeCollection(dir, [
      ['ada', { name: 'Ada' }],
      ['ben', { name: 'Ben' }],
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual(['ada.json', 'ben.json']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'ada.json'), 'utf8'))).toEqual({ name: 'Ada' });
    const before = fs.statSync(path.join(dir, 'ada.json')).mtimeMs;
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not an entry');
    writeCollection(dir, [
      ['ada', { name: 'Ada' }],
      ['cy', { name: 'Cy' }],
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual(['ada.json', 'cy.json', 'notes.txt']);
    expect(fs.statSync(path.join(dir, 'ada.json')).mtimeMs).toBe(before);
  });
});
