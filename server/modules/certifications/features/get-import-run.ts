import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { certificationImportRuns } from '../../../db/schema/certifications';
import { AppError } from '../../../lib/errors';
import { presentImportRun } from '../certifications-admin.presenter';

export async function getImportRun(opts: { database: Database; id: string }) {
  const [row] = await opts.database.db.select().from(certificationImportRuns).where(eq(certificationImportRuns.id, opts.id));
  if (!row) throw new AppError('NOT_FOUND', 'Import introuvable.');
  return presentImportRun(row);
}
