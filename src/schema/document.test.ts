import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { isoDay, extractedDocument } from './document.ts';

describe('document schema', () => {
  it('accepts real days only', () => {
    expect(isoDay.safeParse('2024-02-29').success).toBe(true);
    expect(isoDay.safeParse('2023-02-29').success).toBe(false);
    expect(isoDay.safeParse('2024-8-9').success).toBe(false);
  });

  it('admits only links that passed the safe-URL check, so pages can link them as they are', () => {
    const url = extractedDocument.shape.url;
    expect(url.safeParse('https://example.com/a').success).toBe(true);
    expect(url.safeParse(null).success).toBe(true);
    for (const hostile of [
      'javascript:alert(1)',
      'https://bank.example@evil.example/',
      'https://example.com/"><b>',
      'HTTPS://Example.com/',
    ])
      expect(url.safeParse(hostile).success).toBe(false);
  });

  it('exports as JSON Schema with every top-level field required', () => {
    const schema = z.toJSONSchema(extractedDocument) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required.sort()).toEqual(
      [
        'charts',
        'entities',
        'events',
        'facts',
        'figures',
        'file',
        'lang',
        'paragraphs',
        'published',
        'quotes',
        'slug',
        'source',
        'story',
        'title',
        'url',
        'warnings',
      ].sort(),
    );
    expect(Object.keys(schema.properties)).toContain('figures');
  });
});
