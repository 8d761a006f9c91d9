import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { PATHWAY_ACTOR_ROLE_LABELS } from '../../../../common/candidates';
import type { Database, Executor } from '../../../db/client';
import { organisations, shareGrants } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError, fieldError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { isCandidateOf } from '../../pathways/pathways.policy';
import { loadPathway, type LoadedPathway } from '../../pathways/pathways.store';
import type { TGrant, TGrantCreate } from '../sharing.schema';

interface Ctx {
  database: Database;
  clock: Clock;
  principal: Principal;
  pathwayId: string;
}

/** Only the candidate decides who reads their file: no professional, not even an administrator, grants for them. */
async function loadOwnPathway(exec: Executor, principal: Principal, pathwayId: string): Promise<LoadedPathway> {
  const loaded = await loadPathway(exec, pathwayId);
  if (!isCandidateOf(principal, loaded.access)) throw new AppError('FORBIDDEN', 'Seul le candidat partage son dossier.');
  return loaded;
}

async function presentGrants(exec: Executor, pathwayId: string): Promise<TGrant[]> {
  const rows = await exec
    .select({ grant: shareGrants, organisationName: organisations.name })
    .from(shareGrants)
    .innerJoin(organisations, eq(organisations.id, shareGrants.organisationId))
    .where(eq(shareGrants.pathwayId, pathwayId))
    // Same-instant grants (a replacement under one clock tick): the withdrawn one comes first, as it was granted before.
    .orderBy(asc(shareGrants.grantedAt), sql`${shareGrants.withdrawnAt} is null`, asc(shareGrants.withdrawnAt), asc(shareGrants.organisationId));
  return rows.map(({ grant: g, organisationName }) => ({
    id: g.id,
    organisationId: g.organisationId,
    organisationName,
    scopes: g.scopes,
    grantedAt: g.grantedAt.toISOString(),
    withdrawnAt: g.withdrawnAt?.toISOString() ?? null,
    active: g.withdrawnAt === null,
  }));
}

/** The grants of the pathway, withdrawn ones included (the history), and the organisations one may share with. */
export async function listGrants(ctx: Omit<Ctx, 'clock'>) {
  const db = ctx.database.db;
  const loaded = await loadOwnPathway(db, ctx.principal, ctx.pathwayId);
  const orgIds = [...new Set(loaded.access.actors.map((a) => a.organisationId))];
  const names = orgIds.length ? await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, orgIds)) : [];
  return {
    items: await presentGrants(db, ctx.pathwayId),
    organisations: orgIds.map((id) => ({
      organisationId: id,
      organisationName: names.find((n) => n.id === id)?.name ?? '',
      roles: loaded.access.actors.filter((a) => a.organisationId === id).map((a) => PATHWAY_ACTOR_ROLE_LABELS[a.role]),
    })),
  };
}

/**
 * The candidate shares parts of the file with an organisation taking part in the pathway. Sharing
 * again with the same organisation replaces its scopes: the previous grant is closed, kept for the history.
 */
export async function grantAccess(ctx: Ctx & { input: TGrantCreate }): Promise<TGrant> {
  const db = ctx.database.db;
  const loaded = await loadOwnPathway(db, ctx.principal, ctx.pathwayId);
  if (!loaded.access.actors.some((a) => a.organisationId === ctx.input.organisationId)) {
    throw fieldError('VALIDATION_FAILED', 'organisationId', 'Cette organisation ne participe pas à votre parcours : vous ne pouvez partager votre dossier qu’avec les organisations de votre parcours.');
  }
  const now = ctx.clock.now();
  const userId = ctx.principal.type === 'user' ? ctx.principal.user.id : null;
  let id = '';
  await db.transaction(async (tx) => {
    const closed = await tx
      .update(shareGrants)
      .set({ withdrawnAt: now, withdrawnByUserId: userId })
      .where(and(eq(shareGrants.pathwayId, ctx.pathwayId), eq(shareGrants.organisationId, ctx.input.organisationId), isNull(shareGrants.withdrawnAt)))
      .returning({ id: shareGrants.id, scopes: shareGrants.scopes });
    const [row] = await tx.insert(shareGrants).values({ pathwayId: ctx.pathwayId, organisationId: ctx.input.organisationId, scopes: ctx.input.scopes, grantedByUserId: userId, grantedAt: now }).returning({ id: shareGrants.id });
    id = row?.id ?? '';
    await recordAudit(tx, { actor: actorOf(ctx.principal, null), at: now, eventType: 'sharing.granted', entityType: 'pathway', entityId: ctx.pathwayId, details: { grantId: id, organisationId: ctx.input.organisationId, scopes: ctx.input.scopes, replaces: closed.map((c) => ({ grantId: c.id, scopes: c.scopes })) } });
  });
  const grant = (await presentGrants(db, ctx.pathwayId)).find((g) => g.id === id);
  if (!grant) throw new Error(`grant ${id} vanished`);
  return grant;
}

/** Withdrawing takes effect at once: the next read by that organisation is refused. */
export async function withdrawGrant(ctx: Ctx & { grantId: string }): Promise<TGrant> {
  const db = ctx.database.db;
  await loadOwnPathway(db, ctx.principal, ctx.pathwayId);
  const now = ctx.clock.now();
  const userId = ctx.principal.type === 'user' ? ctx.principal.user.id : null;
  await db.transaction(async (tx) => {
    const [grant] = await tx.select().from(shareGrants).where(and(eq(shareGrants.id, ctx.grantId), eq(shareGrants.pathwayId, ctx.pathwayId))).for('update');
    if (!grant) throw new AppError('NOT_FOUND', 'Autorisation introuvable.');
    if (grant.withdrawnAt) throw new AppError('GRANT_ALREADY_WITHDRAWN');
    await tx.update(shareGrants).set({ withdrawnAt: now, withdrawnByUserId: userId }).where(eq(shareGrants.id, grant.id));
    await recordAudit(tx, { actor: actorOf(ctx.principal, null), at: now, eventType: 'sharing.withdrawn', entityType: 'pathway', entityId: ctx.pathwayId, details: { grantId: grant.id, organisationId: grant.organisationId, scopes: grant.scopes } });
  });
  const grant = (await presentGrants(db, ctx.pathwayId)).find((g) => g.id === ctx.grantId);
  if (!grant) throw new Error(`grant ${ctx.grantId} vanished`);
  return grant;
}
