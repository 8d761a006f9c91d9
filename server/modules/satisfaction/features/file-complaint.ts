import { desc, eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client';
import { candidates, certifications, complaints, organisations, pathwayActors, pathways } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import { AppError, fieldError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { insertComplaint, presentComplaints } from '../complaints.store';
import type { TComplaint, TComplaintCreate } from '../satisfaction.schema';

/** Actor roles whose organisation a candidate may complain about (those who work with them). */
const COMPLAINABLE_ROLES = ['referent', 'accompagnateur', 'conseiller'] as const;

async function myCandidate(exec: Executor, principal: Principal) {
  if (principal.type !== 'user' || principal.user.kind !== 'candidate') throw new AppError('FORBIDDEN');
  const [row] = await exec.select().from(candidates).where(eq(candidates.userId, principal.user.id));
  if (!row) throw new AppError('NOT_FOUND', 'Aucun dossier de candidat n’est rattaché à votre compte.');
  return row;
}

/** The pathways of the candidate and, for each, the organisations that follow them. */
export async function complaintTargets(opts: { database: Database; principal: Principal }) {
  const db = opts.database.db;
  const candidate = await myCandidate(db, opts.principal);
  const mine = await db.select({ id: pathways.id, title: certifications.title }).from(pathways).innerJoin(certifications, eq(certifications.id, pathways.certificationId)).where(eq(pathways.candidateId, candidate.id)).orderBy(desc(pathways.startedAt));
  const actors = mine.length
    ? await db
        .select({ pathwayId: pathwayActors.pathwayId, id: organisations.id, name: organisations.name, role: pathwayActors.role })
        .from(pathwayActors)
        .innerJoin(organisations, eq(organisations.id, pathwayActors.organisationId))
        .where(inArray(pathwayActors.pathwayId, mine.map((p) => p.id)))
    : [];
  const followers = actors.filter((a) => (COMPLAINABLE_ROLES as readonly string[]).includes(a.role));
  const [home] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, candidate.createdByOrganisationId));
  const all = new Map<string, { id: string; name: string }>();
  if (home) all.set(home.id, home);
  for (const a of followers) all.set(a.id, { id: a.id, name: a.name });
  return {
    candidate,
    home: home ?? null,
    pathways: mine.map((p) => {
      const orgs = new Map(followers.filter((a) => a.pathwayId === p.id).map((a) => [a.id, { id: a.id, name: a.name }]));
      return { id: p.id, label: p.title, organisations: [...orgs.values()], referentId: followers.find((a) => a.pathwayId === p.id && a.role === 'referent')?.id ?? null };
    }),
    organisations: [...all.values()],
  };
}

/**
 * The candidate files a complaint from their space, about one of their pathways and one of the
 * organisations that follow them. Without a choice, the pathway's référent structure is concerned,
 * else the structure that opened their file.
 */
export async function fileComplaint(opts: { database: Database; clock: Clock; principal: Principal; input: TComplaintCreate }): Promise<TComplaint> {
  const db = opts.database.db;
  const { input } = opts;
  const targets = await complaintTargets(opts);
  const pathway = input.pathwayId ? targets.pathways.find((p) => p.id === input.pathwayId) : undefined;
  if (input.pathwayId && !pathway) throw fieldError('VALIDATION_FAILED', 'pathwayId', 'Ce parcours n’est pas le vôtre.');
  const allowed = pathway ? pathway.organisations : targets.organisations;
  if (input.organisationId && !allowed.some((o) => o.id === input.organisationId)) throw fieldError('VALIDATION_FAILED', 'organisationId', pathway ? 'Cette structure ne suit pas ce parcours.' : 'Cette structure ne vous accompagne pas.');
  const organisationId = input.organisationId ?? pathway?.referentId ?? pathway?.organisations[0]?.id ?? targets.home?.id;
  if (!organisationId) throw fieldError('VALIDATION_FAILED', 'organisationId', 'Choisissez la structure concernée.');
  const userId = opts.principal.type === 'user' ? opts.principal.user.id : null;
  const id = await db.transaction((tx) => insertComplaint(tx, opts.clock, { candidateId: targets.candidate.id, organisationId, pathwayId: pathway?.id ?? null, satisfactionRequestId: null, subject: input.subject, body: input.body, byUserId: userId }));
  const rows = await db.select().from(complaints).where(eq(complaints.id, id));
  const [out] = await presentComplaints(db, rows, opts.clock.now());
  if (!out) throw new AppError('NOT_FOUND');
  return out;
}

/** The candidate's own complaints with their status, newest first. */
export async function myComplaints(opts: { database: Database; clock: Clock; principal: Principal }): Promise<TComplaint[]> {
  const db = opts.database.db;
  const candidate = await myCandidate(db, opts.principal);
  const rows = await db.select().from(complaints).where(eq(complaints.candidateId, candidate.id)).orderBy(desc(complaints.receivedAt));
  return presentComplaints(db, rows, opts.clock.now());
}
