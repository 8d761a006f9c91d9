import { and, eq, gte, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import { ASSISTANCE_PHASE_LABELS, ASSISTANCE_PHASES, phaseOfState } from '../../../../common/assistance';
import { CANDIDATE_SITUATION_LABELS, CANDIDATE_SITUATIONS } from '../../../../common/candidates';
import type { TargetService } from '../../../../common/targets';
import type { Executor } from '../../../db/client';
import { appointments, assistances, candidates, dashboardFacts, pathways, planItems } from '../../../db/schema';
import type { TCountList } from '../reports.schema';

/**
 * Figures of a yearly report that the rollup does not hold, read on the raw tables of the report's
 * structures only (bounded by their size, like the director's dashboard): the beneficiaries'
 * profile and phase, the supports delivered and their effects, the hours spent per service.
 */
export interface ReportScope {
  organisationIds: readonly string[];
  year: number;
  departementCodes: readonly string[];
}

export const yearRange = (year: number) => ({ from: new Date(`${year}-01-01T00:00:00+01:00`), to: new Date(`${year + 1}-01-01T00:00:00+01:00`) });

export const CLOSED_PHASE = 'closed';

/**
 * The beneficiaries: the distinct pathways counted as realised (a conseil VAE or an assistance
 * renforcée) for these structures in the year and the lines' départements, by the candidate's
 * situation (profile) and by the phase their pathway is in now (closed pathways apart).
 */
export async function beneficiaryProfiles(exec: Executor, s: ReportScope): Promise<{ byProfile: TCountList; byPhase: TCountList }> {
  const { from, to } = yearRange(s.year);
  const rows = s.organisationIds.length && s.departementCodes.length
    ? await exec
        .selectDistinct({ pathwayId: dashboardFacts.pathwayId, state: pathways.state, situation: candidates.situation })
        .from(dashboardFacts)
        .innerJoin(pathways, eq(pathways.id, dashboardFacts.pathwayId))
        .innerJoin(candidates, eq(candidates.id, pathways.candidateId))
        .where(
          and(
            eq(dashboardFacts.metric, 'realised'),
            inArray(dashboardFacts.organisationId, [...s.organisationIds]),
            inArray(dashboardFacts.departementCode, [...s.departementCodes]),
            gte(dashboardFacts.occurredAt, from),
            lt(dashboardFacts.occurredAt, to),
          ),
        )
    : [];
  const count = <K extends string>(keys: readonly K[], keyOf: (r: (typeof rows)[number]) => K) => keys.map((k) => rows.filter((r) => keyOf(r) === k).length);
  const phaseKeys = [...ASSISTANCE_PHASES, CLOSED_PHASE] as const;
  const phaseOf = (r: (typeof rows)[number]) => (r.state === 'closed' || r.state === 'closed_certified' ? CLOSED_PHASE : phaseOfState(r.state));
  const profiles = count(CANDIDATE_SITUATIONS, (r) => r.situation);
  const phases = count(phaseKeys, phaseOf);
  return {
    byProfile: { items: CANDIDATE_SITUATIONS.map((k, i) => ({ key: k, label: CANDIDATE_SITUATION_LABELS[k], n: profiles[i] ?? 0 })) },
    byPhase: { items: phaseKeys.map((k, i) => ({ key: k, label: k === CLOSED_PHASE ? 'Parcours clos' : ASSISTANCE_PHASE_LABELS[k], n: phases[i] ?? 0 })) },
  };
}

/** Supports of the structures' assistances marked done during the year, and those whose effect was written down. */
export async function supportsDelivered(exec: Executor, s: ReportScope): Promise<{ delivered: TCountList; withEffect: TCountList }> {
  if (s.organisationIds.length === 0) return { delivered: { items: [] }, withEffect: { items: [] } };
  const { from, to } = yearRange(s.year);
  const rows = await exec
    .select({ wording: planItems.wording, n: sql<number>`count(*)::int`, withEffect: sql<number>`count(*) filter (where length(trim(${planItems.effect})) > 0)::int` })
    .from(planItems)
    .innerJoin(assistances, eq(assistances.id, planItems.assistanceId))
    .where(and(inArray(assistances.organisationId, [...s.organisationIds]), eq(planItems.status, 'done'), gte(planItems.updatedAt, from), lt(planItems.updatedAt, to)))
    .groupBy(planItems.wording)
    .orderBy(sql`count(*) desc`, planItems.wording);
  return {
    delivered: { items: rows.map((r) => ({ key: r.wording, label: r.wording, n: Number(r.n) })) },
    withEffect: { items: rows.map((r) => ({ key: r.wording, label: r.wording, n: Number(r.withEffect) })) },
  };
}

/**
 * Hours per service: the durations of the structures' appointments of the year held by `until`
 * (not cancelled), each counted once whatever the number of participants. An appointment about a
 * pathway the same structure assists counts for the assistance renforcée; every other one
 * (information, conseil, collective sessions) for the conseil VAE.
 */
export async function hoursByService(exec: Executor, s: { organisationIds: readonly string[]; year: number; until: Date }): Promise<Record<TargetService, number>> {
  const out: Record<TargetService, number> = { conseil_vae: 0, assistance_renforcee: 0 };
  if (s.organisationIds.length === 0) return out;
  const { from, to } = yearRange(s.year);
  // Qualified by hand: inside the subquery, drizzle's bare column names would resolve to assistances.
  const assisted = sql<boolean>`exists (select 1 from assistances a where a.pathway_id = "appointments"."pathway_id" and a.organisation_id = "appointments"."organisation_id")`;
  const rows = await exec
    .select({ assisted, hours: sql<number>`sum(extract(epoch from ${appointments.endsAt} - ${appointments.startsAt}) / 3600.0)::float8` })
    .from(appointments)
    .where(and(inArray(appointments.organisationId, [...s.organisationIds]), ne(appointments.status, 'cancelled'), gte(appointments.startsAt, from), lt(appointments.startsAt, to), lte(appointments.endsAt, s.until)))
    .groupBy(assisted);
  for (const r of rows) out[r.assisted ? 'assistance_renforcee' : 'conseil_vae'] += Math.round(Number(r.hours) * 100) / 100;
  return out;
}
