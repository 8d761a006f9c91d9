import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPglite } from '../db/client';
import { migrate } from '../db/migrate';
import { loadTerritories } from '../modules/territories/load-territories';

/**
 * PGlite's initdb dominates a test file's start-up. Build one migrated database here, dump it,
 * and let every test file start from a copy (see createTestDatabase). Not used against a server.
 */
export default async function setup(): Promise<() => void> {
  // Browser tests are a separate suite (they need a built web app and Chromium); say so, once.
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  process.stdout.write(
    existsSync(chromium)
      ? 'Tests navigateur : suite séparée, lancez « npm run test:browser » (Chromium trouvé).\n'
      : 'Tests navigateur ignorés : Chromium introuvable (apt-get install chromium), puis « npm run test:browser ».\n',
  );
  if (process.env.TEST_DATABASE_URL) return () => undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'jalon-test-template-'));
  const database = await openPglite(undefined);
  await migrate(database);
  await loadTerritories(database);
  const blob = await database.pglite?.dumpDataDir('none');
  await database.close();
  if (!blob) return () => undefined;
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  process.env.JALON_TEST_TEMPLATE = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
