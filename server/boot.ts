import { openDatabase, type Database } from './db/client';
import { migrate } from './db/migrate';
import { seedDemo } from './db/seed-demo';
import type { TEnv } from './lib/env';
import type { Logger } from './lib/logger';
import { loadNomenclatures } from './modules/certifications/features/load-nomenclatures';
import { seedCertifications } from './modules/certifications/features/seed-certifications';
import { loadTerritories } from './modules/territories/load-territories';

/** What every process does before serving: open, migrate, load reference data, seed demo data. */
export async function prepareDatabase(env: TEnv, logger: Logger): Promise<Database> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolMax: env.DATABASE_POOL_MAX });
  const applied = await migrate(database);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  await loadTerritories(database);
  // Reference data ships with Jalon and is upserted at every start (idempotent).
  await loadNomenclatures(database);
  await seedCertifications(database);
  if (env.NODE_ENV !== 'production' && env.SEED_DEMO === 'auto' && (await seedDemo(database))) {
    logger.info('demo data created (see README for the accounts)');
  }
  return database;
}
