import type { z } from 'zod';
import type { Database } from '../../../db/client';
import { organisationDepartements, organisations } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import type { ZOrganisationCreate } from '../accounts.schema';
import { assertDepartementsExist, loadOrganisation } from './load-organisation';

export async function createOrganisation(opts: { database: Database; clock: Clock; actor: Actor; input: z.infer<typeof ZOrganisationCreate> }) {
  const { input, clock } = opts;
  const codes = [...new Set(input.departementCodes)];
  return opts.database.db.transaction(async (tx) => {
    await assertDepartementsExist(tx, codes);
    const now = clock.now();
    const [row] = await tx
      .insert(organisations)
      .values({ kind: input.kind, name: input.name, siret: input.siret ?? null, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('organisation insert returned nothing');
    if (codes.length > 0) await tx.insert(organisationDepartements).values(codes.map((departementCode) => ({ organisationId: row.id, departementCode })));
    await recordAudit(tx, { actor: opts.actor, at: now, eventType: 'organisation.created', entityType: 'organisation', entityId: row.id, details: { kind: row.kind, name: row.name, departementCodes: codes } });
    return loadOrganisation(tx, row.id);
  });
}
