import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// Playwright specs live in tests/e2e and are run by `playwright test`, never by Vitest.
// Vue single-file components are compiled for the renderer's tests (tests/renderer), which
// choose the happy-dom environment per file; every other test runs in Node.
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
