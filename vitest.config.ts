import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // End-to-end tests spawn the built CLI, which takes a moment per run.
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
