import { defineConfig } from 'vitest/config';

// Playwright specs live in tests/e2e and are run by `playwright test`, never by Vitest.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
