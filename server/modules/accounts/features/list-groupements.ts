import type { Database } from '../../../db/client';
import { groupementMembers, groupements } from '../../../db/schema';

export async function listGroupements(opts: { database: Database }) {
  const { db } = opts.database;
  const rows = await db.select().from(groupements).orderBy(groupements.name);
  const members = await db.select().from(groupementMembers);
  return {
    items: rows.map((g) => ({
      id: g.id,
      name: g.name,
      commanditaireId: g.commanditaireId,
      memberIds: members.filter((m) => m.groupementId === g.id).map((m) => m.organisationId),
    })),
  };
}
