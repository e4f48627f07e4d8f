// `npm run soak`: the convergence suite at volume (not part of npm test). Two files, one per
// database, run side by side on the two cores. PostgreSQL from TEST_DATABASE_URL (required).
import { defineConfig } from 'vitest/config';
import { aliases } from '../../../../aliases.config';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['tests/integration/convergence/soak/*.soak.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/client.ts'],
    globalSetup: ['tests/integration/convergence/soak/global-setup.ts'],
    testTimeout: 4 * 60 * 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    fileParallelism: true,
  },
});
