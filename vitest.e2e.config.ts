import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

/** End-to-end tests: the BUILT extension in Debian's Chromium (see scripts/run-e2e.mjs). */
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
