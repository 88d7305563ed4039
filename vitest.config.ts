import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

// getViteConfig adds Astro's Vite plugins so component tests can import `.astro` files and render them
// with `experimental_AstroContainer`; plain `.ts` tests run exactly as before.
export default getViteConfig({
  test: {
    // Tests never depend on the machine's time zone.
    env: { TZ: 'UTC' },
    // UPDATE=1 rewrites the SVG snapshots (src/components/__snapshots__) after a reviewed change.
    update: process.env.UPDATE === '1',
    testTimeout: 20_000,
    projects: [
      // Pure functions and components, beside their sources, and the test helpers' own tests.
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/helpers/**/*.test.ts'] } },
      // The built site: built once from tests/fixtures/seeds, then checked as files and in Chromium.
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/helpers/**'],
          globalSetup: ['tests/setup/fixture-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
