import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60000,
    hookTimeout: 60000,
    pool: 'forks',
    setupFiles: ['test/setup/fast-check.ts'],
  },
});
