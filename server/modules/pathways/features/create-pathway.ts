import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { certificationBlocs, certifications, pathwayActors, pathwayBlocs, pathways } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { assertActsFor } from '../../../lib/policy';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { canOnCandidate } from '../../candidates/candidates.policy';
import { loadCandidateAccess, loadCandidateRow } from '../../candidates/candidates.store';
import { assertActorsValid } from '../pathway-actors';
import type { TActorInput, TPathway, TPathwayCreate } from '../pathways.schema';
import { getPathway } from './get-pathway';

/** Candidate × certification × targeted blocs, with the organisations that follow it. */
export async function createPathway(opts: { database: Database; clock: Clock; principal: Principal; input: TPathwayCreate }): Promise<TPathway> {
  const { input, principal, clock } = opts;
  assertActsFor(principal, input.organisationId, [input.role]);
  const actor = actorOf(principal, input.organisationId);
  const id = await opts.database.db.transaction(async (tx) => {
    const candidate = await loadCandidateRow(tx, input.candidateId);
    if (!canOnCandidate(principal, await loadCandidateAccess(tx, candidate), 'create_pathway')) throw new AppError('FORBIDDEN');
    const [cert] = await tx.select({ id: certifications.id, code: certifications.code }).from(certifications).where(eq(certifications.code, input.certificationCode));
    if (!cert) throw new AppError('VALIDATION_FAILED', `Certification inconnue : ${input.certificationCode}.`, { fields: { certificationCode: 'Certification inconnue.' } });
    const blocs = await tx.select({ id: certificationBlocs.id, code: certificationBlocs.code }).from(certificationBlocs).where(and(eq(certificationBlocs.certificationId, cert.id), isNull(certificationBlocs.withdrawnAt))).orderBy(asc(certificationBlocs.position));
    if (blocs.length === 0) throw new AppError('VALIDATION_FAILED', 'Cette certification n’a pas de blocs de compétences enregistrés.', { fields: { certificationCode: 'Sans blocs.' } });
    const wanted = input.blocCodes ? [...new Set(input.blocCodes)] : blocs.map((b) => b.code);
    const unknown = wanted.filter((c) => !blocs.some((b) => b.code === c));
    if (unknown.length > 0) throw new AppError('BLOC_NOT_TARGETED', `Bloc(s) absent(s) de ${cert.code} : ${unknown.join(', ')}.`, { fields: { blocCodes: `Inconnu(s) : ${unknown.join(', ')}` } });

    const actors: TActorInput[] = [{ organisationId: input.organisationId, role: input.role, userId: principal.type === 'user' ? principal.user.id : null }];
    for (const a of input.actors) if (!actors.some((x) => x.organisationId === a.organisationId && x.role === a.role)) actors.push(a);
    await assertActorsValid(tx, actors);

    const now = clock.now();
    const [row] = await tx
      .insert(pathways)
      .values({ candidateId: candidate.id, certificationId: cert.id, state: 'information', cycle: 1, startedAt: now, fundingRoute: input.fundingRoute, documentsLanguage: input.documentsLanguage, lastContactAt: now, createdAt: now, updatedAt: now })
      .returning({ id: pathways.id });
    if (!row) throw new Error('pathway insert returned nothing');
    await tx.insert(pathwayBlocs).values(blocs.filter((b) => wanted.includes(b.code)).map((b) => ({ pathwayId: row.id, blocId: b.id })));
    await tx.insert(pathwayActors).values(actors.map((a) => ({ pathwayId: row.id, organisationId: a.organisationId, role: a.role, userId: a.userId ?? null, createdAt: now })));
    await recordAudit(tx, {
      actor,
      at: now,
      eventType: 'pathway.created',
      entityType: 'pathway',
      entityId: row.id,
      details: { candidateId: candidate.id, certificationCode: cert.code, blocCodes: wanted, actors: actors.map((a) => ({ organisationId: a.organisationId, role: a.role })), fundingRoute: input.fundingRoute },
    });
    return row.id;
  });
  return getPathway({ database: opts.database, clock, principal, id });
}
