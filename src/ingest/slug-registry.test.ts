import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSlugRegistry, readSlugRegistry, SlugAssigner, writeSlugRegistry, type SlugEntry } from './slug-registry.ts';

const registry = (entries: Record<string, SlugEntry>) => new Map(Object.entries(entries));

describe('SlugAssigner', () => {
  it('gives new seeds their title slug, numbered when taken, and reserves the site timeline slug', () => {
    const slugs = new SlugAssigner(new Map(), ['a.txt', 'b.txt', 'c.txt']);
    expect(slugs.assign('a.txt', 'Floods in the valley', null).slug).toBe('floods-in-the-valley');
    expect(slugs.assign('b.txt', 'Floods in the valley', null).slug).toBe('floods-in-the-valley-2');
    expect(slugs.assign('c.txt', 'All', null).slug).toBe('all-2');
    expect(slugs.registry.get('b.txt')).toEqual({ slug: 'floods-in-the-valley-2', previous: [] });
  });

  it("keeps a published seed's slug when its title is corrected", () => {
    const slugs = new SlugAssigner(registry({ 'a.txt': { slug: 'flods-in-the-valey', previous: [] } }), ['a.txt']);
    expect(slugs.assign('a.txt', 'Floods in the valley', null)).toEqual({ slug: 'flods-in-the-valey', previous: [] });
  });

  it("moves a seed to an editor's slug, and its old slugs redirect; moving back un-redirects", () => {
    const slugs = new SlugAssigner(registry({ 'a.txt': { slug: 'first', previous: ['zeroth'] } }), ['a.txt']);
    expect(slugs.assign('a.txt', 'Anything', 'second')).toEqual({ slug: 'second', previous: ['zeroth', 'first'] });
    const again = new SlugAssigner(slugs.registry, ['a.txt']);
    expect(again.assign('a.txt', 'Anything', 'first')).toEqual({ slug: 'first', previous: ['zeroth', 'second'] });
    // Without `slug:` any more, the seed stays where the editor last put it.
    expect(new SlugAssigner(again.registry, ['a.txt']).assign('a.txt', 'Anything', null).slug).toBe('first');
  });

  it("refuses an editor's slug another seed has, or had, and says so", () => {
    const slugs = new SlugAssigner(
      registry({ 'a.txt': { slug: 'flood', previous: ['old-flood'] }, 'b.txt': { slug: 'fire', previous: [] } }),
      ['a.txt', 'b.txt'],
    );
    expect(slugs.assign('b.txt', 'Fire', 'flood')).toEqual({
      slug: 'fire',
      previous: [],
      warning: 'front matter slug "flood" is the address of a.txt: kept "fire"',
    });
    expect(slugs.assign('b.txt', 'Fire', 'old-flood').slug).toBe('fire');
  });

  it("lets a renamed or moved seed keep its address, and keeps a removed seed's slug from new stories", () => {
    const before = registry({ 'quake.txt': { slug: 'earthquake', previous: ['quake'] }, 'gone.txt': { slug: 'storm', previous: [] } });
    const slugs = new SlugAssigner(before, ['2025/quake.txt', 'other.txt']);
    // Same title, new path: the address comes along, with its old slugs.
    expect(slugs.assign('2025/quake.txt', 'Earthquake', null)).toEqual({ slug: 'earthquake', previous: ['quake'] });
    expect(slugs.registry.has('quake.txt')).toBe(false);
    // The removed seed's entry stays; its slug is not handed to another story... unless asked for.
    expect(slugs.registry.get('gone.txt')).toEqual({ slug: 'storm', previous: [] });
  });
});

describe('the registry file', () => {
  it('round-trips, one entry a line in seed order, and is written only when it changed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slugs-'));
    try {
      const file = path.join(dir, 'published-slugs.json');
      expect(readSlugRegistry(file)).toEqual(new Map());
      const entries = registry({ 'b.txt': { slug: 'bee', previous: ['b'] }, 'a.txt': { slug: 'ay', previous: [] } });
      expect(formatSlugRegistry(entries)).toBe(
        '{\n  "a.txt": {"slug":"ay","previous":[]},\n  "b.txt": {"slug":"bee","previous":["b"]}\n}\n',
      );
      expect(writeSlugRegistry(file, entries)).toBe(true);
      expect(writeSlugRegistry(file, entries)).toBe(false);
      expect(readSlugRegistry(file)).toEqual(entries);
      fs.writeFileSync(file, '{"a.txt": {"slug": "Not A Slug"}}');
      expect(() => readSlugRegistry(file)).toThrow(/the entry of "a.txt" needs a "slug"/);
      fs.writeFileSync(file, '{ broken');
      expect(() => readSlugRegistry(file)).toThrow(/published-slugs.json is not valid JSON/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
