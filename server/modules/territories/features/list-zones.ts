import type { Database } from '../../../db/client';
import { zoneDepartements, zones } from '../../../db/schema';

export async function listZones(opts: { database: Database }) {
  const { db } = opts.database;
  const rows = await db.select().from(zones).orderBy(zones.name);
  const parts = await db.select().from(zoneDepartements);
  return {
    items: rows.map((z) => ({
      id: z.id,
      name: z.name,
      kind: z.kind,
      ownerOrganisationId: z.ownerOrganisationId,
      departementCodes: parts.filter((p) => p.zoneId === z.id).map((p) => p.departementCode).sort(),
    })),
  };
}
