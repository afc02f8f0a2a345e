import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // test/ builds, rebuilds and serves the real sites: one file at a time keeps dist/ stable.
    fileParallelism: false,
    globalSetup: ['test/setup/build-demo.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
