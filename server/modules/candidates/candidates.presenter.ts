import type { candidateDiplomas, candidateExperiences, candidateSensitive, candidates } from '../../db/schema';
import type { TCandidate, TSensitive } from './candidates.schema';

export function presentCandidate(
  row: typeof candidates.$inferSelect,
  experiences: (typeof candidateExperiences.$inferSelect)[],
  diplomas: (typeof candidateDiplomas.$inferSelect)[],
  hasSensitiveData: boolean,
): TCandidate {
  return {
    id: row.id,
    userId: row.userId,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: row.birthDate,
    email: row.email,
    phone: row.phone,
    address: row.address,
    postalCode: row.postalCode,
    city: row.city,
    situation: row.situation,
    departementCode: row.departementCode,
    createdByOrganisationId: row.createdByOrganisationId,
    experiences: [...experiences]
      .sort((a, b) => a.position - b.position)
      .map((e) => ({ id: e.id, structure: e.structure, role: e.role, startDate: e.startDate, endDate: e.endDate, kind: e.kind, activities: e.activities, blocIds: e.blocIds })),
    diplomas: [...diplomas].sort((a, b) => a.position - b.position).map((d) => ({ id: d.id, title: d.title, level: d.level, year: d.year, rncpCode: d.rncpCode })),
    hasSensitiveData,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentSensitive(row: typeof candidateSensitive.$inferSelect | undefined): TSensitive | null {
  if (!row) return null;
  return { hasHandicap: row.hasHandicap, accommodationNeeds: row.accommodationNeeds, health: row.health, updatedAt: row.updatedAt.toISOString() };
}
