import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { certifications } from '../../../db/schema/certifications';
import { AppError } from '../../../lib/errors';

/** The id of the record with this (normalised) code, or NOT_FOUND. */
export async function findCertificationId(exec: Executor, code: string): Promise<string> {
  const [row] = await exec.select({ id: certifications.id }).from(certifications).where(eq(certifications.code, code));
  if (!row) throw new AppError('NOT_FOUND', `Certification ${code} introuvable dans le catalogue.`);
  return row.id;
}
