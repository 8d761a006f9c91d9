import { TARGET_SERVICES, type TargetService } from '../../../../common/targets';
import type { Database } from '../../../db/client';
import { addPlans } from '../../../domain/dashboards/smoothing';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { agreementsOf } from '../../targets/targets.store';
import { hoursSpent, referentsOf, trainingDays } from '../aggregates/activity';
import { elapsedShare, parisYearMonth } from '../aggregates/calendar';
import { structureShares, type LineProgress } from '../aggregates/progress';
import { byMonth, readRollup } from '../aggregates/rollup';
import { loadDashboardSettings } from '../dashboard-settings';
import { assertDashboard } from '../dashboards.policy';
import type { TStructureDashboard } from '../dashboards.schema';
import { assertOrganisationKind } from './funder-dashboard';

/** The structure's lines (its share of each agreement line), with plan, realised and alert. */
export async function structureLines(db: Database['db'], organisationId: string, year: number, now: Date) {
  const agreements = (await agreementsOf(db, organisationId, year)).filter((a) => a.structures.some((s) => s.id === organisationId));
  const out: (Omit<LineProgress, 'structures' | 'quantity' | 'budgetCents'> & { agreementId: string; agreementTitle: string; share: number })[] = [];
  for (const a of agreements) {
    for (const { line, mine } of await structureShares(db, { agreement: a, now, organisationId })) {
      out.push({ agreementId: a.id, agreementTitle: a.title, lineId: line.id, service: line.service, territoryLabel: line.territoryLabel, departementCodes: line.departementCodes, share: mine.share, plan: mine.plan, realised: mine.realised, alert: mine.alert });
    }
  }
  return out;
}

/**
 * The director's dashboard: per référent (realised, time spent in appointments against the working
 * time to date, professional development days, with the seed's two rules flagged), per territory
 * and line against targets, and the monthly curve. Exact figures: the structure sees its own work.
 */
export async function structureDashboard(opts: { database: Database; clock: Clock; principal: Principal; organisationId: string; year?: number }): Promise<TStructureDashboard> {
  assertDashboard(opts.principal, opts.organisationId, ['director']);
  const db = opts.database.db;
  await assertOrganisationKind(db, opts.organisationId, 'counselling_structure');
  const now = opts.clock.now();
  const year = opts.year ?? parisYearMonth(now).year;
  const rules = await loadDashboardSettings(db);
  const realised = await readRollup(db, { organisationIds: [opts.organisationId], year, metric: 'realised' });
  const [people, hours, training, lines] = await Promise.all([
    referentsOf(db, opts.organisationId),
    hoursSpent(db, { organisationId: opts.organisationId, year, until: now }),
    trainingDays(db, { organisationId: opts.organisationId, year }),
    structureLines(db, opts.organisationId, year, now),
  ]);
  const workingHoursToDate = Math.round(rules.workingHoursPerYear * elapsedShare(year, now) * 10) / 10;
  const count = (service: TargetService, keep: (r: (typeof realised)[number]) => boolean) => realised.filter((r) => r.key === service && keep(r)).reduce((a, r) => a + r.n, 0);
  const referents = people.map((p) => {
    const spent = Math.round((hours.get(p.userId) ?? 0) * 10) / 10;
    const share = workingHoursToDate > 0 ? spent / workingHoursToDate : 0;
    const days = training.get(p.userId) ?? 0;
    return {
      userId: p.userId,
      name: p.name,
      realised: Object.fromEntries(TARGET_SERVICES.map((s) => [s, count(s, (r) => r.referentUserId === p.userId)])) as Record<TargetService, number>,
      hoursSpent: spent,
      workingHoursToDate,
      assistanceShare: Math.round(share * 1000) / 1000,
      trainingDays: days,
      trainingBelow: days < rules.minTrainingDays,
      shareBelow: share < rules.minAssistanceShare,
    };
  });
  const territories = [...new Set(realised.map((r) => `${r.departementCode}|${r.key}`))].sort().map((k) => {
    const [departementCode = '', service = 'conseil_vae'] = k.split('|');
    return { departementCode, service: service as TargetService, realised: count(service as TargetService, (r) => r.departementCode === departementCode) };
  });
  const monthly = TARGET_SERVICES.map((service) => ({ service, plan: addPlans(lines.filter((l) => l.service === service).map((l) => l.plan)), realised: byMonth(realised, (r) => r.key === service) }));
  return {
    year,
    organisationId: opts.organisationId,
    rules: { minTrainingDays: rules.minTrainingDays, minAssistanceShare: rules.minAssistanceShare, workingHoursPerYear: rules.workingHoursPerYear },
    referents,
    lines,
    territories,
    monthly,
    alertCount: lines.filter((l) => l.alert.behind).length,
  };
}
