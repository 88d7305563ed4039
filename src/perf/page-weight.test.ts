import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from './page-weight.ts';

describe('pageWeight', () => {
  it('counts the page, what it loads and what its modules import, once each, and inline scripts as JavaScript', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weight-'));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    const html =
      '<link rel="stylesheet" href="/a.css"><link rel="canonical" href="/x/"><script type="module" src="/m.js"></script>' +
      '<img src="https://elsewhere.example/i.png"><script>console.log(1)</script><a href="/other/">x</a><link rel="icon" href="/a.css">';
    write('x/index.html', html);
    write('a.css', 'body{color:red}');
    write('m.js', 'import "./n.js";');
    write('n.js', 'export const n = 1;');
    const gz = (s: string) => gzipSync(s, { level: 9 }).length;
    const w = pageWeight(dir, '/x/');
    expect(w.files).toBe(4);
    expect(w.totalGzip).toBe(gz(html) + gz('body{color:red}') + gz('import "./n.js";') + gz('export const n = 1;'));
    expect(w.scriptGzip).toBe(gz('console.log(1)') + gz('import "./n.js";') + gz('export const n = 1;'));
    fs.rmSync(dir, { recursive: true });
  });
});
