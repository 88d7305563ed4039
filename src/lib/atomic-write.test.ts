import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { isTempFile, writeFileAtomic } from './atomic-write.ts';

it('replaces the file whole and leaves no temporary file behind', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-write-'));
  try {
    const file = path.join(dir, 'entry.json');
    writeFileAtomic(file, 'first');
    writeFileAtomic(file, new Uint8Array([115, 101, 99, 111, 110, 100]));
    expect(fs.readFileSync(file, 'utf8')).toBe('second');
    expect(fs.readdirSync(dir)).toEqual(['entry.json']);
    expect(isTempFile(`entry.json.${process.pid}-0.tmp`)).toBe(true);
    expect(isTempFile('entry.json')).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
