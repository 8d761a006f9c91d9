import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Tx } from '../../../db/client';
import { juryBlocResults, jurySessions, pathwayBlocs, pathways, pathwayTransitions } from '../../../db/schema';
import { applyTransition, TRANSITION_RULES, type PathwayActorRole, type PathwaySnapshot, type TransitionInput } from '../../../domain/pathway-machine';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { actingOrganisationId, assertCanOnPathway, machineRolesOf } from '../pathways.policy';
import type { TPathway, TTransitionBody } from '../pathways.schema';
import { hasCurrentDocument, loadOpenJurySession, loadPathway, loadPathwayBlocs, toSnapshot, type PathwayBlocRow, type PathwayRow } from '../pathways.store';
import { queuePathwayNotices } from '../pathway-notifications';
import { getPathway } from './get-pathway';

/** Turns the request body into the machine's input; the Livrets are looked for in the database. */
async function toMachineInput(tx: Tx, pathwayId: string, body: TTransitionBody): Promise<TransitionInput> {
  switch (body.type) {
    case 'file_faisabilite':
      return { type: body.type, hasLivret1: await hasCurrentDocument(tx, pathwayId, 'livret1') };
    case 'file_validation':
      return { type: body.type, hasLivret2: await hasCurrentDocument(tx, pathwayId, 'livret2') };
    case 'declare_recevable':
      return { type: body.type, decidedOn: new Date(body.decidedOn) };
    case 'declare_non_recevable':
      return { type: body.type, reasons: body.reasons };
    case 'declare_incomplete':
      return { type: body.type, missing: body.missing };
    case 'schedule_jury':
      return { type: body.type, date: new Date(body.date), place: body.place, format: body.format, convocationSent: body.convocationSent };
    case 'record_jury_result':
      return { type: body.type, attendance: body.attendance, blocs: body.blocs.map((b) => ({ code: b.code, validated: b.validated, preconisations: b.preconisations })) };
    case 'hold_post_jury_interview':
      return { type: body.type, heldOn: new Date(body.heldOn), summary: body.summary };
    case 'close':
      return { type: body.type, reason: body.reason, details: body.details };
    case 'start_faisabilite':
    case 'restart_faisabilite':
    case 'start_validation':
    case 'start_new_cycle':
    case 'obtain_certification':
      return { type: body.type };
  }
}

/** The role the person acts with: the one asked for, or the first of theirs the transition accepts. */
function chooseRole(roles: PathwayActorRole[], body: TTransitionBody): PathwayActorRole {
  if (roles.length === 0) throw new AppError('ROLE_NOT_ALLOWED', 'Vous suivez ce parcours sans rôle permettant d’en changer l’étape.');
  if (body.role) {
    if (!roles.includes(body.role)) throw new AppError('ROLE_NOT_ALLOWED', 'Vous ne tenez pas ce rôle sur ce parcours.');
    return body.role;
  }
  const allowed = TRANSITION_RULES[body.type].roles;
  return roles.find((r) => allowed.includes(r)) ?? (roles[0] as PathwayActorRole);
}

/** The pathway row after the transition: state, cycle, and the facts the deadline engine reads. */
function nextRow(body: TTransitionBody, next: PathwaySnapshot, role: PathwayActorRole, now: Date): Partial<PathwayRow> {
  // A certificateur's decision is not a contact with the candidate: only the candidate's side resets inactivity.
  const set: Partial<PathwayRow> = { state: next.state, cycle: next.cycle, lastJuryOverall: next.lastJuryOverall, updatedAt: now, ...(role === 'certificateur_agent' ? {} : { lastContactAt: now }) };
  switch (body.type) {
    case 'file_faisabilite':
      return { ...set, faisabiliteFiledAt: now, recevabiliteDecidedAt: null };
    case 'declare_recevable':
      return { ...set, recevabiliteDecidedAt: new Date(body.decidedOn) };
    case 'declare_non_recevable':
      return { ...set, recevabiliteDecidedAt: now };
    case 'obtain_certification':
      return { ...set, closedAt: now };
    case 'close':
      return { ...set, closedAt: now, closureReason: body.reason, closureDetails: body.details };
    default:
      return set;
  }
}

