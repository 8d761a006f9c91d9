import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { departements, organisationDepartements, organisations } from '../../../db/schema';
import { AppError } from '../../../lib/errors';
import { presentOrganisation } from '../accounts.presenter';
import type { TOrganisation } from '../accounts.schema';

export async function loadOrganisation(exec: Executor, id: string): Promise<TOrganisation> {
  const [row] = await exec.select().from(organisations).where(eq(organisations.id, id));
  if (!row) throw new AppError('NOT_FOUND', 'Organisation introuvable.');
  const deps = await exec.select().from(organisationDepartements).where(eq(organisationDepartements.organisationId, id));
  return presentOrganisation(row, deps.map((d) => d.departementCode));
}

/** Unknown codes are a 400 naming them, not a foreign-key 500. */
export async function assertDepartementsExist(exec: Executor, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = await exec.select({ code: departements.code }).from(departements).where(inArray(departements.code, codes));
  const known = new Set(found.map((f) => f.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION_FAILED', `Département(s) inconnu(s) : ${unknown.join(', ')}.`, { fields: { departementCodes: `Inconnu(s) : ${unknown.join(', ')}` } });
  }
}
