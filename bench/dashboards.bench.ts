import type { OrganisationKind, Role } from '../common/organisations';
import { openPostgres, type Database } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { FixedClock } from '../server/lib/clock';
import type { Principal } from '../server/lib/principal';
import { funderDashboard } from '../server/modules/dashboards/features/funder-dashboard';
import { referentDashboard } from '../server/modules/dashboards/features/referent-dashboard';
import { resourceCentreDashboard } from '../server/modules/dashboards/features/resource-centre-dashboard';
import { structureDashboard } from '../server/modules/dashboards/features/structure-dashboard';
import { loadTerritories } from '../server/modules/territories/load-territories';
import { rawDashboardSql, type RawMetric } from './dashboards-raw-sql';
import { SCALE_REFERENCE, seedScale } from './generators/seed';
import { measureLatency } from './lib/latency';
import type { BenchContext, BenchRow, Measure } from './lib/types';

/**
 * The dashboards at volume, called in process as the routes call them (one reader at a time):
 * the commanditaire's (a Région over its groupement's structures, and the State over every
 * structure), the director's of the busiest structure, one of its référents', the resource
 * centre's of the largest région. Each beside the bare aggregate SQL on the raw tables for the same
 * scope and period (what the dashboard would cost without the rollups), measured in the same
 * process; the ratio row is dashboard ÷ raw SQL. Before measuring, the raw SQL's totals are checked
 * against the rollup's for the scope: at national scale too, the rollup is exact.
 *
 *   BENCH_DASHBOARDS_DATABASE_URL=postgres://…/db npm run bench -- --only dashboards --duration 20
 *
 * BENCH_DASHBOARDS_DATABASE_URL  a database filled by `npm run seed:scale` (kept; migrated only).
 *                                Without it: a throwaway database with BENCH_DASHBOARDS_PATHWAYS
 *                                (default 20,000) pathways generated first.
 * --duration                     seconds of timed calls per row (at least 20 calls per dashboard, 3 per raw SQL).
 */
export const name = 'dashboards';

const clock = new FixedClock(SCALE_REFERENCE);
const YEAR = 2026;
const ALL: RawMetric[] = ['realised', 'jury', 'pathway_closed', 'assistance_closed', 'support', 'phase_time'];

