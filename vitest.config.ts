import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // nodejieba loads its dictionaries once per worker (~1 s); CLI tests spawn processes.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
