import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../../db/client';
import { organisationDepartements, organisations } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import type { ZOrganisationUpdate } from '../accounts.schema';
import { assertDepartementsExist, loadOrganisation } from './load-organisation';

export async function updateOrganisation(opts: { database: Database; clock: Clock; actor: Actor; id: string; input: z.infer<typeof ZOrganisationUpdate> }) {
  const { input, clock, id } = opts;
  return opts.database.db.transaction(async (tx) => {
    const before = await loadOrganisation(tx, id);
    const now = clock.now();
    await tx
      .update(organisations)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.siret !== undefined ? { siret: input.siret } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        updatedAt: now,
      })
      .where(eq(organisations.id, id));
    if (input.departementCodes) {
      const codes = [...new Set(input.departementCodes)];
      await assertDepartementsExist(tx, codes);
      await tx.delete(organisationDepartements).where(eq(organisationDepartements.organisationId, id));
      if (codes.length > 0) await tx.insert(organisationDepartements).values(codes.map((departementCode) => ({ organisationId: id, departementCode })));
    }
    const after = await loadOrganisation(tx, id);
    await recordAudit(tx, { actor: opts.actor, at: now, eventType: 'organisation.updated', entityType: 'organisation', entityId: id, details: { before, after } });
    return after;
  });
}