async function prepare(ctx: BenchContext): Promise<Database> {
  const kept = process.env.BENCH_DASHBOARDS_DATABASE_URL;
  const database = kept ? openPostgres(kept, 10) : await ctx.openDatabase();
  if (kept) {
    await migrate(database);
    const [deps] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM departements');
    if ((deps?.n ?? 0) === 0) await loadTerritories(database);
  }
  const [existing] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM pathways');
  if ((existing?.n ?? 0) === 0) {
    const pathways = Number(process.env.BENCH_DASHBOARDS_PATHWAYS ?? 20_000);
    const started = performance.now();
    await seedScale(database, { candidates: Math.ceil(pathways / 1.4), organisations: Math.ceil(pathways / 700), structures: Math.ceil(pathways / 1000), professionalsPerOrganisation: 4, pathways, seed: 'dashbench' });
    ctx.log(`données de volume : ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await database.exec('VACUUM ANALYZE');
  return database;
}

function principal(userId: string, organisationId: string, organisationKind: OrganisationKind, role: Role): Principal {
  return {
    type: 'user',
    user: { id: userId, email: 'bench@scale.jalon.test', displayName: 'Bench', kind: 'professional', isPlatformAdmin: false },
    memberships: [{ id: userId, organisationId, organisationName: '', organisationKind, role }],
    sessionId: 'bench',
    csrfToken: 'bench',
  };
}

const NIL = '00000000-0000-0000-0000-000000000000';

/** The readers: the largest Région, the State, the busiest structure's director and référent, the largest région's resource centre. */
async function readers(db: Database) {
  const one = async <T>(sql: string, what: string): Promise<T> => {
    const [row] = await db.query<T>(sql);
    if (!row) throw new Error(`bench dashboards : aucun ${what} dans la base`);
    return row;
  };
  const commanditaires = await db.query<{ id: string; name: string; structures: string[] }>(
    `SELECT a.commanditaire_id AS id, o.name, array_agg(m.organisation_id ORDER BY m.organisation_id)::text[] AS structures
     FROM target_agreements a JOIN organisations o ON o.id = a.commanditaire_id JOIN groupement_members m ON m.groupement_id = a.groupement_id
     WHERE a.year = ${YEAR} GROUP BY 1, 2 ORDER BY count(*) DESC, 1`,
  );
  const national = commanditaires.find((c) => c.name.startsWith('État'));
  const region = commanditaires.find((c) => c.name.startsWith('Région'));
  if (!region) throw new Error('bench dashboards : aucune convention de Région');
  const structure = await one<{ id: string; director: string; referent: string; n: number }>(
    `SELECT s.organisation_id AS id, s.n,
       (SELECT user_id FROM memberships WHERE organisation_id = s.organisation_id AND role = 'director' ORDER BY id LIMIT 1) AS director,
       (SELECT user_id FROM memberships WHERE organisation_id = s.organisation_id AND role = 'referent' ORDER BY id LIMIT 1) AS referent
     FROM (SELECT organisation_id, count(*)::int AS n FROM pathway_actors WHERE role = 'referent' GROUP BY 1) s
     JOIN organisations o ON o.id = s.organisation_id AND o.kind = 'counselling_structure'
     ORDER BY s.n DESC, s.organisation_id LIMIT 1`,
    'structure',
  );
  const centre = await one<{ id: string; structures: string[] }>(
    `WITH rc AS (SELECT DISTINCT o.id, d.region_code FROM organisations o JOIN organisation_departements od ON od.organisation_id = o.id JOIN departements d ON d.code = od.departement_code WHERE o.kind = 'resource_centre')
     SELECT rc.id, array_agg(DISTINCT s.id ORDER BY s.id)::text[] AS structures FROM rc
     JOIN departements d ON d.region_code = rc.region_code JOIN organisation_departements sd ON sd.departement_code = d.code
     JOIN organisations s ON s.id = sd.organisation_id AND s.kind = 'counselling_structure'
     GROUP BY rc.id ORDER BY count(DISTINCT s.id) DESC, rc.id LIMIT 1`,
    'centre de ressources',
  );
  return { region, national, structure, centre };
}

interface Case {
  label: string;
  call: () => Promise<unknown>;
  raw: { structures: string[]; from: string; to: string; metrics: RawMetric[] };
}

/** The raw SQL must count what the rollup holds for the scope, else its timing would mean nothing. */
async function checkRaw(db: Database, c: Case): Promise<number> {
  const { structures, from, to, metrics } = c.raw;
  const raw = await db.query<{ metric: string; n: number }>(`SELECT metric, sum(n)::int AS n FROM (${rawDashboardSql(metrics)}) r GROUP BY 1 ORDER BY 1`, [structures, from, to]);
  const rolled = await db.query<{ metric: string; n: number }>(
    `SELECT metric, sum(n)::int AS n FROM dashboard_monthly_counts WHERE organisation_id = ANY($1::uuid[]) AND month >= dashboard_month($2::timestamptz) AND month < dashboard_month($3::timestamptz) AND metric = ANY($4::text[]) GROUP BY 1 ORDER BY 1`,
    [structures, from, to, metrics],
  );
  if (JSON.stringify(raw) !== JSON.stringify(rolled)) throw new Error(`${c.label} : le SQL brut (${JSON.stringify(raw)}) ne compte pas comme le cumul (${JSON.stringify(rolled)})`);
  return raw.reduce((a, r) => a + r.n, 0);
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const database = await prepare(ctx);
  try {
    const [size] = await database.query<{ p: number; t: number; f: number; r: number }>(
      'SELECT (SELECT count(*)::int FROM pathways) AS p, (SELECT count(*)::int FROM pathway_transitions) AS t, (SELECT count(*)::int FROM dashboard_facts) AS f, (SELECT count(*)::int FROM dashboard_monthly_counts) AS r',
    );
    ctx.log(`${size?.p} parcours, ${size?.t} transitions, ${size?.f} faits, ${size?.r} lignes de cumul`);
    const who = await readers(database);
    const year = { from: `${YEAR}-01-01T00:00:00+01:00`, to: `${YEAR + 1}-01-01T00:00:00+01:00` };
    const month = { from: '2026-11-01T00:00:00+01:00', to: '2026-12-01T00:00:00+01:00' };
    const cases: Case[] = [
      {
        label: `commanditaire : Région (${who.region.structures.length} structures)`,
        call: () => funderDashboard({ database, clock, principal: principal(NIL, who.region.id, 'commanditaire', 'funder_analyst'), organisationId: who.region.id, year: YEAR }),
        raw: { structures: who.region.structures, ...year, metrics: ALL },
      },
      ...(who.national
        ? [
            {
              label: `commanditaire : État (${who.national.structures.length} structures)`,
              call: () => funderDashboard({ database, clock, principal: principal(NIL, who.national?.id ?? '', 'commanditaire', 'funder_analyst'), organisationId: who.national?.id ?? '', year: YEAR }),
              raw: { structures: who.national.structures, ...year, metrics: ALL },
            },
          ]
        : []),
      {
        label: `direction de structure (${who.structure.n} parcours)`,
        call: () => structureDashboard({ database, clock, principal: principal(who.structure.director, who.structure.id, 'counselling_structure', 'director'), organisationId: who.structure.id, year: YEAR }),
        raw: { structures: [who.structure.id], ...year, metrics: ['realised'] },
      },
      {
        label: 'référent (même structure)',
        call: () => referentDashboard({ database, clock, principal: principal(who.structure.referent, who.structure.id, 'counselling_structure', 'referent'), organisationId: who.structure.id }),
        raw: { structures: [who.structure.id], ...month, metrics: ['realised'] },
      },
      {
        label: `centre de ressources (${who.centre.structures.length} structures)`,
        call: () => resourceCentreDashboard({ database, clock, principal: principal(NIL, who.centre.id, 'resource_centre', 'funder_analyst'), organisationId: who.centre.id, year: YEAR }),
        raw: { structures: who.centre.structures, ...year, metrics: ALL },
      },
    ];
    const seconds = ctx.load.durationSeconds;
    const rows: BenchRow[] = [];
    for (const c of cases) {
      const facts = await checkRaw(database, c);
      ctx.log(`${c.label} : SQL brut = cumul (${facts} faits sur la période)`);
      const dashboard: Measure = await measureLatency(c.call, { seconds, minRuns: 20 });
      const sql = rawDashboardSql(c.raw.metrics);
      const params = [c.raw.structures, c.raw.from, c.raw.to];
      const raw: Measure = await measureLatency(() => database.query(sql, params), { seconds, minRuns: 3, warmup: 1 });
      rows.push({ name: c.label, ...dashboard, baseline: null });
      rows.push({ name: `  SQL brut sur les tables (${c.raw.metrics.length} mesures)`, ...raw, baseline: null });
      rows.push({ name: '  tableau ÷ SQL brut', ...dashboard, baseline: raw });
      ctx.log(`${c.label} : p50 ${dashboard.p50} ms, p95 ${dashboard.p95} ms, p99 ${dashboard.p99} ms (${dashboard.requests} appels) ; SQL brut p50 ${raw.p50} ms (${raw.requests})`);
    }
    return rows;
  } finally {
    await database.close();
  }
}
