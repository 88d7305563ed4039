import { describe, expect, it } from 'vitest';
import { frameRules } from './frame-rules.ts';

describe('frameRules', () => {
  it('lets every embed page be framed, series embeds too, and no other page, with patterns that never overlap', () => {
    const files = [
      './404.astro',
      './about.mdx',
      './archive/[...page].astro',
      './embed/[slug]/[chart]/index.astro',
      './explainers/[slug].astro',
      './figures/[series]/embed/index.astro',
      './figures/[series]/index.astro',
      './figures/index.astro',
      './index.astro',
      './[headers].ts',
    ];
    expect(frameRules(files)).toEqual({
      denied: [
        '/',
        '/404.html',
        '/about/*',
        '/archive/*',
        '/explainers/*',
        '/figures/',
        '/figures/:series/',
        '/figures/:series/index.html',
        '/figures/index.html',
        '/index.html',
      ],
      framable: ['/embed/*', '/figures/:series/embed/*'],
    });
  });
});
