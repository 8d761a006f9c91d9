import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../../db/client';
import { groupementMembers, groupements, organisations } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import type { ZGroupementCreate } from '../accounts.schema';

/** A groupement gathers counselling structures that share a commanditaire's target. */
export async function createGroupement(opts: { database: Database; clock: Clock; actor: Actor; input: z.infer<typeof ZGroupementCreate> }) {
  const { input, clock } = opts;
  const memberIds = [...new Set(input.memberIds)];
  return opts.database.db.transaction(async (tx) => {
    const ids = input.commanditaireId ? [...memberIds, input.commanditaireId] : memberIds;
    const found = await tx.select({ id: organisations.id, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, ids));
    const kindOf = new Map(found.map((f) => [f.id, f.kind]));
    const notStructures = memberIds.filter((id) => kindOf.get(id) !== 'counselling_structure');
    if (notStructures.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Un groupement ne réunit que des structures de conseil existantes.', { fields: { memberIds: `Invalide(s) : ${notStructures.join(', ')}` } });
    }
    if (input.commanditaireId && kindOf.get(input.commanditaireId) !== 'commanditaire') {
      throw new AppError('VALIDATION_FAILED', 'Le commanditaire choisi n’est pas une organisation de type commanditaire.', { fields: { commanditaireId: 'Commanditaire invalide.' } });
    }
    const now = clock.now();
    const [row] = await tx.insert(groupements).values({ name: input.name, commanditaireId: input.commanditaireId ?? null, createdAt: now }).returning();
    if (!row) throw new Error('groupement insert returned nothing');
    await tx.insert(groupementMembers).values(memberIds.map((organisationId) => ({ groupementId: row.id, organisationId })));
    await recordAudit(tx, { actor: opts.actor, at: now, eventType: 'groupement.created', entityType: 'groupement', entityId: row.id, details: { name: row.name, memberIds } });
    return { id: row.id, name: row.name, commanditaireId: row.commanditaireId, memberIds };
  });
}
