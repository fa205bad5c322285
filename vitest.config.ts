import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Test files that mock a module (vi.mock): they need a module graph of their own. */
const MOCKING = ['test/safety/permissions.test.ts', 'test/formats/pdf-options.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // Worker threads start faster and use less memory than forked processes. No test changes the
    // process (cwd, env, exit code): the CLI runs in-process on its own io, temp folders are unique.
    pool: 'threads',
    // Two workers: the main thread only collects results, so both cores run tests.
    maxWorkers: 2,
    // Timeouts only stop a hung test; no test asserts on time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Property tests use a fixed seed (FC_SEED overrides it): the same cases on every run.
    setupFiles: ['test/helpers/property-seed.ts'],
    projects: [
      {
        extends: true,
        // Most files share one module graph per worker (isolate: false): src/ and its libraries are
        // loaded once per worker, not once per file. Nothing in src/ keeps state beyond caches of data files.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', ...MOCKING], isolate: false },
      },
      { extends: true, test: { name: 'mocking', include: MOCKING } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', ['text', { skipFull: true }]],
      // Reports go to the terminal; the raw data goes to a folder of this run's own, so two runs
      // side by side in one clone never clean each other's files away.
      reportsDirectory: path.join(tmpdir(), `vawg-coverage-${process.pid}`),
      // Set a little under what the suite measures (see README, Tests); a run under any of them fails.
      thresholds: { lines: 95, statements: 93, functions: 96, branches: 86 },
    },
  },
});
