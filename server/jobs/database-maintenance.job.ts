import { z } from 'zod';
import { defineJob } from './queue';

/**
 * What autovacuum does on a PostgreSQL server, done once a day on PGlite, which runs no background
 * process: VACUUM takes back the row versions that updates and deletes leave behind (the job
 * queue's own rows among them) and ANALYZE keeps the planner's statistics current. The embedded
 * engine serves one statement at a time, so requests wait meanwhile: about 3 s with the full
 * registry in the catalogue (docs/benchmarks.md). On a server, autovacuum does it already.
 */
export const databaseMaintenanceJob = defineJob({
  name: 'db.maintenance',
  schema: z.object({}),
  maxAttempts: 2,
  handler: async (_payload, { database }) => {
    if (database.kind !== 'pglite') return;
    await database.exec('VACUUM (ANALYZE)');
  },
});