async function persistJury(tx: Tx, pathwayId: string, body: TTransitionBody, next: PathwaySnapshot, blocs: PathwayBlocRow[], now: Date): Promise<void> {
  if (body.type === 'schedule_jury') {
    await tx.insert(jurySessions).values({ pathwayId, cycle: next.cycle, scheduledAt: new Date(body.date), place: body.place, format: body.format, convocationSent: body.convocationSent, createdAt: now });
    return;
  }
  if (body.type !== 'record_jury_result') return;
  const session = await loadOpenJurySession(tx, pathwayId);
  if (!session) throw new AppError('TRANSITION_NOT_ALLOWED', 'Aucun jury n’est programmé.');
  const overall = body.attendance === 'excused' ? null : next.lastJuryOverall;
  await tx.update(jurySessions).set({ attendance: body.attendance, overall, resultEnteredAt: now }).where(eq(jurySessions.id, session.id));
  const byCode = new Map(blocs.map((b) => [b.code, b.blocId]));
  const rows = body.blocs.flatMap((b) => {
    const blocId = byCode.get(b.code);
    return blocId ? [{ sessionId: session.id, blocId, validated: b.validated, preconisations: b.preconisations?.trim() || null }] : [];
  });
  if (rows.length > 0) await tx.insert(juryBlocResults).values(rows);
  for (const r of rows.filter((x) => x.validated)) {
    await tx
      .update(pathwayBlocs)
      .set({ acquiredAt: now, acquiredCycle: next.cycle })
      .where(and(eq(pathwayBlocs.pathwayId, pathwayId), eq(pathwayBlocs.blocId, r.blocId), isNull(pathwayBlocs.acquiredAt)));
  }
}

/**
 * Load, authorize, apply the machine, then persist the snapshot, the history row, the jury session
 * or results, and the audit event in one transaction: any refusal leaves the pathway unchanged.
 */
export async function transitionPathway(opts: { database: Database; clock: Clock; principal: Principal; id: string; body: TTransitionBody; publicUrl?: string }): Promise<TPathway> {
  const { principal, body } = opts;
  await opts.database.db.transaction(async (tx) => {
    const loaded = await loadPathway(tx, opts.id, { forUpdate: true });
    assertCanOnPathway(principal, loaded.access, 'view');
    const role = chooseRole(machineRolesOf(principal, loaded.access), body);
    const blocs = await loadPathwayBlocs(tx, opts.id);
    const snapshot = toSnapshot(loaded.row, blocs, await loadOpenJurySession(tx, opts.id));
    const now = opts.clock.now();
    const next = applyTransition(snapshot, await toMachineInput(tx, opts.id, body), role, now);

    await tx.update(pathways).set(nextRow(body, next, role, now)).where(eq(pathways.id, opts.id));
    await persistJury(tx, opts.id, body, next, blocs, now);
    const { type, role: _asked, ...data } = body;
    const organisationId = actingOrganisationId(principal, loaded.access, role);
    const userId = principal.type === 'user' ? principal.user.id : null;
    await tx.insert(pathwayTransitions).values({ pathwayId: opts.id, type, fromState: snapshot.state, toState: next.state, cycle: next.cycle, actorUserId: userId, actorOrganisationId: organisationId, actorRole: role, at: now, data });
    await recordAudit(tx, {
      actor: { userId, organisationId },
      at: now,
      eventType: 'pathway.transitioned',
      entityType: 'pathway',
      entityId: opts.id,
      details: { type, from: snapshot.state, to: next.state, cycle: next.cycle, role },
    });
    // The messages commit with the step or not at all; without a public URL (seeding) none is sent.
    if (opts.publicUrl) await queuePathwayNotices(tx, opts.clock, { row: loaded.row, type, next, publicUrl: opts.publicUrl, exceptUserId: userId });
  });
  return getPathway({ database: opts.database, clock: opts.clock, principal, id: opts.id });
}
