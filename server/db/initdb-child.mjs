// Creates a PGlite data directory (initdb) in a process of its own, then exits: see
// pglite-initdb.ts. Plain JavaScript, so it runs without the TypeScript loader.
import { PGlite } from '@electric-sql/pglite';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: initdb-child.mjs <data directory>');
  process.exit(2);
}
const db = await PGlite.create(dataDir);
await db.close();
