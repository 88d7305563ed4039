import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Tests never depend on the machine's time zone.
    env: { TZ: 'UTC' },
    testTimeout: 20_000,
  },
});
