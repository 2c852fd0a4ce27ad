import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs the browser-free core under plain Node; `e2e` drives the built
// extension in headless Chromium, and the Firefox build in Firefox ESR (tests/e2e/firefox/); run
// `npm run build` first — `npm test` does.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // Unit tests first, then the browser ones (one run, one summary).
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          sequence: { groupOrder: 1 },
          // Checks the build and Chromium are there, then builds the editor test pages.
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // In CI only, a failed browser test runs once more: a 2-core CI machine under load can miss
          // a timing that holds everywhere else. A test that fails twice fails the run.
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
