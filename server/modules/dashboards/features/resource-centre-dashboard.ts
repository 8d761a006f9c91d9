import { and, eq, inArray } from 'drizzle-orm';
import { TARGET_SERVICES } from '../../../../common/targets';
import type { Database } from '../../../db/client';
import { departements, organisationDepartements, organisations } from '../../../db/schema';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { parisYearMonth } from '../aggregates/calendar';
import { yearOutcomes } from '../aggregates/outcomes';
import { monthsBy, monthsOf, readMonths } from '../aggregates/rollup';
import { loadDashboardSettings } from '../dashboard-settings';
import { assertDashboard, FUNDER_ROLES } from '../dashboards.policy';
import type { TResourceCentreDashboard } from '../dashboards.schema';
import { assertOrganisationKind } from './funder-dashboard';
import { maskedDurations, maskedMonthlyTable, maskedOutcomes, maskedSupports } from './masked-views';
import { satisfactionTile } from './satisfaction-tile';

/**
 * The regional resource centre's statistics: every counselling structure of its région(s) (those
 * covering one of the région's départements), per département and month, masked like a funder's.
 */
export async function resourceCentreDashboard(opts: { database: Database; clock: Clock; principal: Principal; organisationId: string; year?: number }): Promise<TResourceCentreDashboard> {
  assertDashboard(opts.principal, opts.organisationId, FUNDER_ROLES);
  const db = opts.database.db;
  await assertOrganisationKind(db, opts.organisationId, 'resource_centre');
  const year = opts.year ?? parisYearMonth(opts.clock.now()).year;
  const { minCount } = await loadDashboardSettings(db);
  const own = await db
    .select({ region: departements.regionCode })
    .from(organisationDepartements)
    .innerJoin(departements, eq(departements.code, organisationDepartements.departementCode))
    .where(eq(organisationDepartements.organisationId, opts.organisationId));
  const regions = [...new Set(own.map((r) => r.region))];
  const deps = regions.length ? await db.select().from(departements).where(inArray(departements.regionCode, regions)).orderBy(departements.code) : [];
  const codes = deps.map((d) => d.code);
  const structures = codes.length
    ? await db
        .selectDistinct({ id: organisations.id })
        .from(organisations)
        .innerJoin(organisationDepartements, eq(organisationDepartements.organisationId, organisations.id))
        .where(and(eq(organisations.kind, 'counselling_structure'), inArray(organisationDepartements.departementCode, codes)))
    : [];
  const structureIds = structures.map((s) => s.id);
  const realised = await readMonths(db, { organisationIds: structureIds, year, metric: 'realised', departementCodes: codes, keep: ['departement'] });
  const perTerritory = monthsBy(realised, (r) => `${r.departementCode}|${r.key}`);
  const [{ outcomes, durations, supports }, satisfaction] = await Promise.all([
    yearOutcomes(db, { organisationIds: structureIds, year, departementCodes: codes }),
    satisfactionTile(db, { organisationIds: structureIds, year, minCount }),
  ]);
  return {
    year,
    minCount,
    structureCount: structureIds.length,
    byTerritory: TARGET_SERVICES.map((service) =>
      maskedMonthlyTable(service, deps.map((d) => ({ id: d.code, label: `${d.name} (${d.code})`, months: monthsOf(perTerritory, `${d.code}|${service}`) })), minCount),
    ),
    outcomes: maskedOutcomes(outcomes, minCount),
    durations: maskedDurations(durations, minCount),
    supports: maskedSupports(supports, minCount),
    satisfaction,
  };
}
