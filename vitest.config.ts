import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'web/src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own database; two cores, so two workers.
    pool: 'forks',
    maxWorkers: 2,
    setupFiles: ['server/test/setup.ts'],
    globalSetup: ['server/test/global-setup.ts'],
  },
});
