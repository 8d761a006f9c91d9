import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { apiTokens } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Actor } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';

export async function revokeApiToken(opts: { database: Database; clock: Clock; actor: Actor; id: string }): Promise<void> {
  await opts.database.db.transaction(async (tx) => {
    const now = opts.clock.now();
    const [row] = await tx.update(apiTokens).set({ revokedAt: now }).where(and(eq(apiTokens.id, opts.id), isNull(apiTokens.revokedAt))).returning();
    if (!row) throw new AppError('NOT_FOUND', 'Jeton introuvable ou déjà révoqué.');
    await recordAudit(tx, { actor: opts.actor, at: now, eventType: 'api_token.revoked', entityType: 'api_token', entityId: row.id, details: { organisationId: row.organisationId } });
  });
}
