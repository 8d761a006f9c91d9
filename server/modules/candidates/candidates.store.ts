import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidateDiplomas, candidateExperiences, candidateSensitive, candidates, certificationBlocs, departements, pathways } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { loadAccessFacts } from '../pathways/pathways.store';
import { presentCandidate } from './candidates.presenter';
import type { CandidateAccessFacts } from './candidates.policy';
import type { TCandidate, TCandidateCreate } from './candidates.schema';

export async function loadCandidateRow(exec: Executor, id: string) {
  const [row] = await exec.select().from(candidates).where(eq(candidates.id, id));
  if (!row) throw new AppError('NOT_FOUND', 'Dossier candidat introuvable.');
  return row;
}

export async function loadCandidateAccess(exec: Executor, row: typeof candidates.$inferSelect): Promise<CandidateAccessFacts> {
  const ids = (await exec.select({ id: pathways.id }).from(pathways).where(eq(pathways.candidateId, row.id))).map((p) => p.id);
  const facts = await loadAccessFacts(exec, ids, () => row.userId);
  return { userId: row.userId, createdByOrganisationId: row.createdByOrganisationId, pathways: [...facts.values()] };
}

export async function presentCandidateById(exec: Executor, id: string): Promise<TCandidate> {
  const row = await loadCandidateRow(exec, id);
  const experiences = await exec.select().from(candidateExperiences).where(eq(candidateExperiences.candidateId, id)).orderBy(asc(candidateExperiences.position));
  const diplomas = await exec.select().from(candidateDiplomas).where(eq(candidateDiplomas.candidateId, id)).orderBy(asc(candidateDiplomas.position));
  const [sensitive] = await exec.select({ id: candidateSensitive.candidateId }).from(candidateSensitive).where(eq(candidateSensitive.candidateId, id));
  return presentCandidate(row, experiences, diplomas, sensitive !== undefined);
}

/** Unknown départements and blocs are a 400 naming them, not a foreign-key failure. */
export async function assertReferencesExist(exec: Executor, input: { departementCode?: string | null | undefined; experiences?: TCandidateCreate['experiences'] | undefined }): Promise<void> {
  if (input.departementCode) {
    const [dep] = await exec.select({ code: departements.code }).from(departements).where(eq(departements.code, input.departementCode));
    if (!dep) throw new AppError('VALIDATION_FAILED', `Département inconnu : ${input.departementCode}.`, { fields: { departementCode: 'Département inconnu.' } });
  }
  const blocIds = [...new Set((input.experiences ?? []).flatMap((e) => e.blocIds))];
  if (blocIds.length > 0) {
    const found = new Set((await exec.select({ id: certificationBlocs.id }).from(certificationBlocs).where(inArray(certificationBlocs.id, blocIds))).map((b) => b.id));
    const unknown = blocIds.filter((b) => !found.has(b));
    if (unknown.length > 0) throw new AppError('VALIDATION_FAILED', 'Un bloc de compétences lié à une expérience est inconnu.', { fields: { 'experiences.blocIds': `Inconnu(s) : ${unknown.join(', ')}` } });
  }
}

export async function writeExperiences(exec: Executor, candidateId: string, experiences: TCandidateCreate['experiences']): Promise<void> {
  await exec.delete(candidateExperiences).where(eq(candidateExperiences.candidateId, candidateId));
  if (experiences.length === 0) return;
  await exec.insert(candidateExperiences).values(
    experiences.map((e, position) => ({ candidateId, structure: e.structure, role: e.role, startDate: e.startDate, endDate: e.endDate ?? null, kind: e.kind, activities: e.activities, blocIds: e.blocIds, position })),
  );
}

export async function writeDiplomas(exec: Executor, candidateId: string, diplomas: TCandidateCreate['diplomas']): Promise<void> {
  await exec.delete(candidateDiplomas).where(eq(candidateDiplomas.candidateId, candidateId));
  if (diplomas.length === 0) return;
  await exec.insert(candidateDiplomas).values(diplomas.map((d, position) => ({ candidateId, title: d.title, level: d.level ?? null, year: d.year ?? null, rncpCode: d.rncpCode ?? null, position })));
}

export async function writeSensitive(exec: Executor, candidateId: string, input: NonNullable<TCandidateCreate['sensitive']>, now: Date): Promise<void> {
  const values = { hasHandicap: input.hasHandicap, accommodationNeeds: input.accommodationNeeds ?? null, health: input.health ?? null, updatedAt: now };
  await exec.insert(candidateSensitive).values({ candidateId, ...values }).onConflictDoUpdate({ target: candidateSensitive.candidateId, set: values });
}
