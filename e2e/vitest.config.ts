import { defineConfig } from 'vitest/config';

/**
 * Browser tests (`npm run test:browser`): each spec file starts the real server as a child
 * process and drives Debian's Chromium through playwright-core. Kept apart from `npm test`,
 * which must run without a browser.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    // One spec file at a time: each starts a server and a browser, on two cores.
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    // Starting the server (PGlite, migrations, demo data) and Chromium takes a while on a cold machine.
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
