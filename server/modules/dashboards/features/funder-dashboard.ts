import { eq, inArray } from 'drizzle-orm';
import { TARGET_SERVICES, type TargetService } from '../../../../common/targets';
import type { Database, Executor } from '../../../db/client';
import { departements, organisations } from '../../../db/schema';
import { maskList } from '../../../domain/dashboards/masking';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { agreementsOf } from '../../targets/targets.store';
import { parisYearMonth } from '../aggregates/calendar';
import { yearOutcomes } from '../aggregates/outcomes';
import { agreementProgressFromRows } from '../aggregates/progress';
import { monthsBy, monthsOf, readMonths } from '../aggregates/rollup';
import { loadDashboardSettings } from '../dashboard-settings';
import { assertDashboard, FUNDER_ROLES } from '../dashboards.policy';
import type { TFunderDashboard } from '../dashboards.schema';
import { maskedDurations, maskedMonthlyTable, maskedOutcomes, maskedSupports } from './masked-views';
import { satisfactionTile } from './satisfaction-tile';

export async function assertOrganisationKind(exec: Executor, organisationId: string, kind: string): Promise<void> {
  const [org] = await exec.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, organisationId));
  if (org?.kind !== kind) throw new AppError('FORBIDDEN');
}

/**
 * The commanditaire's dashboard: its agreements' lines (plan against realised, alert), realised per
 * structure and per territory over the months, outcomes, time per pathway step, supports used and
 * satisfaction — counts only, masked below the minimum count; never a candidate's identity.
 */
export async function funderDashboard(opts: { database: Database; clock: Clock; principal: Principal; organisationId: string; year?: number }): Promise<TFunderDashboard> {
  assertDashboard(opts.principal, opts.organisationId, FUNDER_ROLES);
  const db = opts.database.db;
  await assertOrganisationKind(db, opts.organisationId, 'commanditaire');
  const now = opts.clock.now();
  const year = opts.year ?? parisYearMonth(now).year;
  const { minCount } = await loadDashboardSettings(db);
  const agreements = (await agreementsOf(db, opts.organisationId, year)).filter((a) => a.commanditaireId === opts.organisationId);
  const structures = new Map(agreements.flatMap((a) => a.structures.map((s) => [s.id, s.name] as const)));
  const structureIds = [...structures.keys()];
  const depsOf = (service: string) => [...new Set(agreements.flatMap((a) => a.lines.filter((l) => l.service === service).flatMap((l) => l.departementCodes)))].sort();
  const allDeps = [...new Set(agreements.flatMap((a) => a.lines.flatMap((l) => l.departementCodes)))];
  const scope = { organisationIds: structureIds, year, departementCodes: allDeps };
  // Independent reads, sent together: on PostgreSQL each runs on its own connection (PGlite queues them).
  const [depNames, realised, { outcomes, durations, supports }, satisfaction] = await Promise.all([
    allDeps.length ? db.select().from(departements).where(inArray(departements.code, allDeps)) : [],
    readMonths(db, { organisationIds: structureIds, year, metric: 'realised', departementCodes: allDeps, keep: ['organisation', 'departement'] }),
    yearOutcomes(db, scope),
    satisfactionTile(db, { organisationIds: structureIds, year, minCount }),
  ]);

  const agreementViews = [];
  for (const a of agreements) {
    // The year's rollup of every structure of the commanditaire's agreements holds each agreement's rows.
    const progress = agreementProgressFromRows(realised, { agreement: a, now, linesOnly: true });
    agreementViews.push({
      id: a.id,
      title: a.title,
      partyName: a.party.name,
      lines: progress.map((p) => {
        const m = maskList(p.realised, minCount);
        return { lineId: p.lineId, service: p.service, territoryLabel: p.territoryLabel, quantity: p.quantity, budgetCents: p.budgetCents, plan: p.plan, realised: m, alert: { throughMonth: p.alert.throughMonth, expected: p.alert.expected, behind: p.alert.behind } };
      }),
    });
  }
  const lineDeps = new Map(TARGET_SERVICES.map((service) => [service, new Set(depsOf(service))]));
  // A structure's row counts its realisations in the départements the agreements' lines of that service cover.
  const perStructure = monthsBy(realised, (r) => (lineDeps.get(r.key as TargetService)?.has(r.departementCode) ? `${r.organisationId}|${r.key}` : null));
  const perTerritory = monthsBy(realised, (r) => `${r.departementCode}|${r.key}`);
  const depName = new Map(depNames.map((d) => [d.code, d.name]));
  const byStructure = TARGET_SERVICES.map((service) =>
    maskedMonthlyTable(service, structureIds.map((id) => ({ id, label: structures.get(id) ?? '', months: monthsOf(perStructure, `${id}|${service}`) })), minCount),
  );
  const byTerritory = TARGET_SERVICES.map((service) =>
    maskedMonthlyTable(service, depsOf(service).map((code) => ({ id: code, label: `${depName.get(code) ?? code} (${code})`, months: monthsOf(perTerritory, `${code}|${service}`) })), minCount),
  );
  return {
    year,
    minCount,
    agreements: agreementViews,
    byStructure,
    byTerritory,
    outcomes: maskedOutcomes(outcomes, minCount),
    durations: maskedDurations(durations, minCount),
    supports: maskedSupports(supports, minCount),
    satisfaction,
  };
}
