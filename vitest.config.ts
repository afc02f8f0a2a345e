import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // test/ builds, rebuilds and serves the real sites: one file at a time keeps dist/ stable.
    fileParallelism: false,
    globalSetup: ['test/setup/build-demo.ts'],
    // A generous ceiling, not a speed target (those live in bench/): browser suites take ~1 min a site on an idle 2-core machine and twice that under load.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
