import type { Database } from '../../../db/client';
import { zoneDepartements, zones } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Actor } from '../../../lib/principal';
import { assertDepartementsExist } from '../../accounts/features/load-organisation';
import { recordAudit } from '../../audit/record-audit';

/** A custom territory (e.g. a ZTEF) made of départements, used for targets and reports. */
export async function createZone(opts: { database: Database; clock: Clock; actor: Actor; input: { name: string; kind: string; ownerOrganisationId?: string | null; departementCodes: string[] } }) {
  const { input, clock } = opts;
  const codes = [...new Set(input.departementCodes)].sort();
  return opts.database.db.transaction(async (tx) => {
    await assertDepartementsExist(tx, codes);
    const now = clock.now();
    const [row] = await tx.insert(zones).values({ name: input.name, kind: input.kind, ownerOrganisationId: input.ownerOrganisationId ?? null, createdAt: now }).returning();
    if (!row) throw new Error('zone insert returned nothing');
    await tx.insert(zoneDepartements).values(codes.map((departementCode) => ({ zoneId: row.id, departementCode })));
    await recordAudit(tx, { actor: opts.actor, at: now, eventType: 'zone.created', entityType: 'zone', entityId: row.id, details: { name: row.name, departementCodes: codes } });
    return { id: row.id, name: row.name, kind: row.kind, ownerOrganisationId: row.ownerOrganisationId, departementCodes: codes };
  });
}
