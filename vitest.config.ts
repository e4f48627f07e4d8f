// Unit and integration tiers. The browser tier has its own config in tests/e2e.
import { defineConfig } from 'vitest/config';
import { aliases } from './aliases.config';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/unit/domain/**/*.test.ts',
            'tests/unit/server/**/*.test.ts',
            'tests/unit/lint/**/*.test.ts',
            'tests/integration/server/**/*.test.ts',
          ],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          environment: 'happy-dom',
          include: ['tests/unit/client/**/*.test.{ts,tsx}', 'tests/integration/client/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/client.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        // Property-based sync convergence: the app's real sync engine (node + fake-indexeddb)
        // against the real server. Long-running by design; see tests/integration/convergence.
        test: {
          name: 'convergence',
          environment: 'node',
          include: ['tests/integration/convergence/**/*.test.ts'],
          setupFiles: ['tests/setup/client.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
