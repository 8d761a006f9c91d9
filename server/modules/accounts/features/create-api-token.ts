import type { z } from 'zod';
import type { Database } from '../../../db/client';
import { apiTokens } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Actor } from '../../../lib/principal';
import { hashToken, randomToken } from '../../../lib/tokens';
import { recordAudit } from '../../audit/record-audit';
import type { ZApiTokenCreate } from '../accounts.schema';
import { presentApiToken } from './list-api-tokens';
import { loadOrganisation } from './load-organisation';

/** The clear token is returned once, here; only its hash is kept. */
export async function createApiToken(opts: { database: Database; clock: Clock; actor: Actor; input: z.infer<typeof ZApiTokenCreate> }) {
  const { input, clock } = opts;
  const token = `jalon_${randomToken()}`;
  return opts.database.db.transaction(async (tx) => {
    await loadOrganisation(tx, input.organisationId);
    const now = clock.now();
    const [row] = await tx
      .insert(apiTokens)
      .values({ ...input, tokenHash: hashToken(token), createdBy: opts.actor.userId, createdAt: now })
      .returning();
    if (!row) throw new Error('api token insert returned nothing');
    await recordAudit(tx, { actor: opts.actor, at: now, eventType: 'api_token.created', entityType: 'api_token', entityId: row.id, details: { organisationId: row.organisationId, role: row.role, name: row.name } });
    return { ...presentApiToken(row), token };
  });
}
