// The browser tier: real Chromium (playwright-core) against the real built app and server.
// Run with `npm run test:e2e` (builds dist/ first). One server for the whole run, started by
// global-setup.ts; files run one after another because they share that server.
//
// Knobs (all optional): CHROMIUM_PATH (default /usr/bin/chromium), E2E_HEADED=1 (show the
// browser), E2E_HOST (default localhost), E2E_KEEP_DATA=1 (keep the server's temp DATA_DIR).
// On failure, screenshots, page text and console logs land in tests/e2e/screenshots/, beside
// server.log (the server's output for the whole run).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { aliases } from '../../aliases.config';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export default defineConfig({
  root,
  resolve: { alias: aliases },
  test: {
    name: 'e2e',
    root,
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    retry: 0,
    // A browser scenario that fails half way leaves nothing useful for the next attempt.
    bail: 0,
  },
});
